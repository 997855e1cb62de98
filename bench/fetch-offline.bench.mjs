// `territrade fetch` with no network (issue 24 point 7; goal: it gives up within 5 s and prints
// the manual procedure). Every source is on an `.invalid` host (RFC 2606), which never resolves:
// what a machine without network sees. Run after `npm run build`.
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';

const GOAL_S = 5;
const root = path.resolve(path.dirname(new URL(import.meta.url).pathname), '..');
const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'territrade-bench-offline-'));
try {
  const sources = path.join(dir, 'sources.json');
  // The shipped sources, their web pages moved to an unresolvable host (the API is, below).
  const shipped = JSON.parse(fs.readFileSync(path.join(root, 'reference-data/sources-dgddi.json'), 'utf8'));
  for (const source of shipped.sources)
    if (source.url) source.url = source.url.replace(/^https?:\/\/[^/]+/, 'http://www.douane.bench.invalid');
  fs.writeFileSync(sources, JSON.stringify(shipped));
  const t = performance.now();
  const r = spawnSync(process.execPath, [path.join(root, 'dist/cli.js'), 'fetch', '--no-import', '--dest', dir], {
    encoding: 'utf8',
    env: {
      ...process.env,
      TERRITRADE_DATAGOUV_API: 'http://www.data.bench.invalid',
      TERRITRADE_DGDDI_SOURCES: sources,
    },
  });
  const seconds = (performance.now() - t) / 1000;
  const manual = r.stderr.includes('territrade import');
  console.log(
    `fetch sans réseau : sortie ${r.status} en ${seconds.toFixed(2)} s, procédure manuelle ${manual ? 'affichée' : 'ABSENTE'} ; objectif ≤ ${GOAL_S} s : ${seconds <= GOAL_S && manual ? 'atteint' : 'NON atteint'}`,
  );
} finally {
  fs.rmSync(dir, { recursive: true, force: true });
}
