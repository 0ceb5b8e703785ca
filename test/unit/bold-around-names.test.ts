// A bold line that holds a member's name ("**Welcome, Maya!**") must come out bold on every
// surface, with the name still inert. Found by a walkthrough: the span was converted piece by
// piece around the name, so Slack and the console showed stray asterisks.
import { describe, expect, it } from "vitest";
import { data } from "../../src/domain/message.ts";
import { renderPlain } from "../../src/platforms/console/port.ts";
import { toDiscordText } from "../../src/platforms/discord/format.ts";
import { toMrkdwn } from "../../src/platforms/slack/format.ts";

const line = `**Mentors for ${data("Maya *Nanouk*")}, best first:**\n1. **${data("Dr. Jordan Lee")}**`;

describe("bold around a name", () => {
  it("Slack: one pair of single asterisks per span, the name's own asterisks neutralised", () => {
    const out = toMrkdwn(line);
    expect(out.startsWith("*Mentors for Maya ")).toBe(true);
    expect(out).toMatch(/, best first:\*\n1\. \*Dr\. Jordan Lee\*$/);
    expect(out).not.toContain("**");
    // the name's asterisks are kept apart by invisible spaces, so they cannot make bold
    expect(out).not.toMatch(/Maya \*Nanouk\*/);
  });

  it("console: plain text, no markers left", () => {
    expect(renderPlain({ text: line })).toBe("Mentors for Maya *Nanouk*, best first:\n1. Dr. Jordan Lee");
  });

  it("Discord: its own bold markers, the name's asterisks escaped", () => {
    expect(toDiscordText(line)).toBe("**Mentors for Maya \\*Nanouk\\*, best first:**\n1. **Dr. Jordan Lee**");
  });
});

describe("a name that ends with a full stop, at the end of a sentence", () => {
  const said = `Logged 1 hour with ${data("Dani R.")}. November: 1 of 2 hours.`;
  it("keeps one full stop on every surface (not 'Dani R..')", () => {
    for (const out of [renderPlain({ text: said }), toDiscordText(said), toMrkdwn(said)]) {
      expect(out).toMatch(/with Dani R\. November/);
      expect(out).not.toContain("R..");
    }
  });
  it("an ellipsis of the bot's own stays whole", () => {
    expect(renderPlain({ text: `Waiting for ${data("Dr. K.")}...` })).toBe("Waiting for Dr. K....");
  });
});
