// Web API client options, the same for the bot and for `npm run job`.
import type { Config } from "../../config.ts";

/**
 * A request that timed out may have reached Slack: sending it again could post a message twice, so
 * it is not retried here (the caller checks what arrived before trying again). Refused connections,
 * 5xx answers and 429s are retried as usual.
 */
export function noBlindResend(err: Error): void {
  const original = (err as { original?: { name?: string; cause?: { name?: string } } }).original;
  const name = original?.name ?? "";
  if (/TimeoutError|AbortError/.test(name) || /TimeoutError|AbortError/.test(original?.cause?.name ?? ""))
    throw err;
}

/** 429s are retried by the Web API client after Retry-After; other failures a few times with backoff; a call that hangs is given up after PLATFORM_API_TIMEOUT_MS. */
export function slackClientOptions(
  config: Pick<Config, "PLATFORM_API_TIMEOUT_MS" | "PLATFORM_API_RETRIES">,
  slackApiUrl: string,
) {
  return {
    slackApiUrl,
    timeout: config.PLATFORM_API_TIMEOUT_MS,
    retryConfig: {
      retries: config.PLATFORM_API_RETRIES,
      factor: 2,
      minTimeout: 200,
      maxTimeout: 5000,
      // The WebClient's RetryOptions type omits p-retry's onFailedAttempt, which it passes through.
      onFailedAttempt: noBlindResend,
    } as never,
  };
}
