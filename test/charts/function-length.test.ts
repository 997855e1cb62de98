// The chart renderers stay split into layout → marks → description → table: no function of
// src/charts is longer than 80 lines.
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { longFunctions } from '../helpers/function-length.js';

describe('function length in src/charts', () => {
  it('has no function over 80 lines', () => {
    expect(longFunctions('src/charts', 80)).toEqual([]);
  });

  it('finds a long function, arrow or method', () => {
    const dir = mkdtempSync(join(tmpdir(), 'fnlen-'));
    const body = Array.from({ length: 81 }, (_, i) => `  const v${i} = ${i};`).join('\n');
    writeFileSync(join(dir, 'a.ts'), `export function long() {\n${body}\n}\nconst short = () => 1;\n`);
    writeFileSync(join(dir, 'b.ts'), `class C {\n  m() {\n${body}\n  }\n}\nexport const f = () => {\n${body}\n};\n`);
    expect(longFunctions(dir, 80).map((f) => [f.name, f.lines])).toEqual([
      ['long', 83],
      ['m', 83],
      ['f', 83],
    ]);
  });
});
