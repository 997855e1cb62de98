// Import and figures on a full demo year (≥ 1 M rows):
// - import time beside DuckDB alone scanning the same files (SELECT count(*) FROM read_csv), as a ratio (goal ≤ 1.3);
// - figures for all départements, régions and France (goal ≤ 2 s);
// - peak memory of each step, measured in a child process (goal ≤ 500 MB).
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { unzipSync } from 'fflate';
import { DuckDBInstance } from '@duckdb/node-api';

const dist = new URL('../dist/', import.meta.url);
const mod = (p) => import(new URL(p, dist).href);
const step = process.argv[2];
const peak = () => `${(process.resourceUsage().maxRSS / 1024).toFixed(0)} Mo`;

async function scan(files) {
  const instance = await DuckDBInstance.create(':memory:');
  const c = await instance.connect();
  const t = performance.now();
  let rows = 0n;
  for (const f of files) {
    const r = await c.runAndReadAll(`SELECT count(*) FROM read_csv('${f}', delim=';', header=false)`);
    rows += r.getRows()[0][0];
  }
  const elapsed = performance.now() - t;
  c.closeSync();
  instance.closeSync();
  return { elapsed, rows: Number(rows) };
}

/** DuckDB alone copying the files into a table of a database file: the floor of any import. */
async function copyIntoFile(files, dbPath) {
  const instance = await DuckDBInstance.create(dbPath);
  const c = await instance.connect();
  const t = performance.now();
  await c.run('SET preserve_insertion_order = false');
  await c.run(
    `CREATE TABLE t AS SELECT * FROM read_csv([${files.map((f) => `'${f}'`).join(', ')}], delim=';', header=false, all_varchar=true)`,
  );
  await c.run('CHECKPOINT');
  const elapsed = performance.now() - t;
  c.closeSync();
  instance.closeSync();
  return elapsed;
}

if (step === 'import') {
  const [storePath, ...files] = process.argv.slice(3);
  const { Store } = await mod('store/store.js');
  const { importFiles } = await mod('store/import/import-files.js');
  const t = performance.now();
  const store = await Store.open(storePath);
  const report = await importFiles(store, files);
  store.close();
  console.log(JSON.stringify({ elapsed: performance.now() - t, rows: report.rows, peak: peak() }));
} else if (step === 'figures') {
  const { Store } = await mod('store/store.js');
  const { StoreFigures } = await mod('pipeline/figures.js');
  const { allTerritories } = await mod('pipeline/only.js');
  const t = performance.now();
  const store = await Store.open(process.argv[3], { readOnly: true });
  const year = await StoreFigures.load(store);
  const loaded = performance.now() - t;
  const all = allTerritories().map((territory) => year.figures(territory));
  store.close();
  console.log(JSON.stringify({ elapsed: performance.now() - t, loaded, territories: all.length, peak: peak() }));
} else {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'territrade-bench-'));
  try {
    const { writeDemoArchives } = await mod('demo/archive.js');
    const archives = await writeDemoArchives({ dir, year: 2024, seed: 42 });
    const plain = archives.map((zip) => {
      const entries = unzipSync(fs.readFileSync(zip));
      const name = Object.keys(entries).find((n) => /^Region_/.test(n));
      const file = path.join(dir, name);
      fs.writeFileSync(file, entries[name]);
      return file;
    });
    const child = (...args) => {
      const r = spawnSync(process.execPath, [new URL(import.meta.url).pathname, ...args], { encoding: 'utf8' });
      if (r.status !== 0) throw new Error(r.stderr);
      return JSON.parse(r.stdout.trim().split('\n').pop());
    };
    const sizeMb = plain.reduce((s, f) => s + fs.statSync(f).size, 0) / 1e6;
    const duck = await scan(plain);
    const copy = await copyIntoFile(plain, path.join(dir, 'copy.duckdb'));
    const imported = child('import', path.join(dir, 'txt.duckdb'), ...plain);
    const zipped = child('import', path.join(dir, 'zip.duckdb'), ...archives);
    const figures = child('figures', path.join(dir, 'txt.duckdb'));
    console.log(`Fichiers : ${imported.rows.toLocaleString('fr-FR')} lignes, ${sizeMb.toFixed(1)} Mo de TXT`);
    console.log(`DuckDB seul (count(*) sur read_csv) : ${duck.elapsed.toFixed(0)} ms`);
    console.log(
      `DuckDB seul (copie dans une table d'une base fichier, sans contrôle) : ${copy.toFixed(0)} ms — ratio ${(copy / duck.elapsed).toFixed(2)}`,
    );
    console.log(
      `Import des TXT : ${imported.elapsed.toFixed(0)} ms — ratio ${(imported.elapsed / duck.elapsed).toFixed(2)} (objectif ≤ 1,3) ; ${(imported.elapsed / copy).toFixed(2)} × la copie seule — pic mémoire ${imported.peak}`,
    );
    console.log(
      `Import des ZIP (dézippage compris) : ${zipped.elapsed.toFixed(0)} ms — ratio ${(zipped.elapsed / duck.elapsed).toFixed(2)} — pic mémoire ${zipped.peak}`,
    );
    console.log(
      `Indicateurs des ${figures.territories} territoires : ${figures.elapsed.toFixed(0)} ms dont ${figures.loaded.toFixed(0)} ms de lecture (objectif ≤ 2 000 ms) — pic mémoire ${figures.peak}`,
    );
  } finally {
    fs.rmSync(dir, { recursive: true, force: true });
  }
}
