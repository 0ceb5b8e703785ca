// The assistant's collaborators as small in-memory fakes: counters, a port that records DMs, and
// an Assistant built on them (no model unless one is given).
import { Assistant } from "../../src/assistant/assistant.ts";
import { loadKnowledge, loadNotInFaq } from "../../src/assistant/knowledge.ts";
import { FaqIndex } from "../../src/assistant/retrieval.ts";
import type { Message } from "../../src/domain/message.ts";
import type { SpacePort } from "../../src/domain/pairing/types.ts";
import { silentLogger } from "../../src/log.ts";
import { FixedClock, REPO_ROOT } from "../helpers/harness.ts";
import { silentPort } from "../helpers/silent-port.ts";

export const entries = loadKnowledge(`${REPO_ROOT}/content/faq`);
export const notInFaq = loadNotInFaq(`${REPO_ROOT}/content/assistant/not-in-faq.txt`);
export const index = new FaqIndex(entries, notInFaq);

export class MemoryCounters {
  readonly values = new Map<string, number>();
  private readonly windows = new Map<string, number>();
  async increment(key: string) {
    const n = (this.values.get(key) ?? 0) + 1;
    this.values.set(key, n);
    return n;
  }
  async incrementInWindow(key: string, now: Date, windowEnd: Date) {
    if ((this.windows.get(key) ?? 0) <= now.getTime()) {
      this.values.set(key, 0);
      this.windows.set(key, windowEnd.getTime());
    }
    return this.increment(key);
  }
  async get(key: string) {
    return this.values.get(key) ?? 0;
  }
}

export function fakePort(): SpacePort & { dms: { to: string; m: Message }[] } {
  const dms: { to: string; m: Message }[] = [];
  const sendDirect: SpacePort["sendDirect"] = async (to, m) => {
    dms.push({ to, m });
    return null;
  };
  return { ...silentPort("slack", { sendDirect, spaceRef: (id) => `<#${id}>` }), dms };
}

export function assistant(over: Partial<ConstructorParameters<typeof Assistant>[0]> = {}) {
  const counters = new MemoryCounters();
  const a = new Assistant({
    index,
    counters,
    model: null,
    clock: new FixedClock(),
    log: silentLogger,
    timeZone: "America/Anchorage",
    ratePerHour: 1000,
    personDailyCap: 100000,
    dailyCap: 100000,
    allowBurst: () => true,
    crisisAlert: true,
    coordinatorsOn: async () => ["UCORA"],
    ...over,
  });
  return { a, counters };
}
