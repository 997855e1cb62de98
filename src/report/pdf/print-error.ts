// The printing's failures as French sentences. Kept apart from print.ts so that the build's thread
// can map a failed printing thread without loading playwright-core.
import fs from 'node:fs';
import os from 'node:os';
import { UserError, diskFullError, isDiskFull } from '../../errors.js';

/** Below this, Chromium cannot start: its profile alone takes several megabytes. */
const MIN_TEMP_BYTES = 16 * 1024 * 1024;

function tempSpaceLow(): boolean {
  try {
    const stats = fs.statfsSync(os.tmpdir());
    return stats.bavail * stats.bsize < MIN_TEMP_BYTES;
  } catch {
    return false;
  }
}

/** The errno met writing into TMPDIR ('EROFS', 'EACCES'), or null when it can be written to. */
function tempUnwritable(): string | null {
  try {
    fs.accessSync(os.tmpdir(), fs.constants.W_OK);
    return null;
  } catch (err) {
    return String((err as { code?: unknown }).code ?? 'EACCES');
  }
}

const tempNote = () =>
  `dossier temporaire ${os.tmpdir()}, où Chromium écrit son profil ; TMPDIR permet d'en choisir un autre`;

/**
 * Any failure of the printing as one French sentence, whatever Chromium's wording (a full TMPDIR
 * shows as « Read failed », « Target closed », a crash…). A full disk met while writing a PDF
 * keeps its errno: the build names its output folder.
 */
export function printingError(
  err: unknown,
  failed = "l'impression des PDF par Chromium a échoué",
  tempLow = tempSpaceLow(),
): Error {
  if (err instanceof UserError) return err;
  const path = (err as { path?: unknown } | null)?.path;
  if (isDiskFull(err) && typeof path === 'string') return err as Error;
  // A read-only TMPDIR is not a full one: said as such (issue 25 point 27).
  const unwritable = tempUnwritable();
  if (unwritable)
    return new UserError(
      `${failed} : le dossier temporaire ${os.tmpdir()}, où Chromium écrit son profil, n'accepte pas l'écriture (${unwritable === 'EROFS' ? 'système de fichiers en lecture seule' : unwritable}) ; choisissez-en un autre avec TMPDIR.`,
    );
  if (isDiskFull(err) || tempLow) return diskFullError(err, tempNote());
  const said = (err instanceof Error ? err.message : String(err)).split('\n')[0];
  return new UserError(`${failed} (message de Chromium : « ${said} »)`);
}
