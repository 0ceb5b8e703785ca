// How the bot talks to Discord's REST API, the same in the gateway bot, `npm run job` and
// `npm run discord:register`.
import type { Config } from "../../config.ts";

/**
 * discord.js's REST client sends through its own copy of undici, which uses whichever undici agent
 * the process installed first. When @slack/bolt is loaded too, that is undici 7's, and uploading a
 * file (a FormData body from another undici) fails. Node's fetch turns the body into bytes itself,
 * so any agent can carry it: both platforms then work in one process.
 */
export const restRequest = async (url: string, init: Record<string, unknown>) => {
  // Its own undici agent, handed to Node's fetch, also keeps an aborted (timed-out) request hanging.
  const { dispatcher: _dispatcher, ...rest } = init;
  try {
    return await fetch(url, rest as RequestInit);
  } catch (err) {
    // discord.js resends a request that timed out. A write may have arrived all the same, and a
    // second message or thread would follow; so a write's timeout goes to our code, which looks
    // before it tries again (the ledger's wasDelivered, a thread found by its name).
    const method = String(init.method ?? "GET").toUpperCase();
    if ((err as Error).name === "AbortError" && method !== "GET" && method !== "HEAD")
      throw new WriteTimedOut(`${method} ${loggablePath(url)} timed out`);
    throw err;
  }
};

/** The path without interaction and webhook tokens (long segments), which must not reach the logs. */
function loggablePath(url: string): string {
  return new URL(url).pathname.replace(/\/[^/]{33,}/g, "/…");
}

/** Not named AbortError, so discord.js does not retry it. */
export class WriteTimedOut extends Error {
  override name = "WriteTimedOut";
}

/** discord.js REST options: our fetch, the configured timeout and retries (429s are always waited out). */
export function discordRestOptions(
  config: Pick<Config, "PLATFORM_API_TIMEOUT_MS" | "PLATFORM_API_RETRIES">,
  api: string,
) {
  return {
    api,
    retries: config.PLATFORM_API_RETRIES,
    timeout: config.PLATFORM_API_TIMEOUT_MS,
    makeRequest: restRequest as never,
  };
}
