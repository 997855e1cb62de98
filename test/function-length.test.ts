// Functions stay short: no function of src/ is longer than 80 lines (the chart renderers split
// into layout → marks → description → table, the rest into named steps).
import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { longFunctions } from './helpers/function-length.js';
import { tempDir } from './helpers/temp-dir.js';

describe('function length in src', () => {
  it('has no function over 80 lines', () => {
    const long = longFunctions('src', 80);
    expect(long.map((f) => `${f.file}:${f.line} ${f.name} (${f.lines} lines)`)).toEqual([]);
  });

  it('finds a long function, arrow or method', () => {
    const dir = tempDir('fnlen-');
    try {
      const body = Array.from({ length: 81 }, (_, i) => `  const v${i} = ${i};`).join('\n');
      fs.writeFileSync(path.join(dir, 'a.ts'), `export function long() {\n${body}\n}\nconst short = () => 1;\n`);
      fs.writeFileSync(
        path.join(dir, 'b.ts'),
        `class C {\n  m() {\n${body}\n  }\n}\nexport const f = () => {\n${body}\n};\n`,
      );
      expect(longFunctions(dir, 80).map((f) => [f.name, f.lines])).toEqual([
        ['long', 83],
        ['m', 83],
        ['f', 83],
      ]);
    } finally {
      fs.rmSync(dir, { recursive: true, force: true });
    }
  });
});
