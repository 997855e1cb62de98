// The demo history written in a worker thread (history-worker.ts). On the main thread the
// generation of a step would run in synchronous stretches of a few tenths of a second, during
// which the import of the previous step (its unzipping, its calls into DuckDB) could not go on;
// in a worker both progress at once, on the two cores.
import { Worker } from 'node:worker_threads';
import { fromThreadError, type ThreadError } from '../errors.js';
import type { DemoHistoryOptions, DemoHistoryStep } from './history-archive.js';

/** What the main thread tells the worker: write the next step, or stop. */
export type WorkerCommand = 'next' | 'stop';

/** What the worker answers. */
export type WorkerMessage = { kind: 'step'; step: DemoHistoryStep } | { kind: 'done' } | ThreadError;

/** Messages of a worker, taken one at a time; a worker that ends or fails without saying so rejects. */
class Inbox {
  private readonly queue: WorkerMessage[] = [];
  private waiting: { resolve: (m: WorkerMessage) => void; reject: (e: unknown) => void } | null = null;
  private failure: unknown = null;
  readonly exited: Promise<void>;

  constructor(worker: Worker) {
    worker.on('message', (m: WorkerMessage) => {
      if (this.waiting) this.settle().resolve(m);
      else this.queue.push(m);
    });
    const fail = (err: unknown) => {
      this.failure ??= err;
      if (this.waiting) this.settle().reject(err);
    };
    worker.on('error', fail);
    this.exited = new Promise((resolve) =>
      worker.on('exit', (code) => {
        fail(new Error(`the demo history worker ended (exit code ${code}) before answering`));
        resolve();
      }),
    );
  }

  private settle() {
    const w = this.waiting!;
    this.waiting = null;
    return w;
  }

  take(): Promise<WorkerMessage> {
    const queued = this.queue.shift();
    if (queued) return Promise.resolve(queued);
    if (this.failure) return Promise.reject(this.failure);
    return new Promise((resolve, reject) => (this.waiting = { resolve, reject }));
  }
}

/**
 * The steps of `writeDemoHistory`, each written in a worker thread when asked for: wrapped in
 * `runAhead`, the next step is written while the current one is imported. Stopping early lets
 * the worker finish the step it is writing (no half-written archive), then ends it.
 */
export async function* writeDemoHistoryInWorker(options: DemoHistoryOptions): AsyncGenerator<DemoHistoryStep> {
  const worker = new Worker(new URL('./history-worker.js', import.meta.url), {
    workerData: { ...options, years: [...options.years] },
  });
  const inbox = new Inbox(worker);
  let ended = false;
  try {
    for (;;) {
      worker.postMessage('next' satisfies WorkerCommand);
      const message = await inbox.take();
      if (message.kind === 'done') {
        ended = true;
        return;
      }
      if (message.kind === 'error') {
        ended = true;
        throw fromThreadError(message);
      }
      yield message.step;
    }
  } finally {
    if (!ended) worker.postMessage('stop' satisfies WorkerCommand);
    await inbox.exited;
  }
}
