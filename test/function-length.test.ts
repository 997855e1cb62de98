// Functions stay short: no function of src/ is longer than 80 lines (src/charts has its own test,
// test/charts/function-length.test.ts, which also checks that the finder finds long functions).
import { describe, expect, it } from 'vitest';
import { longFunctions } from './helpers/function-length.js';

describe('function length in src', () => {
  it('has no function over 80 lines outside src/charts', () => {
    const long = longFunctions('src', 80).filter((f) => !f.file.startsWith('src/charts/'));
    expect(long.map((f) => `${f.file}:${f.line} ${f.name} (${f.lines} lines)`)).toEqual([]);
  });
});
