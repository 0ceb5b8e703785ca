// SIGKILL at random points during signups, pairings, scheduled runs and start-up, then restart and
// retry as people would: after every kill, no half-made member, no pairing without its channel, no
// message sent twice, no check-in skipped. `npm run crash-loop -- --kills 200` runs a longer loop.
import { expect, it } from "vitest";
import { crashLoop } from "../helpers/crash-loop.ts";

const KILLS = 14;

it(`survives ${KILLS} kills at random points with every invariant intact`, async () => {
  const report = await crashLoop({ kills: KILLS, seed: Number(process.env.CRASH_SEED ?? 20261125) });
  expect(report.violations).toEqual([]);
  expect(report.kills).toBe(KILLS);
  expect(report.checks).toBe(KILLS);
  // the kills must actually interrupt work, or the loop proves nothing
  expect(report.midOperation).toBeGreaterThanOrEqual(KILLS / 2);
}, 240_000);
