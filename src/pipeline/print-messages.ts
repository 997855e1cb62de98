// The messages between the build (printing.ts) and its printing thread (print-worker.ts).
import type { ThreadError } from '../errors.js';
import type { PdfInfo } from '../report/pdf/info.js';

/** Build → printer. */
export type ToPrinter =
  | { kind: 'job'; id: number; html: string; out: string; info?: PdfInfo }
  /** No more jobs: print what was sent, then close Chromium. */
  | { kind: 'close' }
  /** A failure elsewhere: drop what was not started, let the pages at work end, close Chromium. */
  | { kind: 'cancel' };

/** Printer → build. */
export type FromPrinter =
  /** A page took a job: send one more when there is one (the printer keeps a few in hand). */
  | { kind: 'want' }
  | { kind: 'done'; id: number }
  /** Chromium is closed; nothing more will be written. */
  | { kind: 'finished' }
  | ThreadError;

export interface PrinterOptions {
  executablePath: string;
  parallel: number;
}
