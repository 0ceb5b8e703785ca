// discord.js resends a request whose fetch rejects with an AbortError (its timeout). Reads may be
// resent; a write that timed out may have arrived, so it must reach our code instead.
import { describe, expect, it } from "vitest";
import { restRequest, WriteTimedOut } from "../../src/platforms/discord/rest.ts";

const TOKEN = "aW50ZXJhY3Rpb246MTIzNDU2Nzg5MDEyMzQ1Njc4OmFiY2RlZmdoaWprbG1ub3BxcnN0";
const url = `http://127.0.0.1:9/api/v10/interactions/123456789012345678/${TOKEN}/callback`;

describe("Discord REST requests that time out", () => {
  it("a write comes back as WriteTimedOut, which discord.js does not resend, without the token", async () => {
    const err = await restRequest(url, { method: "POST", signal: AbortSignal.abort() }).catch((e) => e);
    expect(err).toBeInstanceOf(WriteTimedOut);
    expect(err.name).not.toBe("AbortError");
    expect(err.message).toBe("POST /api/v10/interactions/123456789012345678/…/callback timed out");
  });

  it("a read stays an AbortError, so discord.js may try it again", async () => {
    const err = await restRequest(url, { method: "GET", signal: AbortSignal.abort() }).catch((e) => e);
    expect(err.name).toBe("AbortError");
  });
});
