// One member firing commands in a tight loop is slowed down, politely: a token bucket per person.
import type { PlatformUser } from "../domain/members.ts";

export { SLOW_DOWN } from "../assistant/assistant.ts";

export class Throttle {
  private readonly buckets = new Map<string, { tokens: number; at: number }>();

  /** `perMinute` commands a minute on average, in bursts of up to `burst`. */
  constructor(
    private readonly perMinute: number,
    private readonly burst = Math.max(5, Math.ceil(perMinute / 3)),
    private readonly now: () => number = () => Date.now(),
  ) {}

  allow(user: PlatformUser): boolean {
    const key = `${user.platform}:${user.userId}`;
    const t = this.now();
    const b = this.buckets.get(key) ?? { tokens: this.burst, at: t };
    b.tokens = Math.min(this.burst, b.tokens + ((t - b.at) / 60_000) * this.perMinute);
    b.at = t;
    this.buckets.set(key, b);
    if (this.buckets.size > 10_000) this.forgetIdle(t);
    if (b.tokens < 1) return false;
    b.tokens -= 1;
    return true;
  }

  private forgetIdle(t: number) {
    for (const [k, b] of this.buckets) if (t - b.at > 120_000) this.buckets.delete(k);
  }
}
