// Agreement versions are files content/agreement/vN.md. A coordinator publishes a new version by
// adding a file; the bot notices on the next signup (no restart), by watching the folder's listing.
import { readdirSync, readFileSync, statSync } from "node:fs";
import { join } from "node:path";
import { type Agreement, latest, parseAgreement, versionNumber } from "../domain/agreement.ts";
import type { AgreementSource } from "../domain/signup/service.ts";

export class AgreementFiles implements AgreementSource {
  private cache = new Map<string, { mtimeMs: number; agreement: Agreement }>();

  constructor(private readonly dir: string) {
    this.current(); // fail at start-up, not at the first signup, if the folder is empty or malformed
  }

  private load(): Agreement[] {
    const names = readdirSync(this.dir).filter((n) => versionNumber(n) !== null);
    return names.map((name) => {
      const path = join(this.dir, name);
      const { mtimeMs } = statSync(path);
      const hit = this.cache.get(name);
      if (hit && hit.mtimeMs === mtimeMs) return hit.agreement;
      const agreement = parseAgreement(name, readFileSync(path, "utf8"));
      this.cache.set(name, { mtimeMs, agreement });
      return agreement;
    });
  }

  current(): Agreement {
    return latest(this.load());
  }

  get(version: string): Agreement | undefined {
    return this.load().find((a) => a.version === version);
  }
}
