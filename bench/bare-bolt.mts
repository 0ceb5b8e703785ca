// The baseline for the acknowledgement benchmark: a Bolt app that only acknowledges.
import { App, LogLevel } from "@slack/bolt";

const app = new App({
  token: process.env.SLACK_BOT_TOKEN,
  signingSecret: process.env.SLACK_SIGNING_SECRET,
  clientOptions: { slackApiUrl: process.env.SLACK_API_URL },
  logLevel: LogLevel.ERROR,
});
for (const command of ["/log-hours", "/mentor-signup"]) app.command(command, async ({ ack }) => ack());
const server = (await app.start(0)) as { address(): { port: number } };
process.stderr.write(`${JSON.stringify({ msg: "ready", port: server.address().port })}\n`);
process.on("SIGTERM", () => void app.stop().then(() => process.exit(0)));
