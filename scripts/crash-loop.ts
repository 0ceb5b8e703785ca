// A longer crash loop than the suite runs: `npm run crash-loop -- --kills 200 [--seed N]`.
// Prints each kill and a summary; exits 1 if any invariant broke.
import { parseArgs } from "node:util";
import { crashLoop } from "../test/helpers/crash-loop.ts";

const { values } = parseArgs({
  options: {
    kills: { type: "string", default: "100" },
    seed: { type: "string", default: String(Date.now() % 1e9) },
  },
});
const kills = Number(values.kills);
const seed = Number(values.seed);
if (!Number.isInteger(kills) || kills < 1 || !Number.isInteger(seed)) {
  console.error("usage: npm run crash-loop -- --kills N [--seed N]   (N a whole number, kills at least 1)");
  process.exit(2);
}
const started = Date.now();
const report = await crashLoop({ kills, seed, log: (line) => console.log(line) });
const phases = Object.entries(report.byPhase)
  .map(([k, v]) => `${k} ${v}`)
  .join(", ");
console.log(
  `seed ${seed}: ${report.kills} kills survived (${report.midOperation} mid-operation; ${phases}), ${report.checks} invariant checks, ${report.violations.length} violations, ${Math.round((Date.now() - started) / 1000)} s`,
);
for (const v of report.violations) console.log(`VIOLATION ${v}`);
process.exit(report.violations.length ? 1 : 0);
