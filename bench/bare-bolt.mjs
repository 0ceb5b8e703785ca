// The baseline of the benchmarks: a Bolt app in plain Node that acknowledges each command and then
// answers it with a fixed respond(), the least a Slack bot can do.
import bolt from "@slack/bolt";

const { App, LogLevel } = bolt;
const app = new App({
  token: process.env.SLACK_BOT_TOKEN,
  signingSecret: process.env.SLACK_SIGNING_SECRET,
  clientOptions: { slackApiUrl: process.env.SLACK_API_URL },
  logLevel: LogLevel.ERROR,
});
for (const command of ["/log-hours", "/mentor-signup"])
  app.command(command, async ({ ack, respond }) => {
    await ack();
    if (command === "/log-hours")
      await respond({ text: "Logged 1 hour 30 minutes.", response_type: "ephemeral" });
  });
const server = await app.start(0);
process.stderr.write(`${JSON.stringify({ msg: "ready", port: server.address().port })}\n`);
process.on("SIGTERM", () => void app.stop().then(() => process.exit(0)));
