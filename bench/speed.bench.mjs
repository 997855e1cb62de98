// Issue 14's goals, each as a ratio of two times measured in this same run:
// - start-up: `territrade --help` against `node -e 0` (goal ≤ 4 ×), and each command's `--help`;
// - `figures 42 --json` on the demo store: its work beyond start-up (goal ≤ 0.4 s);
// - the 120 PDFs (goal ≤ 10 s on 2 cores): since the build prints while it reads the store and
//   writes the rest, what they add to it (build with PDFs against build --no-pdf); the 120 print
//   pages printed alone, rendered beforehand, with nothing else running; against
//   Chromium's floors, in the same browser with the same options and 2 pages in parallel: as many
//   empty one-page page.pdf, and as many plain-text documents of as many pages as each fiche
//   (what printing documents of this length costs);
// - the `npm start` equivalent (demo history, import, all fiches with PDF, site) against the peer
//   of bench/peer/ (pandas + matplotlib, one PDF per territory) on the same ZIPs (goal ≤ 0.25 ×).
// Before anything is timed, the peer's totals are compared with territrade's figures, to the
// euro, for every territory. Usage (after `npm run build`):
//   node bench/speed.bench.mjs [--keep DIR]   (DIR: reuse/keep the checked demo data there;
//                                              or TERRITRADE_BENCH_DIR=DIR npm run bench -- speed)
//   node bench/speed.bench.mjs pdf STORE OUT  (the PDF step alone, in its own process)
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';

const root = path.resolve(path.dirname(new URL(import.meta.url).pathname), '..');
const cli = path.join(root, 'dist', 'cli.js');
const peer = path.join(root, 'bench', 'peer', 'peer.py');
// Debian's python3 (with python3-pandas and python3-matplotlib), not one of a pyenv or venv first on PATH.
const python = process.env['PEER_PYTHON'] ?? (fs.existsSync('/usr/bin/python3') ? '/usr/bin/python3' : 'python3');
const mod = (p) => import(new URL(p, new URL('../dist/', import.meta.url)).href);
const fmt = (s, d = 2) => s.toFixed(d).replace('.', ',');
const median = (xs) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];

/** Wall time of a command, and the CPU time of it and its children (bash's `times`). */
function timed(cmd, args, options = {}) {
  const script = `"$@" >"$OUT" 2>"$ERR"; rc=$?; times; exit $rc`;
  const out = path.join(os.tmpdir(), `territrade-bench-${process.pid}.out`);
  const err = `${out}.err`;
  const t = performance.now();
  const r = spawnSync('bash', ['-c', script, 'timed', cmd, ...args], {
    encoding: 'utf8',
    env: { ...process.env, OUT: out, ERR: err, ...options.env },
    cwd: options.cwd,
  });
  const seconds = (performance.now() - t) / 1000;
  const stdout = fs.readFileSync(out, 'utf8');
  const stderr = fs.readFileSync(err, 'utf8');
  fs.rmSync(out, { force: true });
  fs.rmSync(err, { force: true });
  if (r.status !== 0) throw new Error(`${cmd} ${args.join(' ')} : code ${r.status}\n${stderr.slice(-2000)}`);
  const toS = (m) => Number(m[1]) * 60 + Number(m[2]);
  const lines = r.stdout.trim().split('\n');
  const child = [...(lines[1] ?? '').matchAll(/(\d+)m([\d.]+)s/g)].map(toS);
  return { seconds, cpu: (child[0] ?? 0) + (child[1] ?? 0), stdout, stderr };
}

function peerTools() {
  const ok = () => spawnSync(python, ['-c', 'import pandas, matplotlib'], { stdio: 'ignore' }).status === 0;
  if (ok()) return true;
  console.log('pandas ou matplotlib absents : apt-get install -y python3-pandas python3-matplotlib');
  spawnSync('apt-get', ['install', '-y', '-q', 'python3-pandas', 'python3-matplotlib'], { stdio: 'inherit' });
  return ok();
}

/** The analyst's correspondence table, from territrade's reference data. */
async function writeTerritoriesCsv(file) {
  const { departements, regions } = await mod('reference/territories.js');
  const regionName = new Map(regions().map((r) => [r.code, r.name]));
  const lines = [
    'dgddi;code;name;region;region_name',
    ...departements().map((d) => [d.dgddi, d.code, d.name, d.region, regionName.get(d.region)].join(';')),
  ];
  fs.writeFileSync(file, `${lines.join('\n')}\n`);
}

