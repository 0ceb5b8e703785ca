// One bad request must not silence the bot: Slack's HTTP front answers 400 to whatever it cannot
// read (request lines, headers, bodies), keeps answering signed requests afterwards, and is started
// again at once if its thread dies anyway.
import { connect } from "node:net";
import fc from "fast-check";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { SlackDriver } from "../contract/slack-driver.ts";
import { waitFor } from "../helpers/harness.ts";
import { commandBody } from "../helpers/slack-requests.ts";

/** Writes raw bytes to the bot's port and returns the status line (or "" if the socket closed). */
function raw(port: number, bytes: string | Buffer): Promise<string> {
  return new Promise((resolve) => {
    const s = connect(port, "127.0.0.1");
    let got = "";
    const done = () => {
      s.destroy();
      resolve(got.split("\r\n")[0] ?? "");
    };
    s.setTimeout(1500, done);
    s.on("data", (d) => {
      got += d.toString("latin1");
      if (got.includes("\r\n\r\n")) done();
    });
    s.on("error", done);
    s.on("close", done);
    s.write(bytes);
  });
}

describe("the Slack front, fed anything", () => {
  let d: SlackDriver;
  let port: number;
  beforeAll(async () => {
    d = new SlackDriver();
    await d.init([]);
    port = d.bot.httpPort as number;
  });
  afterAll(async () => {
    await d.stop();
  });

  const signedStillWorks = async () => {
    const responseUrl = d.emulator.responseUrl();
    const res = await d.post(
      commandBody({ command: "/log-hours", text: "help", userId: "UMARIA", responseUrl }),
    );
    expect(res.status).toBe(200);
  };

  it.each([
    [
      "a request target that is not a URL",
      "POST //[ HTTP/1.1\r\nhost: x\r\ncontent-length: 0\r\n\r\n",
      /400/,
    ],
    ["an absolute URL with a bad host", "POST http://[::1 HTTP/1.1\r\nhost: x\r\n\r\n", /400/],
    ["a request line that is not HTTP", "HELLO\r\n\r\n", /400/],
    ["a header without a colon", "POST /slack/events HTTP/1.1\r\nhost x\r\n\r\n", /400/],
    [
      "a body that is not JSON",
      "POST /slack/events HTTP/1.1\r\nhost: x\r\ncontent-type: application/json\r\ncontent-length: 5\r\n\r\n{{{{{",
      /401/,
    ],
    [
      "a signature header given twice",
      "POST /slack/events HTTP/1.1\r\nhost: x\r\nx-slack-signature: a\r\nx-slack-signature: b\r\nx-slack-request-timestamp: 1\r\ncontent-length: 0\r\n\r\n",
      /401/,
    ],
  ])("%s gets an answer, and the next signed request is served", async (_what, bytes, status) => {
    expect(await raw(port, bytes)).toMatch(status);
    await signedStillWorks();
  });

  it("random request lines, headers and bodies never stop it (fast-check)", async () => {
    const token = fc.stringMatching(/^[\x21-\x7e]{0,40}$/);
    await fc.assert(
      fc.asyncProperty(
        fc.constantFrom("GET", "POST", "PUT", "\u00ff", "", "POST "),
        fc.oneof(
          token,
          fc.constantFrom("//[", "/slack/events", "*", "/%zz", "/slack/events?x=%", "http://["),
        ),
        fc.array(fc.tuple(token, fc.string({ maxLength: 60 })), { maxLength: 6 }),
        fc.oneof(
          fc.string({ maxLength: 300 }),
          fc.constantFrom("payload=%7B", "payload={", "ssl_check=1", "{}"),
        ),
        async (method, target, headers, body) => {
          const head = headers.map(([k, v]) => `${k}: ${v.replace(/[\r\n]/g, " ")}`).join("\r\n");
          await raw(
            port,
            Buffer.from(
              `${method} ${target} HTTP/1.1\r\n${head}\r\ncontent-length: ${Buffer.byteLength(body)}\r\n\r\n${body}`,
              "utf8",
            ),
          );
        },
      ),
      { numRuns: 120 },
    );
    await signedStillWorks();
    expect(d.bot.slackFront?.restarts).toBe(0);
  });

  it("if the front's thread dies anyway, it is started again on the same port at once", async () => {
    await d.bot.slackFront?.crashForTest();
    await waitFor(() => d.bot.slackFront?.alive() && d.bot.slackFront.restarts === 1, "the front restarted");
    await signedStillWorks();
    expect(d.bot.httpPort).toBe(port);
  });
});
