// Console mode as a newcomer meets it: a child process, no tokens, answers typed on stdin.
import { writeFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { startProcess } from "../helpers/child.ts";
import { tempDbUrl, tempDir } from "../helpers/harness.ts";

const MENTOR_ANSWERS = ["yes", "Dr. Jane Doe", "3", "Family medicine", "8", "3", "2", "jane@example.org"];

describe("console mode in a child process", () => {
  it("says who you are, lists commands, signs a mentor up, and survives a restart on the same database", async () => {
    const DATABASE_URL = tempDbUrl();
    const first = startProcess({ DATABASE_URL });
    await first.waitForOutput(/ready/);
    expect(first.stdout()).toMatch(/You are acting as alex/);
    first.write("/help");
    await first.waitForOutput(/\/mentee-signup/);
    first.write("/as coordinator");
    await first.waitForOutput(/acting as coordinator \(a coordinator\)/);
    first.write("/as jane");
    first.write("/mentor-signup");
    await first.waitForOutput(/Do you agree/);
    for (const a of MENTOR_ANSWERS) first.write(a);
    await first.waitForOutput(
      /direct message to jane[\s\S]*signed up as a mentor[\s\S]*Attending physician[\s\S]*Bethel/,
    );
    first.write("/quit");
    expect(await first.exited).toBe(0);
    expect(first.stderr()).toMatch(/"msg":"database migrated"/);

    const second = startProcess({ DATABASE_URL, CONSOLE_AS: "jane" });
    await second.waitForOutput(/ready/);
    second.write("/mentor-signup");
    await second.waitForOutput(/You signed up on[\s\S]*\[Enter keeps: Dr\. Jane Doe\]/);
    expect(second.stdout()).not.toMatch(/Do you agree/);
    second.write("/cancel");
    await second.waitForOutput(/nothing was saved/);
    // updating: a mistyped new contact is refused, and Enter then keeps the one on file
    second.write("/mentor-signup");
    for (let i = 0; i < 6; i++) second.write("");
    await second.waitForOutput(/Preferred contact[^\n]*\[Enter keeps: jane@example\.org\]/);
    second.write("jane@");
    await second.waitForOutput(
      /Please check the e-mail address "jane@"[^\n]*\(Or press Enter to keep jane@example\.org\.\)/,
    );
    second.write("");
    await second.waitForOutput(
      /Nothing changed\. This is what is on file:[\s\S]*Preferred contact: jane@example\.org/,
    );
    second.proc.stdin.end();
    expect(await second.exited).toBe(0);
    expect(second.stderr()).not.toMatch(/database migrated/);
  });

  it("reads its settings from the .env file, and the environment wins over the file", async () => {
    const file = join(tempDir(), ".env");
    writeFileSync(file, `# settings\nDATABASE_URL=${tempDbUrl()}\nCONSOLE_AS=sam\n`);
    const fromFile = startProcess({ ENV_FILE: file });
    await fromFile.waitForOutput(/ready/);
    expect(fromFile.stdout()).toMatch(/You are acting as sam/);
    expect(fromFile.stderr()).toMatch(/"msg":"settings read"/);
    fromFile.proc.stdin.end();
    expect(await fromFile.exited).toBe(0);

    const overridden = startProcess({ ENV_FILE: file, CONSOLE_AS: "jane" });
    await overridden.waitForOutput(/ready/);
    expect(overridden.stdout()).toMatch(/You are acting as jane/);
    overridden.proc.stdin.end();
    expect(await overridden.exited).toBe(0);

    const missing = startProcess({ ENV_FILE: join(tempDir(), "nope.env") });
    expect(await missing.exited).toBe(1);
    expect(missing.stderr()).toMatch(/ENV_FILE names .*nope\.env, which does not exist/);
  });

  it("a wrong answer is asked again at once, with what to fix, before the next question", async () => {
    const p = startProcess({ DATABASE_URL: tempDbUrl() });
    await p.waitForOutput(/ready/);
    p.write("/mentor-signup");
    await p.waitForOutput(/Do you agree/);
    for (const a of ["yes", "Dr. Jane Doe", "99"]) p.write(a);
    await p.waitForOutput(/Please answer with a number or a name from the list/);
    for (const a of ["3", "Family medicine", "8", "3", "0"]) p.write(a);
    await p.waitForOutput(/whole number from 1 to 10[\s\S]*How many mentees/);
    expect(p.stdout()).not.toMatch(/Please fix these|e-mail/i);
    // the refused answer is not offered back ("Enter keeps: 0" would only be refused again)
    expect(p.stdout().split("whole number from 1 to 10")[1]).not.toMatch(/Enter keeps: 0/);
    for (const a of ["4", "jane@example.org"]) p.write(a);
    await p.waitForOutput(/Mentees: up to 4/);
    p.proc.stdin.end();
    expect(await p.exited).toBe(0);
  });

  it("an empty name is asked for at once; Enter again leaves it for the end, where it is named and nothing is saved", async () => {
    const p = startProcess({ DATABASE_URL: tempDbUrl() });
    await p.waitForOutput(/ready/);
    p.write("/mentor-signup");
    await p.waitForOutput(/Do you agree/);
    for (const a of ["yes", ""]) p.write(a);
    await p.waitForOutput(/Please enter your name\. \(Or press Enter to leave it for now[\s\S]*Your name/);
    expect(p.stdout()).not.toMatch(/Your role/);
    p.write(""); // left for later
    await p.waitForOutput(/Your role/);
    for (const a of ["3", "Family medicine", "8", "3", "2", "dm me"]) p.write(a);
    await p.waitForOutput(/Please fix these and nothing is saved until then:\n- Please enter your name\./);
    p.write("Dr. Jane Doe");
    await p.waitForOutput(/Mentees: up to 2/);
    p.proc.stdin.end();
    expect(await p.exited).toBe(0);
  });

  it("takes answers as people type them: 'I agree', a label, the start of one; /cancel works at every step", async () => {
    const p = startProcess({ DATABASE_URL: tempDbUrl() });
    await p.waitForOutput(/ready/);
    p.write("/mentor-signup");
    await p.waitForOutput(/Do you agree/);
    p.write("maybe later");
    await p.waitForOutput(/Please type yes to agree, or no if you do not agree/);
    for (const a of ["I agree", "Dr. Jane Doe", "Attending physician", "Family medicine", "k"]) p.write(a);
    await p.waitForOutput(/That could be Kenai Peninsula or Kodiak or .*: please type its number/);
    for (const a of ["bethel", "either", "0"]) p.write(a);
    await p.waitForOutput(/whole number from 1 to 10[\s\S]*How many mentees/);
    p.write("/cancel");
    await p.waitForOutput(/Stopped: nothing was saved/);
    expect(p.stdout()).not.toMatch(/something went wrong/);
    p.write("/mentor-signup");
    await p.waitForOutput(/Do you agree/);
    p.write("I do not agree");
    await p.waitForOutput(/nothing was saved|not signed up|declin/i);
    p.proc.stdin.end();
    expect(await p.exited).toBe(0);
  });

  it("a mistyped command or subcommand is offered back; /as and /press say how they are used", async () => {
    const p = startProcess({ DATABASE_URL: tempDbUrl(), CONSOLE_AS: "coordinator" });
    await p.waitForOutput(/ready/);
    p.write("/log-hour 1");
    await p.waitForOutput(/There is no \/log-hour command\. Did you mean \/log-hours\?/);
    p.write("/pairings reprot");
    await p.waitForOutput(/There is no \/pairings reprot\. Did you mean \/pairings report\?/);
    p.write("/as Dr Smith");
    await p.waitForOutput(/Usage: \/as NAME, one word/);
    p.write("/press");
    await p.waitForOutput(/Usage: \/press BUTTON/);
    p.write("/whatever");
    await p.waitForOutput(/There is no \/whatever command\.\n\*?\*?Commands/);
    p.write("/quit");
    expect(await p.exited).toBe(0);
    expect(p.stdout()).toMatch(/You are acting as coordinator/);
    expect(p.stdout()).not.toMatch(/acting as dr\b/);
  });

  it("stops within 10 seconds on SIGTERM", async () => {
    const p = startProcess({ DATABASE_URL: tempDbUrl() });
    await p.waitForOutput(/ready/);
    const t = Date.now();
    p.proc.kill("SIGTERM");
    expect(await p.exited).toBe(0);
    expect(Date.now() - t).toBeLessThan(10_000);
    expect(p.stderr()).toMatch(/"msg":"stopped"/);
  });

  it("a wrong setting stops start-up with one line naming it", async () => {
    const p = startProcess({ DATABASE_URL: tempDbUrl(), PROGRAM_TIMEZONE: "Alaska/Nowhere" });
    expect(await p.exited).toBe(1);
    expect(p.stderr().trim()).toBe(
      "Configuration problem: PROGRAM_TIMEZONE: expected an IANA time zone such as America/Anchorage",
    );
  });
});
