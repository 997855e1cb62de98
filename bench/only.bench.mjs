// `build --only 42` with its PDF against `figures 42`, alternated in the same run (issue 24
// point 2: goal ≤ 2,5 ×): on a folder that already holds the full site (120 fiches, built first
// without PDF, not timed), and into an empty folder. Each run is a `territrade` process, as an
// analyst types it. Checks after the runs on the full site that the 119 other fiches are unchanged.
// Store: --store FILE, else a demo history (`territrade demo`, 2019–2024 and the latest
// publication) generated in a temporary folder, not timed. --site DIR: a full site built from that
// store to start from (copied), instead of building one. TERRITRADE_BENCH_RUNS alternations (default 3).
// Run after `npm run build`: node bench/only.bench.mjs [--store base] [--site dossier]
import { spawnSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';

const cli = new URL('../dist/cli.js', import.meta.url).pathname;
const arg = (name) => {
  const at = process.argv.indexOf(name);
  return at > 0 ? process.argv[at + 1] : undefined;
};
const runs = Number(process.env.TERRITRADE_BENCH_RUNS ?? 3);
const tmp = fs.mkdtempSync(path.join(os.tmpdir(), 'territrade-bench-only-'));
const fmt = (s, d = 2) => s.toFixed(d).replace('.', ',');
const median = (xs) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];

const timeTool = fs.existsSync('/usr/bin/time') ? '/usr/bin/time' : null;

/**
 * One territrade process: its wall time in seconds, and its processor time (user and system, its
 * children's included: Chromium's) read from /usr/bin/time when there is one.
 */
function run(args) {
  const t = performance.now();
  const r = timeTool
    ? spawnSync(timeTool, ['-f', 'cpu %U %S', process.execPath, cli, ...args], { encoding: 'utf8', maxBuffer: 1 << 28 })
    : spawnSync(process.execPath, [cli, ...args], { encoding: 'utf8', maxBuffer: 1 << 28 });
  if (r.status !== 0) throw new Error(`${args.join(' ')} : ${r.stderr}`);
  const cpu = /cpu ([\d.]+) ([\d.]+)\s*$/.exec(r.stderr);
  return { wall: (performance.now() - t) / 1000, cpu: cpu ? Number(cpu[1]) + Number(cpu[2]) : NaN };
}

/** The fiches of a site (path → sha256), the Loire's left out. */
function otherFiches(site) {
  const out = new Map();
  for (const dir of ['departements', 'regions', '.']) {
    for (const name of fs.readdirSync(path.join(site, dir))) {
      const rel = path.posix.join(dir, name);
      if (
        !/\.(html|pdf)$/.test(name) ||
        rel.startsWith('departements/42-') ||
        (dir === '.' && !name.startsWith('france.'))
      )
        continue;
      out.set(
        rel,
        createHash('sha256')
          .update(fs.readFileSync(path.join(site, rel)))
          .digest('hex'),
      );
    }
  }
  return out;
}

try {
  const store = arg('--store') ?? path.join(tmp, 'demo.duckdb');
  if (!arg('--store')) run(['demo', '--dir', path.join(tmp, 'demo'), '--store', store]);
  const site = path.join(tmp, 'site');
  if (arg('--site')) fs.cpSync(arg('--site'), site, { recursive: true });
  else run(['build', '--store', store, '--out', site, '--no-pdf']);
  const before = otherFiches(site);

  const figures = [];
  const onSite = [];
  const empty = [];
  for (let i = 0; i < runs; i++) {
    figures.push(run(['figures', '42', '--store', store]));
    onSite.push(run(['build', '--only', '42', '--store', store, '--out', site]));
    const alone = path.join(tmp, `seule-${i}`);
    empty.push(run(['build', '--only', '42', '--store', store, '--out', alone]));
    fs.rmSync(alone, { recursive: true, force: true });
  }
  const after = otherFiches(site);
  const changed = [...before].filter(([rel, hash]) => after.get(rel) !== hash).length;
  if (!fs.existsSync(path.join(site, 'departements', '42-loire.pdf'))) throw new Error('pas de PDF de la Loire');

  const wall = (xs) => xs.map((x) => x.wall);
  const cpu = (xs) => xs.map((x) => x.cpu);
  const list = (xs) => xs.map((x) => fmt(x, 1)).join(' ; ');
  console.log(
    `charge : ${os
      .loadavg()
      .map((l) => fmt(l))
      .join(' ')} sur ${os.cpus().length} cœurs ; ${runs} séries alternées`,
  );
  const f = median(wall(figures));
  const fc = median(cpu(figures));
  console.log(`figures 42 : ${list(wall(figures))} s (médiane ${fmt(f)} s ; processeur ${fmt(fc)} s)`);
  for (const [what, xs] of [
    ['build --only 42 (PDF compris) sur un site complet', onSite],
    ['build --only 42 (PDF compris) dans un dossier vide', empty],
  ]) {
    const ratio = median(wall(xs)) / f;
    console.log(
      `${what} : ${list(wall(xs))} s (médiane ${fmt(median(wall(xs)))} s) : × ${fmt(ratio, 1)} figures 42 ; objectif ≤ × 2,5 : ${ratio <= 2.5 ? 'atteint' : 'NON atteint'} ; ` +
        `processeur (Chromium compris) ${fmt(median(cpu(xs)))} s, × ${fmt(median(cpu(xs)) / fc, 1)}`,
    );
  }
  console.log(`fiches gardées modifiées (HTML et PDF, hors Loire) : ${changed} sur ${before.size}`);
} finally {
  fs.rmSync(tmp, { recursive: true, force: true });
}
