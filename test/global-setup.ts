// Builds the full demo store once per test run (generation + import take several seconds);
// tests that need it read its path with `inject('demoStore')` and open it read-only.
import fs from 'node:fs';
import path from 'node:path';
import type { TestProject } from 'vitest/node';
import { writeDemoArchives } from '../src/demo/archive.js';
import { DEMO_DEFAULT_SEED } from '../src/demo/targets.js';
import { importFiles } from '../src/store/import/import-files.js';
import { Store } from '../src/store/store.js';
import { tempDir } from './helpers/temp-dir.js';

declare module 'vitest' {
  export interface ProvidedContext {
    demoStore: string;
    demoDir: string;
  }
}

let dir: string | undefined;

export async function setup(project: TestProject): Promise<void> {
  dir = tempDir('territrade-demo-');
  const archives = await writeDemoArchives({ dir, year: 2024, seed: DEMO_DEFAULT_SEED });
  const storePath = path.join(dir, 'demo.duckdb');
  const store = await Store.open(storePath);
  try {
    await importFiles(store, archives);
  } finally {
    store.close();
  }
  project.provide('demoStore', storePath);
  project.provide('demoDir', dir);
}

export function teardown(): void {
  if (dir) fs.rmSync(dir, { recursive: true, force: true });
}
