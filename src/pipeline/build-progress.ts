// Progress of the long steps: bars on a terminal, one line per step otherwise (logs, CI). Steps
// may run at the same time (the PDFs print while the HTML pages are written): each has its own
// bar, or its own lines.
import cliProgress from 'cli-progress';

export interface ProgressStep {
  tick(): void;
  /** The step is over: done, or cut short by a failure (`completed` false). */
  stop(completed?: boolean): void;
}

export interface Progress {
  start(label: string, total: number): ProgressStep;
}

/** Plain lines: the step when it starts and when it ends. */
export function lineProgress(write: (line: string) => void): Progress {
  return {
    start(label, total) {
      let done = 0;
      let stopped = false;
      write(`${label} : ${total} à produire…`);
      return {
        tick() {
          done++;
        },
        stop(completed = true) {
          if (stopped) return;
          stopped = true;
          write(`${label} : ${done}/${total} ${completed ? 'terminé' : 'interrompu'}.`);
        },
      };
    },
  };
}

/** One bar per step, stacked while several run; the bars stay on screen when done. */
export function barProgress(stream: NodeJS.WriteStream): Progress {
  let bars: cliProgress.MultiBar | null = null;
  let running = 0;
  return {
    start(label, total) {
      bars ??= new cliProgress.MultiBar(
        { format: '{label} [{bar}] {value}/{total}', stream, hideCursor: true, clearOnComplete: false, barsize: 30 },
        cliProgress.Presets.shades_classic,
      );
      const group = bars;
      const bar = group.create(total, 0, { label: label.padEnd(12) });
      running++;
      let stopped = false;
      return {
        tick() {
          bar.increment();
        },
        stop() {
          if (stopped) return;
          stopped = true;
          bar.stop();
          // The last one running draws the final state; the next step starts new bars below.
          if (--running === 0) {
            group.stop();
            bars = null;
          }
        },
      };
    },
  };
}

export function defaultProgress(): Progress {
  return process.stderr.isTTY ? barProgress(process.stderr) : lineProgress((line) => process.stderr.write(`${line}\n`));
}

/** No output at all (tests, benchmarks). */
export const silentProgress: Progress = { start: () => ({ tick() {}, stop() {} }) };
