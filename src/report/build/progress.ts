// Progress of the long steps: a bar on a terminal, one line per step otherwise (logs, CI).
import cliProgress from 'cli-progress';

export interface Progress {
  start(label: string, total: number): void;
  tick(): void;
  stop(): void;
}

/** Plain lines: the step when it starts and when it ends. */
export function lineProgress(write: (line: string) => void): Progress {
  let label = '';
  let total = 0;
  let done = 0;
  return {
    start(l, t) {
      label = l;
      total = t;
      done = 0;
      write(`${label} : ${total} à produire…`);
    },
    tick() {
      done++;
    },
    stop() {
      write(`${label} : ${done}/${total} terminé.`);
    },
  };
}

export function barProgress(stream: NodeJS.WriteStream): Progress {
  let bar: cliProgress.SingleBar | null = null;
  return {
    start(label, total) {
      bar = new cliProgress.SingleBar(
        { format: `${label.padEnd(12)} [{bar}] {value}/{total}`, stream, hideCursor: true, clearOnComplete: false, barsize: 30 },
        cliProgress.Presets.shades_classic,
      );
      bar.start(total, 0);
    },
    tick() {
      bar?.increment();
    },
    stop() {
      bar?.stop();
      bar = null;
    },
  };
}

export function defaultProgress(): Progress {
  return process.stderr.isTTY ? barProgress(process.stderr) : lineProgress((line) => process.stderr.write(`${line}\n`));
}

/** No output at all (tests, benchmarks). */
export const silentProgress: Progress = { start() {}, tick() {}, stop() {} };
