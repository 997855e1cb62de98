// The demo history (2019–2024 + the latest publication T2 2024 – T2 2025): time to generate and
// write each step's two ZIPs, then time to import each step into one store, beside the number
// of years the store already holds (goal: import time per year flat in that number), and the
// whole `territrade demo` command as `npm start` runs it.
// Run after `npm run build`: node bench/history.bench.mjs
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';

const dist = new URL('../dist/', import.meta.url);
const mod = (p) => import(new URL(p, dist).href);
const step = process.argv[2];
const fmt = (ms) => `${(ms / 1000).toFixed(2).replace('.', ',')} s`;
const cpuSeconds = (u) => (u.user + u.system) / 1e6;

if (step === 'steps') {
  // Generation, then imports, one after the other in this process (each measured alone).
  const dir = process.argv[3];
  const { writeDemoHistory } = await mod('demo/history-archive.js');
  const { Store } = await mod('store/store.js');
  const { importFiles } = await mod('store/import/import-files.js');
  const written = [];
  let t = performance.now();
  let cpu = process.cpuUsage();
  for await (const s of writeDemoHistory({
    dir: path.join(dir, 'demo'),
    years: [2019, 2020, 2021, 2022, 2023, 2024],
    seed: 42,
    latest: true,
  })) {
    written.push({
      label: s.label,
      paths: s.paths,
      rows: s.rows,
      ms: performance.now() - t,
      cpu: cpuSeconds(process.cpuUsage(cpu)),
    });
    t = performance.now();
    cpu = process.cpuUsage();
  }
  const store = await Store.open(path.join(dir, 'history.duckdb'));
  const imported = [];
  for (const [i, s] of written.entries()) {
    t = performance.now();
    cpu = process.cpuUsage();
    const report = await importFiles(store, s.paths);
    imported.push({
      label: s.label,
      before: i,
      rows: report.rows,
      replaced: report.replacedRows,
      ms: performance.now() - t,
      cpu: cpuSeconds(process.cpuUsage(cpu)),
    });
  }
  store.close();
  console.log(JSON.stringify({ written, imported }));
} else {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'territrade-bench-history-'));
  try {
    const r = spawnSync(process.execPath, [new URL(import.meta.url).pathname, 'steps', dir], {
      encoding: 'utf8',
      maxBuffer: 1 << 24,
    });
    if (r.status !== 0) throw new Error(r.stderr);
    const { written, imported } = JSON.parse(r.stdout.trim().split('\n').pop());
    console.log('Génération et écriture des deux ZIP, par étape (mur ; CPU du processus) :');
    for (const w of written)
      console.log(
        `  ${w.label.padEnd(18)} ${fmt(w.ms)} ; CPU ${w.cpu.toFixed(1).replace('.', ',')} s — ${w.rows.toLocaleString('fr-FR')} lignes`,
      );
    console.log("Import, par étape, selon le nombre d'années déjà dans la base :");
    const perMillion = imported.map((i) => (i.ms / i.rows) * 1e6);
    for (const [k, i] of imported.entries()) {
      console.log(
        `  ${i.label.padEnd(18)} ${i.before} année(s) avant — ${fmt(i.ms)} ; CPU ${i.cpu.toFixed(1).replace('.', ',')} s — ${i.rows.toLocaleString('fr-FR')} lignes (${fmt(perMillion[k])} par million)${i.replaced ? `, ${i.replaced.toLocaleString('fr-FR')} remplacées` : ''}`,
      );
    }
    const cpuPerMillion = imported.map((i) => (i.cpu / i.rows) * 1e6);
    const ratio = (a) => (a[5] / a[0]).toFixed(2).replace('.', ',');
    console.log(
      `Import par million de lignes, 1re puis 6e année : mur ${fmt(perMillion[0])} → ${fmt(perMillion[5])} (ratio ${ratio(perMillion)}) ; CPU ${fmt(cpuPerMillion[0] * 1000)} → ${fmt(cpuPerMillion[5] * 1000)} (ratio ${ratio(cpuPerMillion)}) — objectif : stable, ≈ 1`,
    );
    // The command as `npm start` runs it: generation and import together. Its CPU time (all
    // threads) is read at exit through a preloaded hook.
    const usage = path.join(dir, 'usage.json');
    const hook = path.join(dir, 'usage.cjs');
    fs.writeFileSync(
      hook,
      `process.on('exit', () => require('fs').writeFileSync(${JSON.stringify(usage)}, JSON.stringify(process.resourceUsage())));`,
    );
    const t = performance.now();
    const cli = spawnSync(
      process.execPath,
      [
        '-r',
        hook,
        new URL('cli.js', dist).pathname,
        'demo',
        '--dir',
        path.join(dir, 'cli-demo'),
        '--store',
        path.join(dir, 'cli.duckdb'),
      ],
      { encoding: 'utf8' },
    );
    if (cli.status !== 0) throw new Error(cli.stderr);
    const cliMs = performance.now() - t;
    const ru = JSON.parse(fs.readFileSync(usage, 'utf8'));
    const cliCpu = (ru.userCPUTime + ru.systemCPUTime) / 1e6;
    const rows = imported.reduce((s, i) => s + i.rows, 0);
    console.log(
      `territrade demo (2019–2024 + dernière publication, ${rows.toLocaleString('fr-FR')} lignes) : ${fmt(cliMs)} ; CPU ${cliCpu.toFixed(1).replace('.', ',')} s (${(cliCpu / (cliMs / 1000)).toFixed(2).replace('.', ',')} cœur en moyenne) ; pic mémoire ${(ru.maxRSS / 1024).toFixed(0)} Mo`,
    );
  } finally {
    fs.rmSync(dir, { recursive: true, force: true });
  }
}
