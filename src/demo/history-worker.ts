// Worker-thread entry of history-thread.ts: writes the demo history step by step, each step
// when the main thread asks for it ('next'), and stops cleanly, between two steps, on 'stop'.
import { parentPort, workerData } from 'node:worker_threads';
import { toThreadError } from '../errors.js';
import { writeDemoHistory, type DemoHistoryOptions } from './history-archive.js';
import type { WorkerCommand, WorkerMessage } from './history-thread.js';

const port = parentPort;
if (!port) throw new Error('history-worker.js runs in a worker thread only');

const pending: WorkerCommand[] = [];
let waiting: ((command: WorkerCommand) => void) | null = null;
port.on('message', (command: WorkerCommand) => {
  if (waiting) {
    const resolve = waiting;
    waiting = null;
    resolve(command);
  } else pending.push(command);
});
const nextCommand = () =>
  new Promise<WorkerCommand>((resolve) => (pending.length ? resolve(pending.shift()!) : (waiting = resolve)));
const send = (message: WorkerMessage) => port.postMessage(message);

const steps = writeDemoHistory(workerData as DemoHistoryOptions);
try {
  while ((await nextCommand()) === 'next') {
    const r = await steps.next();
    if (r.done) {
      send({ kind: 'done' });
      break;
    }
    send({ kind: 'step', step: r.value });
  }
} catch (err) {
  send(toThreadError(err));
} finally {
  await steps.return(undefined);
  port.close();
}
