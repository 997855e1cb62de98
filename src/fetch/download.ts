// Downloads one file: streamed into `.<name>.part`, resumed with Range after a cut, checked
// against the published checksum, then renamed into place. An identical file is left alone.
import fs from 'node:fs';
import path from 'node:path';
import { diskFullError, fileSystemError, isDiskFull, UserError } from '../errors.js';
import { formatNumber, formatSize } from '../format/fr.js';
import { hashFile, matchesChecksum } from './checksum.js';
import type { NetworkOptions } from './config.js';
import type { Checksum } from './datagouv.js';
import { DEADLINE_CODE, NetworkError, asNetworkError, fetchUserError, formatSeconds } from './errors.js';
import { openUrl } from './http.js';
import { dropPart, ifRange, readValidator, sameVersion, validatorOf, writeValidator } from './validator.js';
import { fileLooksLikeHtml, isHtmlContentType, webPageError } from './web-page.js';
import type { DownloadProgress, DownloadProgressFactory } from './download-progress.js';
import { receive, TooLargeError, WriteError } from './receive.js';
import { RetriesExhausted, withRetries } from './retry.js';

export interface DownloadRequest {
  url: string;
  destDir: string;
  fileName: string;
  checksum?: Checksum | null;
  /** Size announced by the API, if any. */
  size?: number | null;
  /** ISO date of the publisher's last change: stamped on the file to recognise it next time. */
  lastModified?: string;
}

export interface DownloadOptions {
  network: NetworkOptions;
  progress?: DownloadProgressFactory;
  log?: (line: string) => void;
}

export interface DownloadResult {
  path: string;
  /** `unchanged`: an identical file was already there, nothing was downloaded. */
  status: 'downloaded' | 'unchanged';
  /** Bytes of the file on disk. */
  bytes: number;
  /** Whether part of the file came from an earlier, interrupted attempt. */
  resumed: boolean;
  /** How many HTTP attempts were made (0 when unchanged). */
  attempts: number;
}

/** `<dest>/.<name>.part`: hidden, so that an import of the folder never picks it up. */
export function partPath(destDir: string, fileName: string): string {
  return path.join(destDir, `.${fileName}.part`);
}

function sizeOf(filePath: string): number | null {
  try {
    return fs.statSync(filePath).size;
  } catch {
    return null;
  }
}

function validDate(iso: string | undefined): Date | null {
  if (!iso) return null;
  const date = new Date(iso);
  return Number.isNaN(date.getTime()) ? null : date;
}

/** True when the file at `target` is known to be the published one. */
async function isIdentical(target: string, request: DownloadRequest): Promise<boolean> {
  const size = sizeOf(target);
  if (size === null) return false;
  if (request.checksum) return matchesChecksum(target, request.checksum);
  // Without a checksum: same size and the publisher's date we stamped on it last time.
  const published = validDate(request.lastModified);
  if (request.size == null || published === null || size !== request.size) return false;
  return Math.abs(fs.statSync(target).mtimeMs - published.getTime()) < 1000;
}

const quietDownload: DownloadProgress = { start() {}, update() {}, stop() {} };

/** One HTTP attempt, appending to the .part file when the server honours the Range. */
async function attempt(
  request: DownloadRequest,
  part: string,
  options: DownloadOptions,
  deadlineAt?: number,
): Promise<{ resumed: boolean }> {
  // Resume only a .part whose version is known, and only if the server still has that version.
  const stored = readValidator(part, request.url);
  if (!stored) dropPart(part);
  const offset = sizeOf(part) ?? 0;
  const headers: Record<string, string> =
    offset > 0 && stored ? { range: `bytes=${offset}-`, 'if-range': ifRange(stored) } : {};
  const deadline = deadlineAt !== undefined ? { deadlineAt, deadlineMs: options.network.deadlineMs ?? 0 } : {};
  const { response, url, status } = await openUrl(request.url, {
    network: options.network,
    headers,
    acceptStatuses: [416],
    ...deadline,
  });
  if (status === 416) {
    // The .part is not a prefix the server recognises: start again from zero next time.
    response.resume();
    dropPart(part);
    throw new NetworkError(url, 'ERANGE');
  }
  if (isHtmlContentType(response.headers)) {
    response.resume();
    dropPart(part);
    throw webPageError(request.url, request.fileName);
  }
  const range = /^bytes (\d+)-/.exec(String(response.headers['content-range'] ?? ''));
  const resumed =
    status === 206 &&
    range !== null &&
    Number(range[1]) === offset &&
    stored !== null &&
    sameVersion(stored, response.headers);
  if (status === 206 && !resumed) {
    // Another version (a server ignoring If-Range) or another offset: never append it.
    response.resume();
    dropPart(part);
    throw new NetworkError(url, 'ERANGE');
  }
  if (!resumed) writeValidator(part, validatorOf(request.url, response.headers));
  const start = resumed ? offset : 0;
  const length = Number(response.headers['content-length']);
  const total = Number.isFinite(length) && length >= 0 ? start + length : (request.size ?? null);
  const maxBytes = options.network.maxBytes ?? Infinity;
  if (total !== null && total > maxBytes) {
    response.destroy();
    throw new TooLargeError(url, maxBytes, total);
  }
  const progress = options.progress?.(request.fileName) ?? quietDownload;
  progress.start(total, start);
  try {
    await receive(response, part, resumed, progress, start, maxBytes);
  } catch (err) {
    progress.stop(false);
    // The disk's failures and the cap are not the network's: never retried.
    if (err instanceof WriteError || err instanceof TooLargeError) throw err;
    throw asNetworkError(err, url);
  }
  progress.stop(true);
  const got = sizeOf(part) ?? 0;
  if (Number.isFinite(length) && got !== start + length) throw new NetworkError(url, 'ECONNRESET');
  return { resumed };
}

