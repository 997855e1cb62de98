// What the build and position benches share: the compiled modules, a demo store to measure on
// (generated in a temporary folder unless one is given), steps run in child processes, and the
// timing of one `build` run.
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';

const dist = new URL('../../dist/', import.meta.url);

/** A module of dist/ (run `npm run build` first): mod('pipeline/build.js'). */
export const mod = (p) => import(new URL(p, dist).href);

/**
 * Runs fn(store, tmp) with a temporary folder `tmp` and a store: `storeArg` when given, else a
 * full demo year (2024, default seed) generated and imported into tmp. The folder is removed after.
 */
export async function withDemoStore(prefix, storeArg, fn) {
  const tmp = fs.mkdtempSync(path.join(os.tmpdir(), prefix));
  try {
    let store = storeArg;
    if (!store) {
      const { writeDemoArchives } = await mod('demo/archive.js');
      const { DEMO_DEFAULT_SEED } = await mod('demo/targets.js');
      const { importFiles } = await mod('store/import/import-files.js');
      const { Store } = await mod('store/store.js');
      const archives = await writeDemoArchives({ dir: tmp, year: 2024, seed: DEMO_DEFAULT_SEED });
      store = path.join(tmp, 'demo.duckdb');
      const s = await Store.open(store);
      try {
        await importFiles(s, archives);
      } finally {
        s.close();
      }
    }
    return await fn(store, tmp);
  } finally {
    fs.rmSync(tmp, { recursive: true, force: true });
  }
}

/** Runs `script step store out` in a child process (its own peak memory) and returns the JSON of its last line. */
export function runStep(script, step, store, out) {
  const r = spawnSync(process.execPath, [new URL(script).pathname, step, store, out ?? ''], { encoding: 'utf8' });
  if (r.status !== 0) throw new Error(`${step} : ${r.stderr}`);
  return JSON.parse(r.stdout.trim().split('\n').pop());
}

/** One `territrade build` (2 PDF pages in parallel when pdf), timed: { seconds, report }. */
export async function timeBuild(storePath, outDir, pdf) {
  const { runBuild } = await mod('pipeline/build.js');
  const t = performance.now();
  const report = await runBuild({ storePath, outDir, pdf, jobs: 2, generatedAt: new Date(0) });
  return { seconds: (performance.now() - t) / 1000, report };
}
