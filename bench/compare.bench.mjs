// `territrade compare` of 8 départements (with their régions and France as references, 15
// territories read) and `rank` of all départements, against `figures 42` and `--help` measured in
// the same run. Issue 22's goals, read literally: compare ≤ 0,5 s and rank ≤ 1 s beyond start-up,
// start-up being the `--help` process; each also as a ratio to `figures 42`. On the store given
// with --store, else a demo history 2023–2024 generated in a temporary folder (not timed). Run
// after `npm run build`: node bench/compare.bench.mjs [--store base]
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';

const cli = new URL('../dist/cli.js', import.meta.url).pathname;
const at = process.argv.indexOf('--store');
const tmp = fs.mkdtempSync(path.join(os.tmpdir(), 'territrade-bench-compare-'));
const fmt = (s) => `${s.toFixed(2).replace('.', ',')} s`;

/** Processor seconds (user + system) of this process's waited-for children, from /proc (Linux; 0 elsewhere). */
function childrenCpu() {
  try {
    const fields = fs.readFileSync('/proc/self/stat', 'utf8').split(') ')[1].split(' ');
    return (Number(fields[13]) + Number(fields[14])) / 100; // cutime + cstime, in ticks of 1/100 s
  } catch {
    return 0;
  }
}

const cpu = new Map();

function run(args) {
  const t = performance.now();
  const c = childrenCpu();
  const r = spawnSync(process.execPath, [cli, ...args], { encoding: 'utf8', maxBuffer: 1 << 28 });
  if (r.status !== 0) throw new Error(`${args.join(' ')} : ${r.stderr}`);
  const key = args.join(' ');
  cpu.set(key, [...(cpu.get(key) ?? []), childrenCpu() - c]);
  return (performance.now() - t) / 1000;
}

/** The median of three runs: the machines are shared. */
function median(args) {
  const times = [run(args), run(args), run(args)].sort((a, b) => a - b);
  return times[1];
}

/** The median processor time of the runs of `args` (less sensitive to the load than the wall clock). */
const cpuMedian = (args) => cpu.get(args.join(' ')).sort((a, b) => a - b)[1];

try {
  const store = at > 0 ? process.argv[at + 1] : path.join(tmp, 'demo.duckdb');
  if (at < 0) run(['demo', '--years', '2023-2024', '--dir', path.join(tmp, 'demo'), '--store', store]);
  const eight = ['42', '69', '38', '13', '59', '75', '33', '31'];
  const commands = {
    help: ['--help'],
    figures: ['figures', '42', '--json', '--store', store],
    compare: ['compare', ...eight, '--json', '--store', store],
    rank: ['rank', 'part-etats-unis', '--products', '--json', '--store', store],
  };
  const help = median(commands.help);
  const figures = median(commands.figures);
  const compare = median(commands.compare);
  const rank = median(commands.rank);
  const num = (x) => x.toFixed(2).replace('.', ',');
  const verdict = (ok) => (ok ? 'atteint' : 'NON atteint');
  console.log(
    `--help : ${fmt(help)} ; figures 42 : ${fmt(figures)} (${fmt(figures - help)} au-delà du démarrage) ; compare de 8 départements (et 7 références) : ${fmt(compare)} ; rank part-etats-unis --products (101 départements) : ${fmt(rank)}`,
  );
  console.log(
    `compare : × ${num(compare / figures)} figures 42 ; au-delà du démarrage : ${fmt(compare - help)} (× ${num((compare - help) / (figures - help))} figures 42 au-delà du démarrage) ; objectif ≤ 0,5 s au-delà du démarrage : ${verdict(compare - help <= 0.5)}`,
  );
  console.log(
    `rank : × ${num(rank / figures)} figures 42 ; au-delà du démarrage : ${fmt(rank - help)} (× ${num((rank - help) / (figures - help))} figures 42 au-delà du démarrage) ; objectif ≤ 1 s au-delà du démarrage : ${verdict(rank - help <= 1)}`,
  );
  const c = Object.fromEntries(Object.entries(commands).map(([k, args]) => [k, cpuMedian(args)]));
  console.log(
    `temps processeur (utilisateur + système, médianes) : --help ${fmt(c.help)} ; figures 42 ${fmt(c.figures)} ; compare ${fmt(c.compare)} (× ${num(c.compare / c.figures)}, ${fmt(c.compare - c.figures)} au-delà de figures 42, ${fmt(c.compare - c.help)} au-delà du démarrage) ; rank ${fmt(c.rank)} (× ${num(c.rank / c.figures)}, ${fmt(c.rank - c.help)} au-delà du démarrage)`,
  );
} finally {
  fs.rmSync(tmp, { recursive: true, force: true });
}
