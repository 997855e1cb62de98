// Jobs handed over as they become ready: the build adds each fiche once its inputs exist, and
// the printer's pages take them in order, waiting when they are ahead of it.
export class JobQueue<T> {
  private readonly items: T[] = [];
  private readonly waiting: ((item: T | null) => void)[] = [];
  private closed = false;
  private cancelled = false;

  /** `onTake`: called each time a job is handed out. */
  constructor(private readonly onTake: () => void = () => {}) {}

  /** A queue holding `items` and nothing more. */
  static of<T>(items: Iterable<T>): JobQueue<T> {
    const q = new JobQueue<T>();
    for (const item of items) q.push(item);
    q.close();
    return q;
  }

  /** Adds a job; ignored once cancelled (the failure is reported elsewhere). */
  push(item: T): void {
    if (this.cancelled) return;
    if (this.closed) throw new Error('file de travaux déjà fermée');
    const taker = this.waiting.shift();
    if (taker) {
      this.onTake();
      taker(item);
    } else this.items.push(item);
  }

  /** No more jobs: once the queue is empty, takers get null. */
  close(): void {
    this.closed = true;
    for (const taker of this.waiting.splice(0)) taker(null);
  }

  /** Drops the jobs not taken yet, and closes. */
  cancel(): void {
    this.cancelled = true;
    this.items.length = 0;
    this.close();
  }

  /** The next job, once there is one; null when the queue is closed and empty. */
  take(): Promise<T | null> {
    if (this.items.length > 0) {
      this.onTake();
      return Promise.resolve(this.items.shift()!);
    }
    if (this.closed) return Promise.resolve(null);
    return new Promise((resolve) => this.waiting.push(resolve));
  }

  /** The job `take` would return now, if any (to prepare it in advance). */
  peek(): T | undefined {
    return this.items[0];
  }
}
