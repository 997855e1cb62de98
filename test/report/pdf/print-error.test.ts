// Every failure of the printing becomes one French sentence, whatever Chromium says (issue 25, 0).
import { spawnSync } from 'node:child_process';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { UserError } from '../../../src/errors.js';
import { printingError } from '../../../src/report/pdf/print-error.js';

describe('printingError', () => {
  it('blames TMPDIR when it is short of room, whatever Chromium’s wording', () => {
    for (const said of [
      'page.pdf: Protocol error (IO.read): Read failed',
      'Target page, context or browser has been closed',
    ])
      expect(printingError(new Error(said), 'échec', true).message).toMatch(
        /^disque plein : .*dossier temporaire .*TMPDIR/,
      );
  });

  it('turns an unknown Chromium failure into a French sentence quoting it', () => {
    const err = printingError(
      new Error('page.pdf: Protocol error (IO.read): Read failed\n    at worker'),
      undefined,
      false,
    );
    expect(err).toBeInstanceOf(UserError);
    expect(err.message).toBe(
      "l'impression des PDF par Chromium a échoué (message de Chromium : « page.pdf: Protocol error (IO.read): Read failed »)",
    );
  });

  it('keeps a full output disk’s errno (the build names its output folder) and French messages as they are', () => {
    const full = Object.assign(new Error('ENOSPC: no space left on device, write'), {
      code: 'ENOSPC',
      path: 'out/a.pdf',
    });
    expect(printingError(full, undefined, false)).toBe(full);
    const french = new UserError('impression de a.pdf : requête bloquée');
    expect(printingError(french, undefined, true)).toBe(french);
  });
});

// A read-only TMPDIR (issue 25 point 27) was reported as « disque plein »: a read-only tmpfs in a
// private mount namespace (unshare, no root needed), the message read from a child process.
const canMount =
  spawnSync('unshare', ['-rm', 'sh', '-c', 'mount -t tmpfs -o ro,size=64k tmpfs /mnt'], { encoding: 'utf8' }).status ===
  0;
describe.skipIf(!canMount)('printingError with a read-only TMPDIR', () => {
  it('says TMPDIR cannot be written to, not « disque plein »', () => {
    const module = path.resolve('dist/report/pdf/print-error.js');
    const script = `import(${JSON.stringify(module)}).then((m) => console.log(m.printingError(new Error('Target page, context or browser has been closed'), undefined, true).message))`;
    const r = spawnSync(
      'unshare',
      [
        '-rm',
        'sh',
        '-c',
        'mount -t tmpfs -o ro,size=64k tmpfs /mnt && TMPDIR=/mnt "$@"',
        'sh',
        process.execPath,
        '-e',
        script,
      ],
      { encoding: 'utf8' },
    );
    expect(r.stdout).toContain(
      "le dossier temporaire /mnt, où Chromium écrit son profil, n'accepte pas l'écriture (système de fichiers en lecture seule)",
    );
    expect(r.stdout).not.toContain('disque plein');
  });
});
