import fs from 'node:fs';
import path from 'node:path';
import fc from 'fast-check';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { importFiles } from '../../../src/store/import/import-files.js';
import type { Store } from '../../../src/store/store.js';
import { UserError } from '../../../src/errors.js';
import { line, openTempStore, storeFingerprint } from '../../helpers/store.js';
import { tempDir } from '../../helpers/temp-dir.js';

// One column of a valid line replaced by something no rule accepts.
const corruptions: fc.Arbitrary<[number, string]> = fc.oneof(
  fc.constantFrom<[number, string]>(
    [0, 'X'],
    [0, 'e'],
    [1, '0'],
    [1, '5'],
    [1, 'T1'],
    [2, '202'],
    [2, '2O24'],
    [3, '00'],
    [3, '2A'],
    [3, '976'],
    [4, '19'],
    [5, 'C29'],
    [5, 'c29a'],
    [6, '291'],
    [6, '29100'],
    [7, 'D'],
    [7, 'DEU'],
    [8, '-1'],
    [8, '1.5'],
    [8, '1e3'],
    [9, ''],
    [9, 'abc'],
  ),
  fc.tuple(
    fc.integer({ min: 8, max: 9 }),
    fc.string({ minLength: 1, maxLength: 6 }).filter((s) => !/^\d+$/.test(s) && !/[;\r\n]/.test(s)),
  ),
);

describe('property: a corrupted line anywhere in a valid file, whatever its line ends', () => {
  let dir: string;
  let store: Store;
  beforeAll(async () => {
    dir = tempDir();
    store = await openTempStore(dir);
    await importFiles(
      store,
      [path.join(dir, 'seed.txt')].map((p) => (fs.writeFileSync(p, line({ year: '2023' })), p)),
    );
  });
  afterAll(() => {
    store.close();
    fs.rmSync(dir, { recursive: true, force: true });
  });

  it('is refused with its line number, and the store stays exactly as it was', async () => {
    const before = await storeFingerprint(store);
    let run = 0;
    await fc.assert(
      fc.asyncProperty(
        fc.integer({ min: 1, max: 40 }),
        fc.nat(),
        corruptions,
        fc.constantFrom('\n', '\r\n', 'mixed'),
        fc.boolean(),
        async (count, at, [column, value], ends, trailingSemicolon) => {
          const lines = Array.from({ length: count }, (_, i) =>
            line({ quarter: String((i % 4) + 1), value: String(i * 7) }),
          );
          const index = at % count;
          const fields = lines[index]!.split(';');
          fields[column] = value;
          lines[index] = fields.join(';');
          const file = path.join(dir, `Region_2024_Export-${run++}.txt`);
          // Line ends may be mixed and every line may end with ';' (both accepted when valid).
          const end = (i: number) => (ends === 'mixed' ? (i % 3 ? '\n' : '\r\n') : ends);
          fs.writeFileSync(file, lines.map((l, i) => l + (trailingSemicolon ? ';' : '') + end(i)).join(''));
          const error = await importFiles(store, [file]).then(
            () => null,
            (e: unknown) => e,
          );
          expect(error).toBeInstanceOf(UserError);
          expect((error as Error).message).toContain(`${path.basename(file)}:${index + 1}: `);
          expect(await storeFingerprint(store)).toBe(before);
        },
      ),
      { numRuns: 40, seed: 42 },
    );
  });
});