/** Every difference between the peer's totals and territrade's figures, for every territory. */
async function compareTotals(store, peerTotals) {
  const { withStore } = await mod('store/store.js');
  const { StoreFigures } = await mod('pipeline/figures.js');
  const { allTerritories } = await mod('pipeline/only.js');
  const { toTerritoryRef } = await mod('reference/territories.js');
  const peerData = JSON.parse(fs.readFileSync(peerTotals, 'utf8'));
  const diffs = [];
  let values = 0;
  const figures = await withStore(
    store,
    async (s) => {
      const yf = await StoreFigures.load(s);
      return allTerritories().map((t) => [toTerritoryRef(t), yf.figures(t)]);
    },
    { readOnly: true },
  );
  if (figures[0][1].year !== peerData.year) diffs.push(`année : ${figures[0][1].year} contre ${peerData.year}`);
  for (const [ref, f] of figures) {
    const key = `${ref.kind}:${ref.code}`;
    const p = peerData.territories[key];
    if (!p) {
      diffs.push(`${key} : absent du pair`);
      continue;
    }
    const check = (what, ours, theirs) => {
      values++;
      if (ours !== (theirs ?? 0)) diffs.push(`${key} ${what} : ${ours} contre ${theirs ?? 0}`);
    };
    check('exportations', f.exports.total_eur, p.exports);
    check('importations', f.imports.total_eur, p.imports);
    check('exportations vers US', f.exports_to_us_eur, p.countries['E:US']);
    for (const partner of f.partners) {
      check(`partenaire ${partner.country} E`, partner.exports_eur, p.countries[`E:${partner.country}`]);
      check(`partenaire ${partner.country} I`, partner.imports_eur, p.countries[`I:${partner.country}`]);
    }
    for (const [flow, list] of [
      ['E', f.activities.exports],
      ['I', f.activities.imports],
    ]) {
      for (const a of list) check(`activité ${a.code} ${flow}`, a.value_eur, p.a129[`${flow}:${a.code}`]);
    }
  }
  return {
    territories: figures.length,
    values,
    diffs,
    loire: figures.find(([r]) => r.kind === 'departement' && r.code === '42')[1],
  };
}

/** Pages of a PDF written by Chromium (its page objects are not compressed). */
function pageCount(pdf) {
  return pdf.match(/\/Type\s*\/Page[^s]/g)?.length ?? 0;
}

/** Every file under dir whose name ends with ext. */
function filesUnder(dir, ext) {
  return fs
    .readdirSync(dir, { recursive: true })
    .filter((f) => f.endsWith(ext))
    .map((f) => path.join(dir, f));
}

/**
 * Plain text of `pages` A4 pages, each a heading and paragraphs filling about three quarters of it;
 * hidden on screen by the fiches' own rule (PRINT_ONLY_CSS, src/report/fiche/page.ts), so that it is laid
 * out once, for print.
 */
function textDocument(pages, printOnlyCss) {
  const para =
    '<p>Les échanges de biens du territoire avec le reste du monde sont décrits ici en quelques lignes de texte ordinaire, sans graphique ni tableau, pour mesurer ce que coûte à Chromium une page de texte seul.</p>';
  const page = (i) => `<section style="break-after: page"><h2>Page ${i + 1}</h2>${para.repeat(12)}</section>`;
  return `<!doctype html><html lang="fr"><title>texte</title><style>${printOnlyCss}</style><body style="font-size: 12pt">${Array.from({ length: pages }, (_, i) => page(i)).join('')}</body></html>`;
}

