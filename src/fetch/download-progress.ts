// Download progress: a bar with size and speed on a terminal, a few plain lines otherwise.
import cliProgress from 'cli-progress';
import { formatNumber, formatPercent, formatSize, formatSpeed } from '../format/fr.js';

export interface DownloadProgress {
  /** `total` is the full file size when known; `initial` the bytes already there (resume). */
  start(total: number | null, initial: number): void;
  /** Bytes received so far, counting `initial`. */
  update(received: number): void;
  /** Ends the bar; `ok` false when the download failed (a retry may start a new one). */
  stop(ok: boolean): void;
}

export type DownloadProgressFactory = (fileName: string) => DownloadProgress;

/** Draws a cli-progress bar on `stream` (a TTY). */
export function downloadBars(stream: NodeJS.WriteStream): DownloadProgressFactory {
  return (fileName) => {
    let bar: cliProgress.SingleBar | null = null;
    let startedAt = 0;
    let initial = 0;
    let total: number | null = null;
    const payload = (received: number) => {
      const seconds = (Date.now() - startedAt) / 1000;
      const speed = seconds > 0 ? (received - initial) / seconds : 0;
      const percent = total ? `${formatPercent(Math.min(received / total, 1), 0)} · ` : '';
      return {
        file: fileName,
        percent,
        done: formatSize(received),
        size: total ? ` / ${formatSize(total)}` : '',
        speed: formatSpeed(speed),
      };
    };
    return {
      start(size, already) {
        startedAt = Date.now();
        initial = already;
        total = size;
        bar = new cliProgress.SingleBar(
          {
            stream,
            format: total ? '{file} [{bar}] {percent}{done}{size} · {speed}' : '{file} {done} · {speed}',
            barsize: 24,
            hideCursor: true,
            clearOnComplete: false,
            fps: 8,
          },
          cliProgress.Presets.shades_classic,
        );
        bar.start(total ?? 0, already, payload(already));
      },
      update(received) {
        bar?.update(received, payload(received));
      },
      stop() {
        bar?.stop();
        bar = null;
      },
    };
  };
}

/** One line when a download starts and one when it ends: for logs and pipes. */
export function downloadLines(log: (line: string) => void): DownloadProgressFactory {
  return (fileName) => {
    let startedAt = 0;
    let initial = 0;
    let received = 0;
    return {
      start(total, already) {
        startedAt = Date.now();
        initial = already;
        received = already;
        const size = total ? ` (${formatSize(total)})` : '';
        const resume = already > 0 ? `, reprise à ${formatSize(already)}` : '';
        log(`Téléchargement de ${fileName}${size}${resume}…`);
      },
      update(bytes) {
        received = bytes;
      },
      stop(ok) {
        if (!ok) return;
        const seconds = Math.max((Date.now() - startedAt) / 1000, 0.001);
        log(
          `${fileName} : ${formatSize(received)} reçus en ${formatNumber(seconds, 1)} s (${formatSpeed((received - initial) / seconds)}).`,
        );
      },
    };
  };
}

/** The bar when stderr is a terminal, plain lines otherwise. */
export function defaultDownloadProgress(log: (line: string) => void): DownloadProgressFactory {
  return process.stderr.isTTY ? downloadBars(process.stderr) : downloadLines(log);
}
