// Worker-thread entry of printing.ts: one Chromium printing the jobs the build sends, with its
// pages in parallel. In its own thread, the printer answers Chromium at once, even while the
// build's thread is busy writing a page or a data file.
import { parentPort, workerData } from 'node:worker_threads';
import { toThreadError } from '../errors.js';
import { printingError } from '../report/pdf/print-error.js';
import { JobQueue } from '../report/pdf/queue.js';
import type { PdfJob } from '../report/pdf/print.js';
import type { FromPrinter, PrinterOptions, ToPrinter } from './print-messages.js';

const port = parentPort;
if (!port) throw new Error('print-worker.js runs in a worker thread only');
const send = (message: FromPrinter) => port.postMessage(message);
const options = workerData as PrinterOptions;

const ids = new Map<PdfJob, number>();
// Each job a page takes asks the build for the next one.
const queue = new JobQueue<PdfJob>(() => send({ kind: 'want' }));
port.on('message', (m: ToPrinter) => {
  if (m.kind === 'job') {
    const job: PdfJob = { html: () => m.html, out: m.out, ...(m.info ? { info: m.info } : {}) };
    ids.set(job, m.id);
    queue.push(job);
  } else if (m.kind === 'close') queue.close();
  else queue.cancel();
});

try {
  // playwright-core takes a third of a second to load: only the printing builds pay it.
  const { PdfPrinter } = await import('../report/pdf/print.js');
  const printer = await PdfPrinter.launch(options.executablePath);
  try {
    await printer.printAll(queue, options.parallel, (job) => {
      send({ kind: 'done', id: ids.get(job)! });
      ids.delete(job);
    });
  } finally {
    await printer.close();
  }
  send({ kind: 'finished' });
} catch (err) {
  // Every failure leaves as one French sentence (a full TMPDIR first of all).
  send(toThreadError(printingError(err)));
} finally {
  port.close();
}
