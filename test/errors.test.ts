// An error crossing a worker thread's message port (the demo history's and the printing's threads).
import { MessageChannel } from 'node:worker_threads';
import { describe, expect, it } from 'vitest';
import { fileSystemError, fromThreadError, toThreadError, UserError, type ThreadError } from '../src/errors.js';

/** Posts the message through a real port, as a worker does: only what survives structured cloning arrives. */
async function throughPort(m: ThreadError): Promise<ThreadError> {
  const { port1, port2 } = new MessageChannel();
  const received = new Promise<ThreadError>((resolve) => port2.once('message', resolve));
  port1.postMessage(m);
  const out = await received;
  port1.close();
  port2.close();
  return out;
}

describe('errors across a worker thread', () => {
  it('keeps a UserError one, with its French message and exit code', async () => {
    const back = fromThreadError(await throughPort(toThreadError(new UserError('disque plein : /tmp', 3))));
    expect(back).toBeInstanceOf(UserError);
    expect(back.message).toBe('disque plein : /tmp');
    expect((back as UserError).exitCode).toBe(3);
  });

  it('keeps another error’s message, stack and code, with exit code 1', async () => {
    const err: NodeJS.ErrnoException = new Error('ENOSPC: no space left on device');
    err.code = 'ENOSPC';
    const sent = toThreadError(err);
    expect(sent).toMatchObject({ kind: 'error', user: false, exitCode: 1 });
    const back = fromThreadError(await throughPort(sent)) as NodeJS.ErrnoException;
    expect(back).not.toBeInstanceOf(UserError);
    expect(back.message).toBe('ENOSPC: no space left on device');
    expect(back.code).toBe('ENOSPC');
    expect(back.stack).toBe(err.stack);
  });

  it('turns a thrown non-error into an error with its text', () => {
    expect(fromThreadError(toThreadError('boom')).message).toBe('boom');
  });
});

// Issue 25 points 17 and 26: EROFS and ENAMETOOLONG reached the user as raw English lines.
describe('fileSystemError', () => {
  const errno = (code: string, file: string) => Object.assign(new Error(`${code}: x`), { code, path: file });

  it('tells a read-only file system in French, naming the path', () => {
    expect(fileSystemError(errno('EROFS', 'out/index.html'))?.message).toBe(
      "système de fichiers en lecture seule : impossible d'écrire (out/index.html). Choisissez un dossier où écrire, puis relancez.",
    );
  });

  it('names the folder a temporary folder was to be made in, not mkdtemp’s template', () => {
    expect(fileSystemError(errno('EROFS', '/mnt/.x.tmp-32183-XXXXXX'))?.message).toBe(
      "système de fichiers en lecture seule : impossible d'écrire (/mnt). Choisissez un dossier où écrire, puis relancez.",
    );
  });

  it('tells a name too long in French, the path cut', () => {
    const message = fileSystemError(errno('ENAMETOOLONG', 'a'.repeat(300)))!.message;
    expect(message).toMatch(/^nom de fichier trop long pour le système de fichiers \(a{120}…\)/);
  });

  it('leaves other errors alone', () => {
    expect(fileSystemError(errno('EIO', 'x'))).toBeNull();
    expect(fileSystemError(null)).toBeNull();
  });
});