/** Every territory's print page, as the build hands it to the printer (test/report/fiche/demo-fiche.ts does the same for one). */
async function printPages(store) {
  const { withStore } = await mod('store/store.js');
  const { StoreFigures } = await mod('pipeline/figures.js');
  const { allTerritories } = await mod('pipeline/only.js');
  const { toTerritoryRef } = await mod('reference/territories.js');
  const { comparisonsOf, keyOf, linksFrom } = await mod('pipeline/links.js');
  const { ficheHtmlPath } = await mod('pipeline/out-paths.js');
  const { renderFiche, withCharts } = await mod('report/fiche/index.js');
  return withStore(
    store,
    async (s) => {
      const yf = await StoreFigures.load(s);
      const territories = allTerritories();
      const built = new Set(territories.map((t) => keyOf(toTerritoryRef(t))));
      const meta = {
        generatedAt: new Date(0),
        toolVersion: 'banc',
        sources: yf.info.sources.map((x) => ({ name: x.fileName, quarters: 'T1 T2 T3 T4', demo: x.demo })),
      };
      return territories.map((t) =>
        renderFiche({
          main: withCharts(yf.figures(t)),
          comparisons: comparisonsOf(t).map((c) => withCharts(yf.figures(c))),
          links: linksFrom(ficheHtmlPath(toTerritoryRef(t)), built, true),
          meta,
          variant: 'print',
        }),
      );
    },
    { readOnly: true },
  );
}

/** The PDF step alone: the build with and without PDFs, then Chromium's floors in one browser. */
async function pdfStep(store, out) {
  const { runBuild } = await mod('pipeline/build.js');
  const { PdfPrinter } = await mod('report/pdf/print.js');
  const { findChromium } = await mod('report/pdf/chromium.js');
  const report = await runBuild({ storePath: store, outDir: out, pdf: true, jobs: 2, generatedAt: new Date(0) });
  if (report.pdfSkipped) return { skipped: report.pdfSkipped };
  // After the build with PDFs, so that it does not profit from a warmer disk cache.
  const noPdf = await runBuild({
    storePath: store,
    outDir: `${out}-sans-pdf`,
    pdf: false,
    jobs: 2,
    generatedAt: new Date(0),
  });
  fs.rmSync(`${out}-sans-pdf`, { recursive: true, force: true });
  const pdfs = filesUnder(out, '.pdf').map((f) => fs.readFileSync(f, 'latin1'));
  const pages = pdfs.map(pageCount);
  const sample = pdfs[0];
  const printer = await PdfPrinter.launch(findChromium().path);
  try {
    const floors = path.join(out, 'planchers');
    fs.mkdirSync(floors);
    const timedPrint = async (html) => {
      const jobs = html.map((h, i) => ({ html: () => h, out: path.join(floors, `${i}.pdf`) }));
      await printer.printAll(jobs.slice(0, 2), 2); // warm-up, as the build's first pages are
      const t = performance.now();
      await printer.printAll(jobs, 2);
      return (performance.now() - t) / 1000;
    };
    // The fiches alone, rendered beforehand: what printing them costs with nothing else running.
    const fichesAlone = await timedPrint(await printPages(store));
    const floor = await timedPrint(
      pages.map(() => '<!doctype html><html lang="fr"><title>vide</title><p>.</p></html>'),
    );
    const { PRINT_ONLY_CSS } = await mod('report/fiche/page.js');
    const textFloor = await timedPrint(pages.map((n) => textDocument(n, PRINT_ONLY_CSS)));
    const textPages = filesUnder(floors, '.pdf').map((f) => pageCount(fs.readFileSync(f, 'latin1')));
    return {
      pdfs: report.counts.pdf,
      seconds: report.pdfSeconds,
      build: report.seconds,
      buildNoPdf: noPdf.seconds,
      pages: pages.reduce((a, b) => a + b, 0) / pages.length,
      fichesAlone,
      floor,
      textFloor,
      textPagesOk:
        textPages.length === pages.length && textPages.reduce((a, b) => a + b, 0) === pages.reduce((a, b) => a + b, 0),
      tagged: sample.includes('/StructTreeRoot'),
      outline: sample.includes('/Outlines'),
    };
  } finally {
    await printer.close();
  }
}

