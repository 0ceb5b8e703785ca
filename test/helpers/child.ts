// Runs `npm start`'s entry point as a real child process, the way a newcomer would.
import { type ChildProcessWithoutNullStreams, spawn } from "node:child_process";
import { REPO_ROOT } from "./harness.ts";

export interface BotProcess {
  proc: ChildProcessWithoutNullStreams;
  stdout(): string;
  stderr(): string;
  write(line: string): void;
  waitForOutput(re: RegExp, timeoutMs?: number): Promise<string>;
  exited: Promise<number | null>;
}

const CLEAN_ENV = Object.fromEntries(
  Object.entries(process.env).filter(
    ([k]) => !/^(SLACK_|DISCORD_|OPENAI_|DATABASE_URL|COORDINATOR_|PORT$)/.test(k),
  ),
);

export function startProcess(
  env: Record<string, string>,
  script = "src/main.ts",
  args: string[] = [],
  nodeArgs: string[] = [],
): BotProcess {
  // plain JavaScript (the production start, the bare Bolt baseline) runs under plain Node
  const loader = /\.m?js$/.test(script) ? [] : ["--import", "tsx"];
  const proc = spawn(process.execPath, [...nodeArgs, ...loader, script, ...args], {
    cwd: REPO_ROOT,
    // ENV_FILE="": a developer's own .env never leaks into a test
    env: { ...CLEAN_ENV, LOG_LEVEL: "info", ENV_FILE: "", ...env },
  });
  let out = "";
  let err = "";
  proc.stdout.on("data", (d) => {
    out += String(d);
  });
  proc.stderr.on("data", (d) => {
    err += String(d);
  });
  const exited = new Promise<number | null>((r) => proc.on("exit", (code) => r(code)));
  return {
    proc,
    stdout: () => out,
    stderr: () => err,
    write: (line) => proc.stdin.write(`${line}\n`),
    exited,
    async waitForOutput(re, timeoutMs = 20_000) {
      const start = Date.now();
      for (;;) {
        const m = re.exec(out);
        if (m) return m[0];
        if (Date.now() - start > timeoutMs)
          throw new Error(`no ${re} in output:\n${out}\n--- stderr ---\n${err}`);
        await new Promise((r) => setTimeout(r, 20));
      }
    },
  };
}
