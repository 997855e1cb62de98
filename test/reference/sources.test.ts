import { createHash } from 'node:crypto';
import { readdirSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { readReferenceFile } from '../../src/reference/files.js';

const sources = new TextDecoder().decode(readReferenceFile('SOURCES.md'));
/** `file` → SHA-256 from the tables of SOURCES.md. */
const listed = new Map([...sources.matchAll(/^\| `([^`]+)` \|.*\| `([0-9a-f]{64})` \|$/gm)].map((m) => [m[1]!, m[2]!]));

describe('reference-data/SOURCES.md', () => {
  it('lists every shipped file', () => {
    const files = readdirSync(new URL('../../reference-data/', import.meta.url)).filter(
      (f) => !f.startsWith('.') && f !== 'SOURCES.md',
    );
    for (const f of files) expect(sources, f).toContain('`' + f + '`');
    expect(listed.size).toBe(9);
  });

  it('gives the SHA-256 of each official file, which is unchanged', () => {
    for (const [file, sha] of listed) {
      expect(createHash('sha256').update(readReferenceFile(file)).digest('hex'), file).toBe(sha);
    }
  });
});
