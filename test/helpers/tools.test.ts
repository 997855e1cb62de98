// The rule for missing external programs: fail under CI, skip with a reason elsewhere.
import { describe, expect, it } from 'vitest';
import { toolVerdict, type Tool } from './tools.js';

const present: Tool = { name: 'Chromium', path: '/usr/bin/chromium', howTo: 'apt-get install chromium' };
const absent: Tool = {
  name: 'pdftotext',
  path: null,
  howTo: 'installez poppler-utils (apt-get install poppler-utils)',
};

describe('toolVerdict', () => {
  it('runs the tests when every tool is there, under CI or not', () => {
    for (const env of [{ CI: 'true' }, {}])
      expect(toolVerdict([present], 'PDF', env)).toEqual({ skip: false, failure: null, warning: null });
  });

  it('fails under CI, naming the missing tool and how to get it', () => {
    const v = toolVerdict([present, absent], 'texte des PDF', { CI: 'true' });
    expect(v.skip).toBe(true);
    expect(v.warning).toBeNull();
    expect(v.failure).toBe(
      'texte des PDF : pdftotext introuvable : installez poppler-utils (apt-get install poppler-utils). En CI ces tests ne sont jamais ignorés.',
    );
    expect(v.failure).not.toContain('Chromium');
  });

  it('skips with a printed reason outside CI', () => {
    for (const env of [{}, { CI: 'false' }, { CI: '0' }, { CI: '' }]) {
      const v = toolVerdict([absent], 'texte des PDF', env);
      expect(v).toEqual({
        skip: true,
        failure: null,
        warning:
          'Tests ignorés (texte des PDF) : pdftotext introuvable : installez poppler-utils (apt-get install poppler-utils).',
      });
    }
  });
});
