// Slack over Socket Mode: the same app, connected through apps.connections.open and a WebSocket.
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { MENTOR } from "../contract/signup.contract.ts";
import { SlackDriver } from "../contract/slack-driver.ts";
import { waitFor } from "../helpers/harness.ts";
import { viewSubmission } from "../helpers/slack-requests.ts";

describe("Slack over Socket Mode", () => {
  let d: SlackDriver;
  beforeEach(async () => {
    d = new SlackDriver();
    await d.init([], "socket");
  });
  afterEach(async () => {
    await d.stop();
  });

  it("connects without a public URL and runs a whole mentor signup", async () => {
    expect(d.emulator.callsTo("apps.connections.open")).toHaveLength(1);
    await waitFor(() => d.emulator.socketCount() === 1, "the socket");
    await d.emulator.sendEnvelope("slash_commands", {
      command: "/mentor-signup",
      text: "",
      user_id: "UMARIA",
      team_id: "T0TEST",
      channel_id: "C1",
      trigger_id: "trig-1",
      response_url: d.emulator.responseUrl(),
      api_app_id: "A0TEST",
    });
    const open = await waitFor(() => d.emulator.callsTo("views.open")[0], "views.open");
    const view = d.emulator.views.values().next().value as Record<string, unknown>;
    expect((open.args.view as { callback_id: string }).callback_id).toBe("flow:mentor-signup");

    const bad = await d.emulator.sendEnvelope(
      "interactive",
      viewSubmission("UMARIA", view, { ...MENTOR, capacity: "40" }),
    );
    expect(bad).toMatchObject({
      response_action: "errors",
      errors: { capacity: expect.stringMatching(/1 to 10/) },
    });
    expect(await d.prisma.member.count()).toBe(0);

    await d.emulator.sendEnvelope("interactive", viewSubmission("UMARIA", view, MENTOR));
    const dm = await waitFor(() => d.emulator.messagesTo("UMARIA")[0], "the confirmation DM");
    expect(dm).toContain("signed up as a mentor");
    expect(await d.prisma.mentorProfile.count()).toBe(1);
  });
});
