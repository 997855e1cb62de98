// Every test file that injects the demo store is in the "demo-store" project (which builds it),
// and no helper module injects it behind a test file's back.
import { readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { expect, it } from 'vitest';
import { DEMO_STORE_TESTS } from './demo-store-tests.js';

const ROOT = join(import.meta.dirname, '..');

function tsFiles(dir: string): string[] {
  return readdirSync(dir, { recursive: true, encoding: 'utf8' })
    .filter((f) => f.endsWith('.ts'))
    .map((f) => relative(ROOT, join(dir, f)).split('\\').join('/'))
    .sort();
}

it('lists exactly the test files that inject the demo store', () => {
  const files = tsFiles(join(ROOT, 'test'));
  const code = (f: string) => readFileSync(join(ROOT, f), 'utf8').replace(/^\s*(\/\/|\*).*$/gm, '');
  const injecting = files.filter((f) => /\binject\(\s*'demo/.test(code(f)));
  expect(injecting.length).toBeGreaterThan(0);
  expect(
    injecting.filter((f) => !f.endsWith('.test.ts')),
    'only test files may inject the store',
  ).toEqual([]);
  expect(injecting, 'update test/demo-store-tests.ts').toEqual([...DEMO_STORE_TESTS].sort());
});
