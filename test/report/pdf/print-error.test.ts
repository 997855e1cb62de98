// Every failure of the printing becomes one French sentence, whatever Chromium says (issue 25, 0).
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
