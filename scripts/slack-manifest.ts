// npm run slack:manifest: writes slack/manifest.socket.yml and slack/manifest.http.yml from the
// command registry. With --host HOST it prints the HTTP manifest for that address instead, ready
// to paste.
import { writeFileSync } from "node:fs";
import { join } from "node:path";
import { stringify } from "yaml";
import { BOT_SCOPES, type ManifestMode, slackManifest } from "../src/platforms/slack/manifest.ts";

const HEAD: Record<ManifestMode, (host: string) => string> = {
  socket: () => `# Slack app manifest, Socket Mode: the bot needs no public address.
# https://api.slack.com/apps -> Create New App -> From an app manifest -> paste this file as it is.
# Then Basic Information -> App-Level Tokens -> a token with connections:write (SLACK_APP_TOKEN).
`,
  http: (
    host,
  ) => `# Slack app manifest, HTTP: Slack calls https://${host}/slack/events, so the bot needs a public
# HTTPS address. \`npm run -s slack:manifest -- --host your.host\` prints this with your address in it.
`,
};

export function manifestText(mode: ManifestMode, host?: string): string {
  const scopes = BOT_SCOPES.map(([s, why]) => `#   ${s}: ${why}`).join("\n");
  return `${HEAD[mode](host ?? "YOUR-HOST")}# Written by npm run slack:manifest from commands/index.ts: edit those, not this file.
# Bot scopes:
${scopes}
${stringify(slackManifest(mode, host), { lineWidth: 0 })}`;
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const at = process.argv.indexOf("--host");
  if (at > 0) {
    const host = process.argv[at + 1];
    if (!host || !/^[a-z0-9.-]+(:\d+)?$/i.test(host)) {
      process.stderr.write("--host: give the bot's public host name, such as mentors.example.org\n");
      process.exit(64);
    }
    process.stdout.write(manifestText("http", host));
  } else
    for (const mode of ["socket", "http"] as const) {
      const file = join("slack", `manifest.${mode}.yml`);
      writeFileSync(file, manifestText(mode));
      process.stdout.write(`wrote ${file}\n`);
    }
}