/** Downloads with retries; returns how many attempts were made and whether it resumed. */
async function downloadToPart(request: DownloadRequest, part: string, options: DownloadOptions) {
  let attempts = 0;
  let resumed = false;
  const deadlineMs = options.network.deadlineMs;
  const deadlineAt = deadlineMs !== undefined ? Date.now() + deadlineMs : undefined;
  try {
    await withRetries(
      async (n) => {
        attempts = n;
        resumed = (await attempt(request, part, options, deadlineAt)).resumed || resumed;
      },
      {
        ...options.network,
        onRetry: (err, n, delayMs) => {
          const kept = sizeOf(part);
          const resume = kept ? ` ; reprise à ${kept} octets` : '';
          options.log?.(
            `Nouvel essai dans ${delayMs / 1000} s (échec n° ${n} : ${fetchUserError(err).message}${resume})`,
          );
        },
      },
    );
  } catch (err) {
    if (err instanceof RetriesExhausted) {
      const last = err.lastError;
      if (last instanceof WriteError || last instanceof TooLargeError) throw unwritten(request, part, last);
      if (last instanceof NetworkError && last.code === DEADLINE_CODE) {
        throw new UserError(
          `le téléchargement de ${request.fileName} n'est pas terminé après ${formatSeconds(last.timeoutMs ?? 0)} (${formatNumber(sizeOf(part) ?? 0)} octets reçus) : le serveur est trop lent. Réessayez plus tard ou allongez la limite avec --deadline (adresse : ${request.url}).`,
        );
      }
      throw fetchUserError(last, err.attempts);
    }
    throw err;
  }
  return { attempts, resumed };
}

/** A download stopped by the disk or by the size cap: its .part removed, said in French. */
function unwritten(request: DownloadRequest, part: string, err: WriteError | TooLargeError): UserError {
  dropPart(part);
  const removed = 'Le fichier partiel a été supprimé.';
  if (err instanceof TooLargeError) {
    const what =
      err.announced !== null ? `le serveur annonce ${formatSize(err.announced)}` : 'le serveur envoie davantage';
    return new UserError(
      `${request.fileName} dépasse la taille maximale d'un téléchargement (${formatSize(err.maxBytes)}) : ${what}. ${removed} Si ce fichier est attendu, relevez la limite avec --max-size (adresse : ${request.url}).`,
    );
  }
  if (isDiskFull(err.cause)) return diskFullError(err.cause, `téléchargement de ${request.fileName}`, removed);
  return (
    fileSystemError(err.cause) ??
    new UserError(`impossible d'écrire ${part} (${err.cause.code ?? err.message}). ${removed}`)
  );
}

/** Refuses, before any download, a destination that is a file or a file name taken by a folder. */
function checkDestination(destDir: string, target: string): void {
  if (fs.existsSync(destDir) && !fs.statSync(destDir).isDirectory()) {
    throw new UserError(
      `la destination ${destDir} existe et n'est pas un dossier : choisissez un dossier avec --dest.`,
    );
  }
  if (fs.existsSync(target) && fs.statSync(target).isDirectory()) {
    throw new UserError(
      `${target} est un dossier : le fichier téléchargé ne peut pas y être écrit ; déplacez ce dossier ou choisissez une autre destination avec --dest.`,
    );
  }
}

/** Downloads `request.url` to `destDir/fileName`; see the module comment. */
export async function downloadFile(request: DownloadRequest, options: DownloadOptions): Promise<DownloadResult> {
  const target = path.join(request.destDir, request.fileName);
  const part = partPath(request.destDir, request.fileName);
  checkDestination(request.destDir, target);
  fs.mkdirSync(request.destDir, { recursive: true });
  if (await isIdentical(target, request)) {
    return { path: target, status: 'unchanged', bytes: sizeOf(target) ?? 0, resumed: false, attempts: 0 };
  }
  let { attempts, resumed } = await downloadToPart(request, part, options);
  if (fileLooksLikeHtml(part)) {
    dropPart(part);
    throw webPageError(request.url, request.fileName);
  }
  const checksum = request.checksum;
  if (checksum && !(await matchesChecksum(part, checksum))) {
    // A resumed file may have glued two versions together: one clean download settles it.
    if (resumed) {
      dropPart(part);
      options.log?.(
        `${request.fileName} : somme de contrôle incorrecte après reprise, nouveau téléchargement complet.`,
      );
      const again = await downloadToPart(request, part, options);
      attempts += again.attempts;
      resumed = false;
    }
    if (!(await matchesChecksum(part, checksum))) {
      const actual = await hashFile(part, checksum.type);
      dropPart(part);
      throw new UserError(
        `le fichier téléchargé ${request.fileName} est corrompu : sa somme de contrôle ${checksum.type} (${actual}) ne correspond pas à celle publiée (${checksum.value}). Le fichier a été supprimé ; réessayez plus tard. Adresse : ${request.url}`,
      );
    }
  }
  fs.renameSync(part, target);
  dropPart(part);
  const published = validDate(request.lastModified);
  if (published) fs.utimesSync(target, published, published);
  return { path: target, status: 'downloaded', bytes: sizeOf(target) ?? 0, resumed, attempts };
}