async function main() {
  const keepAt = process.argv.indexOf('--keep');
  // Also TERRITRADE_BENCH_DIR, since `npm run bench -- speed` passes no argument on.
  const keepDir = keepAt > 0 ? process.argv[keepAt + 1] : process.env['TERRITRADE_BENCH_DIR'];
  const keep = keepDir ? path.resolve(keepDir) : null;
  const tmp = fs.mkdtempSync(path.join(os.tmpdir(), 'territrade-bench-speed-'));
  const work = keep ?? tmp;
  fs.mkdirSync(work, { recursive: true });
  try {
    const hasPeer = peerTools();
    // 1. Start-up, alternating the two so that the load of the moment weighs on both alike.
    const nodeRuns = [];
    const helpRuns = [];
    for (let i = 0; i < 7; i++) {
      nodeRuns.push(timed(process.execPath, ['-e', '0']).seconds);
      helpRuns.push(timed(process.execPath, [cli, '--help']).seconds);
    }
    const node0 = median(nodeRuns);
    const help = median(helpRuns);
    console.log(
      `territrade --help : ${fmt(help)} s contre node -e 0 : ${fmt(node0)} s = ${fmt(help / node0, 1)} × ; objectif ≤ 4 × : ${help / node0 <= 4 ? 'atteint' : 'NON atteint'}`,
    );
    const commands = ['import', 'demo', 'status', 'figures', 'territoires', 'fetch', 'build', 'export', 'serve'];
    const perCommand = commands.map(
      (c) => `${c} ${fmt(median([0, 1, 2].map(() => timed(process.execPath, [cli, c, '--help']).seconds)))}`,
    );
    console.log(`  territrade COMMANDE --help (s) : ${perCommand.join(' ; ')}`);

    // 2. The demo data and store the check reads (not timed).
    const demoDir = path.join(work, 'demo');
    const store = path.join(work, 'demo.duckdb');
    if (!fs.existsSync(store)) {
      console.log('Préparation (non chronométrée) : territrade demo…');
      timed(process.execPath, [cli, 'demo', '--store', store, '--dir', demoDir]);
    } else {
      // A kept store made by an earlier version gets the summaries it lacks (src/store/totals.ts)
      // now, untimed, as at its first import; read-only commands would compute them at every run.
      const { withStore } = await mod('store/store.js');
      await withStore(store, async () => {});
    }
    const table = path.join(work, 'territoires.csv');
    await writeTerritoriesCsv(table);

    // 3. The peer's totals against ours, before any timing.
    let peerOk = false;
    if (hasPeer) {
      const totals = path.join(work, 'peer-totals.json');
      timed(python, [peer, demoDir, table, path.join(tmp, 'unused'), '--totals', totals, '--totals-only']);
      const cmp = await compareTotals(store, totals);
      if (cmp.diffs.length > 0) {
        console.log(
          `Le pair ne donne PAS nos chiffres (${cmp.diffs.length} écarts sur ${cmp.values}) ; pas de comparaison de temps :\n  ${cmp.diffs.slice(0, 10).join('\n  ')}`,
        );
        process.exitCode = 1;
      } else {
        console.log(
          `Vérification : le pair et territrade donnent les mêmes ${cmp.values} montants (totaux, partenaires, activités), à l'euro près, pour les ${cmp.territories} territoires.`,
        );
        peerOk = true;
      }
      const cliLoire = JSON.parse(timed(process.execPath, [cli, 'figures', '42', '--json', '--store', store]).stdout);
      if (JSON.stringify(cliLoire) !== JSON.stringify(cmp.loire))
        throw new Error('figures 42 --json diffère des indicateurs de build');
    } else console.log('Pair non mesuré : python3-pandas et python3-matplotlib indisponibles.');

    // 4. One territory.
    // CPU time too (DuckDB's threads included): on a loaded machine it is the steadier figure.
    const figRuns = [0, 1, 2, 3, 4].map(() =>
      timed(process.execPath, [cli, 'figures', '42', '--json', '--store', store]),
    );
    const fig = median(figRuns.map((r) => r.seconds));
    const figCpu = median(figRuns.map((r) => r.cpu));
    const helpCpu = median([0, 1, 2].map(() => timed(process.execPath, [cli, '--help']).cpu));
    const beyond = fig - help;
    console.log(
      `figures 42 --json : ${fmt(fig)} s, dont ${fmt(beyond)} s au-delà du démarrage (--help ${fmt(help)} s) ; CPU ${fmt(figCpu)} s, dont ${fmt(figCpu - helpCpu)} s au-delà du démarrage ; objectif ≤ 0,4 s : ${beyond <= 0.4 ? 'atteint' : 'NON atteint'}`,
    );

    // 5. The PDFs against Chromium's floor, in a process of their own.
    const r = spawnSync(
      process.execPath,
      [new URL(import.meta.url).pathname, 'pdf', store, path.join(tmp, 'out-pdf')],
      { encoding: 'utf8' },
    );
    if (r.status !== 0) throw new Error(`PDF : ${r.stderr}`);
    const pdf = JSON.parse(r.stdout.trim().split('\n').pop());
    if (pdf.skipped) console.log(`PDF : non mesurés (${pdf.skipped})`);
    else {
      // The build prints while it reads the store and writes the rest: what the PDFs cost is
      // what they add to a build without them.
      const added = pdf.build - pdf.buildNoPdf;
      console.log(
        `PDF : ${pdf.pdfs} fiches (${fmt(pdf.pages, 1)} pages en moyenne, 2 pages en parallèle, balisés ${pdf.tagged ? 'oui' : 'NON'}, signets ${pdf.outline ? 'oui' : 'NON'}) : la construction dure ${fmt(pdf.build, 1)} s avec les PDF contre ${fmt(pdf.buildNoPdf, 1)} s sans (build --no-pdf), ` +
          `les PDF ajoutent ${fmt(added, 1)} s (${fmt(added / pdf.pdfs)} s par fiche ; Chromium imprime pendant ${fmt(pdf.seconds, 1)} s, de son lancement au dernier PDF) ; objectif ≤ 10 s : ${added <= 10 ? 'atteint' : 'NON atteint'}`,
      );
      console.log(
        `  impression seule des ${pdf.pdfs} fiches, pages rendues d'avance, rien d'autre en cours (même navigateur, 2 pages en parallèle) : ${fmt(pdf.fichesAlone, 1)} s (${fmt(pdf.fichesAlone / pdf.pdfs)} s par fiche) ; objectif ≤ 10 s : ${pdf.fichesAlone <= 10 ? 'atteint' : 'NON atteint'}`,
      );
      console.log(
        `  planchers de Chromium (mêmes options, même navigateur, 2 pages en parallèle) : ${pdf.pdfs} page.pdf d'une page vide ${fmt(pdf.floor, 1)} s (les PDF : ${fmt(added / pdf.floor, 1)} ×) ; ` +
          `${pdf.pdfs} documents de texte seul d'autant de pages que chaque fiche ${fmt(pdf.textFloor, 1)} s${pdf.textPagesOk ? '' : ' (NOMBRE DE PAGES DIFFÉRENT)'} (les PDF : ${fmt(added / pdf.textFloor, 1)} ×)`,
      );
    }
    fs.rmSync(path.join(tmp, 'out-pdf'), { recursive: true, force: true });

    // 6. `npm start` against the peer, on the same data.
    if (!peerOk) return;
    const run = path.join(tmp, 'start');
    fs.mkdirSync(run);
    const demo = timed(process.execPath, [cli, 'demo'], { cwd: run });
    const build = timed(process.execPath, [cli, 'build'], { cwd: run });
    const ours = demo.seconds + build.seconds;
    const oursCpu = demo.cpu + build.cpu;
    fs.rmSync(run, { recursive: true, force: true });
    const p = timed(python, [peer, demoDir, table, path.join(tmp, 'peer-out')]);
    const peerPdfs = fs.readdirSync(path.join(tmp, 'peer-out')).filter((f) => f.endsWith('.pdf')).length;
    console.log(
      `npm start (demo ${fmt(demo.seconds, 1)} s + build ${fmt(build.seconds, 1)} s) : ${fmt(ours, 1)} s (CPU ${fmt(oursCpu, 1)} s) ; ` +
        `pair pandas + matplotlib (${peerPdfs} PDF) : ${fmt(p.seconds, 1)} s (CPU ${fmt(p.cpu, 1)} s) ; rapport ${fmt(ours / p.seconds)} × ; objectif ≤ 0,25 × : ${ours / p.seconds <= 0.25 ? 'atteint' : 'NON atteint'}`,
    );
  } finally {
    fs.rmSync(tmp, { recursive: true, force: true });
  }
}

if (process.argv[2] === 'pdf') console.log(JSON.stringify(await pdfStep(process.argv[3], process.argv[4])));
else await main();
