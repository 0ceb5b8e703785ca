// The Slack emulator in a process of its own, so answering the bot's calls does not slow the
// process that measures acknowledgement latency.
import { SlackEmulator } from "../test/helpers/slack-emulator.ts";

const emulator = new SlackEmulator();
await emulator.start();
// keep memory flat over thousands of calls
setInterval(() => {
  emulator.calls.length = 0;
  emulator.responses.length = 0;
  emulator.views.clear();
}, 1000).unref();
process.stdout.write(`${JSON.stringify({ apiUrl: emulator.apiUrl, base: emulator.base })}\n`);
process.on("SIGTERM", () => void emulator.stop().then(() => process.exit(0)));
