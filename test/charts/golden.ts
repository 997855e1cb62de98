// Chart goldens (test/output/<name>.svg): a thin wrapper over the one golden helper,
// test/helpers/golden.ts, which documents the normalisation and the CI rule.
import { assertGolden as assertGoldenFile } from '../helpers/golden.js';

export { normalizeSvg, OUTPUT_DIR } from '../helpers/golden.js';

/** Compares `svg` with the golden file test/output/`name`.svg. */
export function assertGolden(name: string, svg: string): void {
  assertGoldenFile(`${name}.svg`, svg);
}
