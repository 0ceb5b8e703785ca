// What an operator watches: counts and latencies in Prometheus' format (prom-client, the maintained
// client), with no names, ids or text in any label. Off (a no-op) unless health is served.
export interface Metrics {
  /** a command or button finished: which, how (reply, form, refused, throttled, error), how long it took */
  command(name: string, outcome: string, seconds: number): void;
  /** the time from Slack's request to its acknowledgement, as the front measured it */
  ack(seconds: number): void;
  jobRun(job: string, result: "ok" | "failed" | "outside_season"): void;
  sends(job: string, state: "sent" | "already_sent" | "recovered" | "failed", count: number): void;
  ask(kind: string): void;
  frontRestart(): void;
  render(): Promise<{ contentType: string; body: string }>;
}

export const noMetrics: Metrics = {
  command() {},
  ack() {},
  jobRun() {},
  sends() {},
  ask() {},
  frontRestart() {},
  render: async () => ({ contentType: "text/plain", body: "" }),
};

/** Labels are bounded: a command's own name (from the registry), never what a person typed. */
const bounded = (s: string) => (/^[a-z0-9_-]{1,40}$/.test(s) ? s : "other");

export async function prometheusMetrics(): Promise<Metrics> {
  const client = await import("prom-client");
  const registry = new client.Registry();
  client.collectDefaultMetrics({ register: registry, prefix: "mentorbot_" });
  const commands = new client.Counter({
    name: "mentorbot_commands_total",
    help: "Commands and button presses, by name and outcome",
    labelNames: ["command", "outcome"],
    registers: [registry],
  });
  const answer = new client.Histogram({
    name: "mentorbot_answer_seconds",
    help: "Time from a command reaching the bot to its answer",
    labelNames: ["command"],
    buckets: [0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1, 2.5, 5, 10],
    registers: [registry],
  });
  const ack = new client.Histogram({
    name: "mentorbot_slack_ack_seconds",
    help: "Time from a Slack request to its acknowledgement",
    buckets: [0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1, 3],
    registers: [registry],
  });
  const jobRuns = new client.Counter({
    name: "mentorbot_job_runs_total",
    help: "Scheduled job runs, by job and result",
    labelNames: ["job", "result"],
    registers: [registry],
  });
  const sends = new client.Counter({
    name: "mentorbot_scheduled_sends_total",
    help: "Scheduled messages, by job and state",
    labelNames: ["job", "state"],
    registers: [registry],
  });
  const asks = new client.Counter({
    name: "mentorbot_ask_total",
    help: "FAQ assistant outcomes, by kind",
    labelNames: ["kind"],
    registers: [registry],
  });
  const restarts = new client.Counter({
    name: "mentorbot_slack_front_restarts_total",
    help: "Times Slack's HTTP front thread died and was started again",
    registers: [registry],
  });
  return {
    command(name, outcome, seconds) {
      commands.inc({ command: bounded(name), outcome: bounded(outcome) });
      answer.observe({ command: bounded(name) }, seconds);
    },
    ack: (seconds) => ack.observe(seconds),
    jobRun: (job, result) => jobRuns.inc({ job: bounded(job), result }),
    sends(job, state, count) {
      if (count > 0) sends.inc({ job: bounded(job), state }, count);
    },
    ask: (kind) => asks.inc({ kind: bounded(kind) }),
    frontRestart: () => restarts.inc(),
    render: async () => ({ contentType: registry.contentType, body: await registry.metrics() }),
  };
}
