// Where the store is, without loading DuckDB: every command resolves it, few open it.
import fs from 'node:fs';
import path from 'node:path';
import { UserError } from '../errors.js';

export const DEFAULT_STORE_PATH = path.join('data', 'territrade.duckdb');

/**
 * `--store` wins, then TERRITRADE_STORE, then data/territrade.duckdb. An empty name is refused
 * (it names no file), and so is an existing path that is not a regular file: DuckDB would wait
 * forever on a named pipe (FIFO) or a device.
 */
export function resolveStorePath(option?: string): string {
  const env = process.env['TERRITRADE_STORE'];
  if (option === '')
    throw new UserError('--store est vide : indiquez le chemin de la base (ex. --store data/territrade.duckdb).');
  if (option === undefined && env === '') {
    throw new UserError(
      'la variable TERRITRADE_STORE est définie mais vide : donnez-lui le chemin de la base, ou retirez-la (unset TERRITRADE_STORE) pour utiliser data/territrade.duckdb.',
    );
  }
  const storePath = option ?? env ?? DEFAULT_STORE_PATH;
  checkStoreFile(storePath);
  return storePath;
}

/** A French error when `storePath` exists but is not a regular file (a symbolic link is followed). */
export function checkStoreFile(storePath: string): void {
  let stat: fs.Stats;
  try {
    stat = fs.statSync(storePath);
  } catch {
    return; // absent (or a dangling link): the commands say so, or create it
  }
  if (stat.isFile()) return;
  const what = stat.isDirectory()
    ? 'un dossier'
    : stat.isFIFO()
      ? 'un tube nommé (FIFO)'
      : stat.isSocket()
        ? 'une socket'
        : stat.isCharacterDevice() || stat.isBlockDevice()
          ? 'un périphérique'
          : 'un fichier spécial';
  throw new UserError(
    `la base ${storePath} est ${what}, pas un fichier ordinaire : indiquez le chemin d'un fichier de base DuckDB (--store).`,
  );
}
