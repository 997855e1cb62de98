// The PDFs, printed while the rest of the build is written, by one Chromium driven from a worker
// thread (print-worker.ts). Chromium starts once the figures are known, and each fiche is handed
// over as soon as its inputs exist: the printer's pages use the core that Node leaves idle while
// it writes the HTML pages and data files, and, in their own thread, they are answered at once
// even while the build's thread is busy. A fiche's print HTML is rendered here when the printer
// asks for it, so that it holds only a few at a time.
import { Worker } from 'node:worker_threads';
import { fromThreadError, UserError } from '../errors.js';
import { printingError } from '../report/pdf/print-error.js';
import type { PdfJob } from '../report/pdf/print.js';
import type { FromPrinter, PrinterOptions, ToPrinter } from './print-messages.js';
import { findChromium, systemLookup, type ChromiumResult } from '../report/pdf/chromium.js';

export interface Printing {
  /** A fiche to print; `onDone` once its PDF is written. */
  add(job: PdfJob, onDone: () => void): void;
  /** Throws the printing's error once it has failed (the build checks between two pieces of work). */
  check(): void;
  /** No more jobs: Chromium closes once the last PDF is written. */
  close(): void;
  /** No more jobs: waits for the last PDF; the printing's span in seconds, Chromium's start included. */
  finish(): Promise<number>;
  /** After a failure elsewhere: drops the jobs not started, lets the pages at work end, closes Chromium. */
  abort(): Promise<void>;
}

/** Starts Chromium in a printing thread; the build then adds the fiches one by one. */
export function startPrinting(executablePath: string, parallel: number): Printing {
  const started = process.hrtime.bigint();
  const worker = new Worker(new URL('./print-worker.js', import.meta.url), {
    workerData: { executablePath, parallel } satisfies PrinterOptions,
  });
  const post = (m: ToPrinter) => worker.postMessage(m);
  const pending: { job: PdfJob; onDone: () => void }[] = [];
  const sent = new Map<number, () => void>();
  let nextId = 0;
  // Jobs the printer may hold besides those its pages print: one ready per page.
  let credit = parallel;
  let closing = false;
  let closed = false;
  let finished = false;
  let failure: { error: unknown } | null = null;

  const pump = () => {
    while (credit > 0 && pending.length > 0 && failure === null) {
      const { job, onDone } = pending.shift()!;
      const id = nextId++;
      sent.set(id, onDone);
      credit--;
      post({ kind: 'job', id, html: job.html(), out: job.out, ...(job.info ? { info: job.info } : {}) });
    }
    if (closing && !closed && pending.length === 0) {
      closed = true;
      post({ kind: 'close' });
    }
  };
  const ended = new Promise<void>((resolve) => {
    worker.on('message', (m: FromPrinter) => {
      if (m.kind === 'want') {
        credit++;
        pump();
      } else if (m.kind === 'done') {
        const onDone = sent.get(m.id)!;
        sent.delete(m.id);
        onDone();
      } else if (m.kind === 'error') failure ??= { error: fromThreadError(m) };
      else finished = true;
    });
    worker.on('error', (error) => (failure ??= { error: printingError(error) }));
    worker.on('exit', (code) => {
      if (!finished)
        failure ??= {
          error: new UserError(`l'impression des PDF s'est arrêtée (code de sortie ${code}) avant le dernier PDF`),
        };
      resolve();
    });
  });

  return {
    add(job, onDone) {
      pending.push({ job, onDone });
      pump();
    },
    check() {
      if (failure) throw failure.error;
    },
    close() {
      closing = true;
      pump();
    },
    async finish() {
      closing = true;
      pump();
      await ended;
      if (failure) throw failure.error;
      return Number(process.hrtime.bigint() - started) / 1e9;
    },
    async abort() {
      pending.length = 0;
      post({ kind: 'cancel' });
      await ended;
    },
  };
}

/** A build's printer: the Chromium found (null when no PDF is wanted), and its printing (null without one). */
export interface Printer {
  chromium: ChromiumResult | null;
  printing: Printing | null;
}

/**
 * Finds Chromium and starts its printing thread when PDFs are wanted; `build` calls it before it
 * loads the rest of its modules, so that Chromium's start overlaps them and the store's reading.
 */
export function startPrinter(pdf: boolean, jobs: number, env: NodeJS.ProcessEnv): Printer {
  // Known before the pages are written, so that a fiche links to its PDF only when there is one.
  const chromium = pdf ? findChromium(systemLookup(env)) : null;
  return { chromium, printing: chromium?.path ? startPrinting(chromium.path, jobs) : null };
}
