// A run missed while the bot was down is made up at start-up, once, while its period is open.
import { PassThrough } from "node:stream";
import { describe, expect, it } from "vitest";
import { type RunningBot, startBot } from "../../src/bot.ts";
import { openDatabase } from "../../src/db/database.ts";
import { silentLogger } from "../../src/log.ts";
import { FixedClock, tempDbUrl, testConfig } from "../helpers/harness.ts";
import { seedPairs } from "../helpers/seed.ts";

async function boot(
  DATABASE_URL: string,
  iso: string,
): Promise<{ bot: RunningBot; out: () => string; input: PassThrough }> {
  let text = "";
  const input = new PassThrough();
  const output = new PassThrough();
  output.on("data", (d) => {
    text += String(d);
  });
  const bot = await startBot(testConfig({ DATABASE_URL }), {
    log: silentLogger,
    clock: new FixedClock(new Date(iso)),
    io: { input, output },
  });
  return { bot, out: () => text, input };
}

async function seed(url: string, n: number) {
  const db = await openDatabase(url, silentLogger);
  await seedPairs(db.prisma, n, { platform: "console", prefix: "c" });
  await db.close();
}

async function shut(b: { bot: RunningBot; input: PassThrough }) {
  b.input.end();
  await b.bot.consoleDone;
  await b.bot.stop();
}

describe("scheduler", () => {
  it("makes up the monthly check-in missed on the 1st when started on the 3rd, and not again after a restart", async () => {
    const DATABASE_URL = tempDbUrl();
    await seed(DATABASE_URL, 2);
    const second = await boot(DATABASE_URL, "2026-11-03T20:00:00Z");
    await second.bot.scheduler?.caughtUp;
    const dms = second.out().match(/--- direct message to \w+ ---\nYour October check-in/g) ?? [];
    expect(dms).toHaveLength(4);
    expect(
      await second.bot.db.prisma.jobRun.findMany({ select: { job: true, period: true } }),
    ).toContainEqual({ job: "monthly-checkin", period: "2026-10" });
    await shut(second);

    const third = await boot(DATABASE_URL, "2026-11-04T20:00:00Z");
    await third.bot.scheduler?.caughtUp;
    expect(third.out()).not.toMatch(/check-in/);
    await shut(third);
  });

  it("does not make up a check-in once its month has closed (after the 7th)", async () => {
    const DATABASE_URL = tempDbUrl();
    await seed(DATABASE_URL, 1);
    const second = await boot(DATABASE_URL, "2026-11-09T20:00:00Z");
    await second.bot.scheduler?.caughtUp;
    expect(second.out()).not.toMatch(/October check-in/);
    await shut(second);
  });
});
