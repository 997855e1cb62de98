// `territrade import` of label files of any size (issue 25 point 19): peak memory of each import,
// in its own child process, with a small trade file beside it (goal: peak ≤ 500 MB whatever the
// size of the label file). Label files are read a piece at a time and refused past 100 000 rows;
// the cases: the largest accepted file (100 000 rows), a ZIP of 2 MB holding a valid 30 MB file,
// and a plain 100 MB file. Run after `npm run build`.
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { spawnSync } from 'node:child_process';
import { zipSync } from 'fflate';
import { mod } from './lib/demo-build.mjs';

const GOAL_MB = 500;
const [step, storeArg, ...files] = process.argv.slice(2);

/** Valid label lines, distinct (code, start month), up to `limit.rows` rows or `limit.bytes` bytes, given to `limit.out` in blocks. */
function labelLines(limit) {
  const codes = [];
  for (const a of 'ABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789')
    for (const b of 'ABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789') codes.push(a + b);
  const lines = [];
  let size = 0;
  for (let i = 0; ; i++) {
    const code = codes[i % codes.length];
    const k = Math.floor(i / codes.length);
    const line = `${code};Pays numéro ${code} de l’année ${1000 + Math.floor(k / 12)};${1000 + Math.floor(k / 12)}${String((k % 12) + 1).padStart(2, '0')};999912\n`;
    if ((limit.rows !== undefined && i >= limit.rows) || (limit.bytes !== undefined && size >= limit.bytes)) break;
    lines.push(line);
    size += Buffer.byteLength(line);
    if (lines.length === 100_000) {
      limit.out(lines.join(''));
      lines.length = 0;
    }
  }
  limit.out(lines.join(''));
}

function writeLabels(file, limit) {
  const fd = fs.openSync(file, 'w');
  labelLines({ ...limit, out: (text) => fs.writeSync(fd, text) });
  fs.closeSync(fd);
  return file;
}

async function importStep() {
  const { importIntoStore } = await mod('pipeline/import.js');
  const t = performance.now();
  const outcome = await importIntoStore(storeArg, files, () => {}).then(
    (report) => `importé (${report.files.find((f) => f.kind === 'labels')?.rows ?? 0} libellés)`,
    (err) => `refusé : ${err.message.slice(0, 90)}…`,
  );
  const peak = Math.round(process.resourceUsage().maxRSS / 1024);
  console.log(JSON.stringify({ seconds: (performance.now() - t) / 1000, outcome, peak }));
}

if (step === 'import') {
  await importStep();
} else {
  const tmp = fs.mkdtempSync(path.join(os.tmpdir(), 'territrade-bench-labels-'));
  try {
    const trade = path.join(tmp, 'Region_2024_Export.txt');
    fs.writeFileSync(trade, 'E;1;2024;42;18;C29A;2910;DE;1000;10\n');
    const cases = [];
    fs.mkdirSync(path.join(tmp, 'max'));
    cases.push([
      '100 000 lignes (le plus grand accepté)',
      writeLabels(path.join(tmp, 'max', 'Libelle_PAYS.txt'), { rows: 100_000 }),
    ]);
    fs.mkdirSync(path.join(tmp, 'big'));
    cases.push(['fichier de 100 Mo', writeLabels(path.join(tmp, 'big', 'Libelle_PAYS.txt'), { bytes: 100e6 })]);
    const thirty = writeLabels(path.join(tmp, 'Libelle_PAYS_30.txt'), { bytes: 30e6 });
    const zip = path.join(tmp, 'libelles.zip');
    fs.writeFileSync(zip, zipSync({ 'Libelle_PAYS.txt': fs.readFileSync(thirty) }, { level: 9 }));
    fs.rmSync(thirty);
    cases.push([`ZIP de ${(fs.statSync(zip).size / 1e6).toFixed(1)} Mo (fichier de 30 Mo)`, zip]);
    for (const [name, file] of cases) {
      const store = path.join(tmp, `${path.basename(path.dirname(file))}-${path.basename(file)}.duckdb`);
      const r = spawnSync(process.execPath, [new URL(import.meta.url).pathname, 'import', store, trade, file], {
        encoding: 'utf8',
      });
      if (r.status !== 0) throw new Error(`${name} : ${r.stderr}`);
      const { seconds, outcome, peak } = JSON.parse(r.stdout.trim().split('\n').pop());
      const size = (fs.statSync(file).size / 1e6).toFixed(1);
      console.log(
        `import, libellés ${name} (${size} Mo) : ${outcome} en ${seconds.toFixed(1)} s ; mémoire max ${peak} Mo ; objectif ≤ ${GOAL_MB} Mo : ${peak <= GOAL_MB ? 'atteint' : 'NON atteint'}`,
      );
    }
  } finally {
    fs.rmSync(tmp, { recursive: true, force: true });
  }
}
