// Whether the bot can do its work now, for /readyz: the database answers, each configured platform
// is connected (Slack's HTTP front alive), and no scheduled job's last run failed.
export interface Check {
  name: string;
  /** resolves to null when healthy, or a short reason */
  run(): Promise<string | null>;
}

export interface Readiness {
  ok: boolean;
  checks: Record<string, "ok" | string>;
}

const TIMEOUT_MS = 2000;

export async function readiness(checks: Check[]): Promise<Readiness> {
  const results = await Promise.all(
    checks.map(async (c) => {
      const timeout = new Promise<string>((r) =>
        setTimeout(() => r("no answer in time"), TIMEOUT_MS).unref(),
      );
      const reason = await Promise.race([
        c.run().catch((err: unknown) => (err instanceof Error ? err.name : "failed")),
        timeout,
      ]);
      return [c.name, reason ?? "ok"] as const;
    }),
  );
  return { ok: results.every(([, r]) => r === "ok"), checks: Object.fromEntries(results) };
}
