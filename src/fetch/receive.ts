// Writes a download's body into its .part file: bytes counted for the progress display, a size
// cap (an endless answer must not fill the disk), and the disk's own failures kept apart from the
// network's (a full disk is not « la connexion interrompue » and is not retried).
import fs from 'node:fs';
import type { IncomingMessage } from 'node:http';
import type { DownloadProgress } from './download-progress.js';

/** More bytes than the cap (--max-size): announced by the server, or received. Not retried. */
export class TooLargeError extends Error {
  constructor(
    readonly url: string,
    readonly maxBytes: number,
    /** The length the server announced, or null when the body itself went past the cap. */
    readonly announced: number | null,
  ) {
    super(`too large ${url}`);
    this.name = 'TooLargeError';
  }
}

/** The .part could not be written (disk full, read-only…): the file system's error, unwrapped. */
export class WriteError extends Error {
  constructor(readonly cause: NodeJS.ErrnoException) {
    super(cause.message);
    this.name = 'WriteError';
  }
}

/**
 * Writes the body into the .part, counting bytes for the progress display. When the body fails
 * (cut, timeout, deadline), what was received is still written before the error is passed on:
 * a stream pipeline would drop the bytes in flight, and the next attempt resumes from them.
 * Past `maxBytes` (counted from the file's start), the answer is abandoned with TooLargeError.
 */
export function receive(
  response: IncomingMessage,
  part: string,
  append: boolean,
  progress: DownloadProgress,
  start: number,
  maxBytes: number = Infinity,
): Promise<void> {
  return new Promise((resolve, reject) => {
    const out = fs.createWriteStream(part, { flags: append ? 'a' : 'w' });
    let received = start;
    let failure: unknown = null;
    let ended = false;
    const end = () => {
      if (!ended) out.end();
      ended = true;
    };
    response.on('data', (chunk: Buffer) => {
      received += chunk.length;
      if (received > maxBytes) {
        failure ??= new TooLargeError(response.url ?? '', maxBytes, null);
        response.destroy();
        end();
        return;
      }
      progress.update(received);
      if (!out.write(chunk)) {
        response.pause();
        out.once('drain', () => response.resume());
      }
    });
    response.on('end', end);
    response.on('error', (err) => {
      failure ??= err;
      end();
    });
    // A body that closes without 'end' nor 'error' (socket gone): what came is kept, the size check tells.
    response.on('close', end);
    out.on('error', (err) => {
      response.destroy();
      reject(new WriteError(err));
    });
    out.on('finish', () => (failure ? reject(failure) : resolve()));
  });
}
