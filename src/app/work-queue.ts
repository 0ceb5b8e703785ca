// Work done after a platform has been answered runs here, one job at a time, yielding to the event
// loop before each. The database work is synchronous (SQLite) and Prisma's is CPU-bound, so under a
// burst of commands running several jobs at once holds the event loop longer and delays the next
// acknowledgement (Slack and Discord want one within 3 s); measured with npm run bench, one job at
// a time gave the shortest tail (docs/performance.md). Forms jump the queue: a Slack trigger lasts 3 s. It also
// lets shutdown finish what is in flight and start nothing new.
export class WorkQueue {
  private active = 0;
  private readonly waiting: (() => void)[] = [];
  private readonly idle: (() => void)[] = [];
  private closed = false;

  constructor(private readonly concurrency = 1) {}

  get pending(): number {
    return this.active + this.waiting.length;
  }

  /** `urgent` work (opening a modal before its trigger expires) goes to the front of the line. */
  run<T>(fn: () => Promise<T>, urgent = false): Promise<T> {
    if (this.closed) return Promise.reject(new Error("shutting down: no new work is started"));
    return new Promise<T>((resolve, reject) => {
      const start = () => {
        this.active++;
        // Let the event loop take pending requests (and acknowledge them) before this job's work.
        new Promise<void>((r) => setImmediate(r))
          .then(fn)
          .then(resolve, reject)
          .finally(() => {
            this.active--;
            const next = this.waiting.shift();
            if (next) next();
            else if (this.active === 0) for (const w of this.idle.splice(0)) w();
          });
      };
      if (this.active < this.concurrency) start();
      else if (urgent) this.waiting.unshift(start);
      else this.waiting.push(start);
    });
  }

  /** Accepts nothing new and resolves when everything accepted so far has finished. */
  async drain(): Promise<void> {
    this.closed = true;
    if (this.pending === 0) return;
    await new Promise<void>((r) => this.idle.push(r));
  }
}
