import path from 'node:path';

/** An error caused by the user's input or environment: printed as one French message, no stack. */
export class UserError extends Error {
  constructor(
    message: string,
    readonly exitCode = 1,
  ) {
    super(message);
    this.name = 'UserError';
  }
}

/** ENOSPC (no space left) or EDQUOT (quota exceeded), wherever it was thrown. */
export function isDiskFull(err: unknown): boolean {
  const code = (err as { code?: unknown } | null)?.code;
  if (code === 'ENOSPC' || code === 'EDQUOT') return true;
  return err instanceof Error && /\bENOSPC\b|no space left on device/i.test(err.message);
}

/**
 * The French sentence for a full disk. `where` names what was being written (a folder, TMPDIR);
 * the errno's own path is added when it has one.
 */
export function diskFullError(err: unknown, where?: string, note = ''): UserError {
  const target = [where, failedPath(err)].filter(Boolean).join(', ');
  const error = new UserError(
    `disque plein : plus de place pour écrire${target ? ` (${target})` : ''}. Libérez de la place ou choisissez un autre dossier, puis relancez.${note ? ` ${note}` : ''}`,
  );
  // Kept so that a caller who knows better can say which folder was full (diskFullCause).
  error.cause = err;
  return error;
}

/** The file a failed write names: the errno's path, or the one DuckDB quotes (`Could not write file "…"`). */
export function failedPath(err: unknown): string | null {
  const file = (err as { path?: unknown } | null)?.path;
  if (typeof file === 'string') return file;
  const duck = err instanceof Error ? /\bfile "([^"]+)"/.exec(err.message) : null;
  return duck ? duck[1]! : null;
}

/** The original error of a full disk, also behind the French sentence of diskFullError; null for any other error. */
export function diskFullCause(err: unknown): unknown {
  if (err instanceof UserError) return err.cause !== undefined && isDiskFull(err.cause) ? err.cause : null;
  return isDiskFull(err) ? err : null;
}

/**
 * Errors of the file system the user chose (read-only, a name too long), wherever they were
 * thrown: one French sentence naming the path, or null for anything else.
 */
export function fileSystemError(err: unknown): UserError | null {
  // DuckDB says it without an errno: 'IO Error: Cannot open file "…": Read-only file system'.
  const duck = err instanceof Error ? /file "([^"]+)": Read-only file system/.exec(err.message) : null;
  const e = (duck ? { code: 'EROFS', path: duck[1]!.replace(/\.creating-\d+$/, '') } : err) as {
    code?: unknown;
    path?: unknown;
  } | null;
  // mkdtemp names its template ('out/.site.tmp-12-XXXXXX'), a file that never existed: say the
  // folder it was to be made in.
  const where = typeof e?.path !== 'string' ? null : /XXXXXX$/.test(e.path) ? path.dirname(e.path) : e.path;
  const file = where === null ? '' : ` (${where.length > 120 ? `${where.slice(0, 120)}…` : where})`;
  if (e?.code === 'EROFS')
    return new UserError(
      `système de fichiers en lecture seule : impossible d'écrire${file}. Choisissez un dossier où écrire, puis relancez.`,
    );
  if (e?.code === 'ENAMETOOLONG')
    return new UserError(
      `nom de fichier trop long pour le système de fichiers${file}. Choisissez un nom plus court, puis relancez.`,
    );
  return null;
}

/** An error as a worker thread posts it: a UserError keeps its French message and exit code. */
export interface ThreadError {
  kind: 'error';
  message: string;
  user: boolean;
  exitCode: number;
  stack?: string;
  code?: string;
}

/** What a worker thread posts when it fails. */
export function toThreadError(err: unknown): ThreadError {
  const e = err instanceof Error ? err : new Error(String(err));
  const user = err instanceof UserError;
  return {
    kind: 'error',
    message: e.message,
    user,
    exitCode: user ? err.exitCode : 1,
    stack: e.stack,
    code: (e as NodeJS.ErrnoException).code,
  };
}

/** The thread's error, rebuilt on the receiving side: a UserError stays one (its French message is the one shown). */
export function fromThreadError(m: ThreadError): Error {
  if (m.user) return new UserError(m.message, m.exitCode);
  const err: NodeJS.ErrnoException = new Error(m.message);
  if (m.stack) err.stack = m.stack;
  if (m.code) err.code = m.code;
  return err;
}
