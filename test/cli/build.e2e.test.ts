// `territrade build` end to end on the demo store: files, PDF text, failures that leave out/
// untouched, and byte-identical HTML from two builds.
import { spawnSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import { beforeAll, describe, expect, inject, it } from 'vitest';
import { runCli } from '../helpers/cli.js';
import { pythonJson } from '../helpers/python.js';
import { tempDir } from '../helpers/temp-dir.js';
import { pageFills } from '../helpers/pdf-pages.js';
import { straightApostrophes } from '../helpers/visible-text.js';
import { chromiumTool, pdftoppmTool, pdftotextTool, skipWithout } from '../helpers/tools.js';
import { pdfText as pdftotext } from '../helpers/pdf-text.js';

const ONLY = '42,971,20,region:84,france';
const EPOCH = { SOURCE_DATE_EPOCH: '1767225600' };
const skipPdf = skipWithout([chromiumTool()], 'PDF de territrade build');
const skipPdfText = skipWithout(
  [pdftotextTool(), pdftoppmTool()],
  'texte et pages des PDF (pdftotext, pdftoppm, pdfinfo)',
);
const FICHES = [
  'departements/42-loire',
  'departements/971-guadeloupe',
  'departements/20-corse',
  'regions/84-auvergne-rhone-alpes',
  'france',
];

function pdfText(file: string): string {
  return pdftotext(file, { layout: true })
    .replace(/[\u00a0\u202f]/g, ' ')
    .replace(/[ \t]+/g, ' ');
}

/** Every file under dir (relative path → sha256), hidden ones included. */
function snapshot(dir: string): Record<string, string> {
  const out: Record<string, string> = {};
  for (const entry of fs.readdirSync(dir, { recursive: true, withFileTypes: true })) {
    if (!entry.isFile()) continue;
    const file = path.join(entry.parentPath, entry.name);
    out[path.relative(dir, file)] = createHash('sha256').update(fs.readFileSync(file)).digest('hex');
  }
  return out;
}

/** Leftover temporary folders of a build next to `out`. */
function leftovers(out: string): string[] {
  return fs.readdirSync(path.dirname(out)).filter((n) => n.startsWith(`.${path.basename(out)}.`));
}

const store = () => inject('demoStore');

describe('territrade build', () => {
  let out: string;
  let first: ReturnType<typeof runCli>;

  beforeAll(() => {
    out = path.join(tempDir('territrade-build-'), 'out');
    first = runCli(['build', '--store', store(), '--out', out, '--only', ONLY], EPOCH);
  }, 180_000);

  it('écrit les fiches, les données et la page d’accueil, puis un résumé en français', () => {
    expect(first.stderr).not.toMatch(/Erreur/);
    expect(first.code).toBe(0);
    const files = Object.keys(snapshot(out)).sort();
    const fiches = [
      'departements/42-loire',
      'departements/971-guadeloupe',
      'departements/20-corse',
      'regions/84-auvergne-rhone-alpes',
      'france',
    ];
    for (const f of fiches) expect(files).toContain(`${f}.html`);
    for (const slug of ['42-loire', '971-guadeloupe', '20-corse', '84-auvergne-rhone-alpes', 'france']) {
      expect(files).toContain(`donnees/${slug}.json`);
      expect(files).toContain(`donnees/${slug}.xlsx`);
      for (const chart of ['partenaires', 'activites', 'flux-exportations', 'flux-importations'])
        expect(files).toContain(`donnees/${slug}-${chart}.csv`);
      for (const table of ['etats-unis', 'dependances', 'evolution'])
        expect(files).toContain(`donnees/${slug}-${table}.csv`);
      // The one-year demo store has no previous year: no movers table.
      expect(files).not.toContain(`donnees/${slug}-principales-evolutions.csv`);
      // France, whose specialisation index is 1 everywhere, has no specialisation chart.
      expect(files.includes(`donnees/${slug}-specialisation.csv`)).toBe(slug !== 'france');
    }
    expect(files).toContain('index.html');
    expect(first.stdout).toContain('Fiches 2024 : 3 départements, 1 région, la France.');
    expect(first.stdout).toMatch(/Terminé en [\d,]+ s\. Ouvrez .*out\/index\.html/);
    expect(leftovers(out)).toEqual([]);
    const csv = fs.readFileSync(path.join(out, 'donnees/42-loire-partenaires.csv'), 'utf8');
    expect(
      csv.startsWith('\uFEFFPays;Code pays;Importations (euros);Exportations (euros);Solde commercial (euros)'),
    ).toBe(true);
    expect(csv).toMatch(/\r\nAllemagne;"DE";[^\r]*;2024\r\n/);
    const json = JSON.parse(fs.readFileSync(path.join(out, 'donnees/42-loire.json'), 'utf8'));
    expect(json.exports.total_eur).toBe(4192100000);
    // The index links to the fiches it lists.
    expect(fs.readFileSync(path.join(out, 'index.html'), 'utf8')).toContain('departements/42-loire.html');
    // One shared copy of the font for the site's pages, instead of ~130 KB of base64 in each.
    expect(files.filter((f) => f.startsWith('police/')).sort()).toEqual([
      'police/source-sans-3-latin-400-normal.woff2',
      'police/source-sans-3-latin-600-normal.woff2',
      'police/source-sans-3-latin-ext-400-normal.woff2',
      'police/source-sans-3-latin-ext-600-normal.woff2',
    ]);
    const loire = fs.readFileSync(path.join(out, 'departements/42-loire.html'), 'utf8');
    expect(loire).not.toContain('base64');
    expect(loire).toContain('url(../police/source-sans-3-latin-400-normal.woff2)');
    expect(fs.readFileSync(path.join(out, 'index.html'), 'utf8')).toContain(
      'url(police/source-sans-3-latin-400-normal.woff2)',
    );
  });

  it('fait mener chaque lien de données d’une fiche à un fichier, dont le classeur Excel, que openpyxl ouvre', () => {
    const page = path.join(out, 'departements/42-loire.html');
    const html = fs.readFileSync(page, 'utf8');
    const hrefs = [...html.matchAll(/href="([^"#]*donnees\/[^"#]+)"/g)].map((m) => m[1]!);
    expect(hrefs.filter((h) => h.endsWith('.csv')).length).toBeGreaterThan(5);
    for (const href of new Set(hrefs)) expect(fs.existsSync(path.resolve(path.dirname(page), href)), href).toBe(true);
    const xlsx = /<a href="([^"]+)" download class="button">Télécharger les données \(Excel\)<\/a>/.exec(html)?.[1];
    expect(xlsx).toBe('../donnees/42-loire.xlsx');
    const wb = pythonJson<{ sheets: string[]; total: unknown }>(
      `import json, sys, openpyxl
wb = openpyxl.load_workbook(sys.argv[1], read_only=True)
total = [r[2] for r in wb["indicateurs-exports"].iter_rows(values_only=True) if r[0] == "exports.total_eur"]
print(json.dumps({"sheets": wb.sheetnames, "total": total}))`,
      [path.resolve(path.dirname(page), xlsx!)],
    );
    expect(wb.sheets[0]).toBe('Présentation');
    expect(wb.sheets).toContain('partenaires');
    expect(wb.total).toEqual([4192100000]);
  });

  it('n’écrit aucune apostrophe droite dans le texte visible des fiches, de l’index et d’une page de Territoire d’industrie', () => {
    const pages = [
      ...FICHES.map((f) => `${f}.html`),
      'index.html',
      'territoires-industrie/ti-8417-roannais-forez.html',
    ];
    for (const page of pages)
      expect(straightApostrophes(fs.readFileSync(path.join(out, page), 'utf8')), page).toEqual([]);
  });

  it.skipIf(skipPdf)('imprime un PDF par fiche', () => {
    for (const f of [
      'departements/42-loire',
      'departements/971-guadeloupe',
      'departements/20-corse',
      'regions/84-auvergne-rhone-alpes',
      'france',
    ]) {
      const pdf = fs.readFileSync(path.join(out, `${f}.pdf`));
      expect(pdf.subarray(0, 5).toString()).toBe('%PDF-');
    }
    expect(first.stdout).toContain('5 PDF');
    expect(first.stdout).toContain(`PDF imprimés par ${chromiumTool().path}`);
  });

  it.skipIf(skipPdf || skipPdfText)(
    'le PDF de la Loire porte les totaux, les parts, les Territoires d’industrie et le bandeau',
    () => {
      const text = pdfText(path.join(out, 'departements/42-loire.pdf'));
      expect(text).toContain('Total des exportations : 4 192,1 millions d’euros');
      expect(text).toContain('soit 5,9 % de la valeur exportée par la région Auvergne-Rhône-Alpes');
      // The specification's precision: « 0.72% » and « 0.69% » of national exports and imports.
      expect(text).toContain('soit 0,72 % de la valeur exportée au niveau national');
      expect(text).toContain('soit 0,69 % de la valeur importée au niveau national');
      expect(text).toContain('Total des importations : 4 742,8 millions d’euros');
      for (const ti of [
        'Lezoux – Thiers – Ambert – Montbrison',
        'Roannais Forez',
        'Vallée du Gier, de l’Ondaine et de Loire Sud',
      ])
        expect(text).toContain(ti);
      const firstPage = text.split('\f')[0]!;
      expect(firstPage.toLowerCase()).toContain('données fictives de démonstration');
      // Every page's footer names the territory and carries the page number.
      const pages = text.split('\f').filter((p) => p.trim() !== '');
      expect(pages.length).toBeGreaterThan(4);
      pages.forEach((page, i) => {
        expect(page).toContain('Loire (42)');
        expect(page).toContain(`Page ${i + 1} / ${pages.length}`);
      });
    },
  );

  it.skipIf(skipPdf || skipPdfText)('met la Loire en 8 pages A4 au plus, aucune à moitié vide sauf la dernière', () => {
    const fills = pageFills(path.join(out, 'departements/42-loire.pdf'));
    // Issue 23's budget, with « Pistes d'action » on paper (issue 12 had 7 pages before it): the
    // methodology follows the charts, small tables may break between rows, a reading key may follow.
    expect(fills.length).toBeLessThanOrEqual(8);
    fills
      .slice(0, -1)
      .forEach((fill, i) => expect(fill, `page ${i + 1} : ${(fill * 100).toFixed(0)} %`).toBeGreaterThanOrEqual(0.5));
    // France has no comparison: fewer pages.
    expect(pageFills(path.join(out, 'france.pdf')).length).toBeLessThan(fills.length);
    // The région and a DROM: no page under half full but the last either.
    for (const f of ['regions/84-auvergne-rhone-alpes', 'departements/971-guadeloupe']) {
      pageFills(path.join(out, `${f}.pdf`))
        .slice(0, -1)
        .forEach((fill, i) =>
          expect(fill, `${f} page ${i + 1} : ${(fill * 100).toFixed(0)} %`).toBeGreaterThanOrEqual(0.5),
        );
    }
  });

  it.skipIf(skipPdf || skipPdfText)(
    'écrit pour le papier : ni « survol » ni ligne de commande ou nom de fichier, les adresses des liens',
    () => {
      for (const f of FICHES) {
        const text = pdfText(path.join(out, `${f}.pdf`));
        expect(text.toLowerCase(), f).not.toContain('survol');
        for (const screenOnly of ['territrade demo', 'territrade fetch', '.zip', '.txt', '.csv', 'Télécharger'])
          expect(text, `${f} : ${screenOnly}`).not.toContain(screenOnly);
        expect(text, f).toContain('(https://anct.gouv.fr/actualites)');
        expect(text, f).toContain('(https://www.entreprises.gouv.fr/la-dge/actualites)');
      }
      expect(pdfText(path.join(out, 'departements/971-guadeloupe.pdf')).replace(/\s+/g, ' ')).toContain(
        'échanges de ce territoire avec la France métropolitaine et avec les autres départements et régions d’outre-mer (DROM) ne sont pas comptés',
      );
      expect(pdfText(path.join(out, 'departements/42-loire.pdf'))).not.toContain('France métropolitaine');
    },
  );

  it.skipIf(skipPdf || skipPdfText)(
    'signe ses PDF territrade et DGDDI (ou démonstration), titrés, balisés, avec signets',
    () => {
      for (const f of FICHES) {
        const info = spawnSync('pdfinfo', [path.join(out, `${f}.pdf`)], { encoding: 'utf8' }).stdout.replace(
          /[\u00a0\u202f]/g,
          ' ',
        );
        expect(info).toMatch(/^Title: +.+ — Les indicateurs clés : commerce extérieur 2024$/m);
        expect(info).toMatch(/^Author: +territrade — données fictives de démonstration, pas des données de la DGDDI$/m);
        expect(info).toMatch(/^Creator: +territrade \S+ — données fictives de démonstration$/m);
        expect(info).not.toContain('HeadlessChrome');
        expect(info).toMatch(/^Tagged: +yes$/m);
        // The print page is hidden on screen: its fonts are loaded by the printer, or its text would print invisible.
        const fonts = spawnSync('pdffonts', [path.join(out, `${f}.pdf`)], { encoding: 'utf8' }).stdout;
        expect(fonts, f).toMatch(/\+SourceSans3\S*-Regular .* yes +yes +yes/);
        expect(fonts, f).toMatch(/\+SourceSans3\S*-SemiBold .* yes +yes +yes/);
        // Only the fiche's own family, embedded: no fallback font for a glyph it lacks (▲▼ are drawn).
        for (const line of fonts
          .split('\n')
          .slice(2)
          .filter((l) => l.trim() !== ''))
          expect(line, f).toMatch(/^[A-Z]{6}\+SourceSans3\S* .* yes +yes +yes +\d+ +\d+$/);
        expect(fs.readFileSync(path.join(out, `${f}.pdf`)).toString('latin1')).toMatch(/\/Outlines \d+ 0 R/);
        // Structure types poppler knows (Chromium's PDF 2.0 Strong is role-mapped to Span).
        const struct = spawnSync('pdfinfo', ['-struct', path.join(out, `${f}.pdf`)], { encoding: 'utf8' });
        expect(struct.stderr, f).not.toContain('wrong type');
        expect(struct.stdout, f).toContain('Span');
        // XMP metadata (language, title) and bookmarks whose titles Chromium doubled said once.
        const xmp = spawnSync('pdfinfo', ['-meta', path.join(out, `${f}.pdf`)], { encoding: 'utf8' }).stdout;
        expect(xmp, f).toContain('<dc:language><rdf:Bag><rdf:li>fr</rdf:li></rdf:Bag></dc:language>');
        expect(xmp, f).toMatch(/<dc:title><rdf:Alt><rdf:li xml:lang="x-default">.+ — Les indicateurs clés/);
        const outline = spawnSync('pdftohtml', ['-xml', '-i', '-stdout', '-q', path.join(out, `${f}.pdf`)], {
          encoding: 'utf8',
        }).stdout;
        const titles = [...outline.matchAll(/<item page="\d+">([^<]+)/g)].map((m) => m[1]!);
        expect(titles, f).toContain('Balance commerciale territoriale');
        for (const t of titles) expect(t, f).not.toMatch(/^(.+)\1$/);
      }
    },
  );

  it('refuse un --only inconnu en français, sans toucher au dossier précédent', () => {
    const before = snapshot(out);
    const r = runCli(['build', '--store', store(), '--out', out, '--only', '42,loir-et-cher,zzz'], EPOCH);
    expect(r.code).not.toBe(0);
    expect(r.stderr.replace(/\u00a0/g, ' ')).toMatch(/^Erreur : --only : Territoire inconnu : « zzz »/m);
    expect(snapshot(out)).toEqual(before);
  });

  it('refuse une année absente de la base, sans toucher au dossier précédent', () => {
    const before = snapshot(out);
    const r = runCli(['build', '--store', store(), '--out', out, '--year', '2019', '--no-pdf'], EPOCH);
    expect(r.code).toBe(1);
    expect(r.stderr).toBe('Erreur : aucune donnée pour 2019 dans la base (années disponibles : 2024).\n');
    expect(snapshot(out)).toEqual(before);
    expect(leftovers(out)).toEqual([]);
  });

  it('laisse le dossier précédent intact quand l’impression échoue en cours de route', () => {
    const before = snapshot(out);
    const fake = path.join(tempDir('territrade-fake-chromium-'), 'chromium');
    fs.writeFileSync(fake, '#!/bin/sh\necho "navigateur en panne" >&2\nexit 3\n', { mode: 0o755 });
    const r = runCli(['build', '--store', store(), '--out', out, '--only', '42'], { ...EPOCH, CHROMIUM_PATH: fake });
    expect(r.code).not.toBe(0);
    expect(r.stderr).toContain('impossible de lancer Chromium');
    expect(snapshot(out)).toEqual(before);
    expect(leftovers(out)).toEqual([]);
  });

  it('ne remplace pas un dossier qu’il n’a pas produit', () => {
    const dir = tempDir('territrade-not-ours-');
    fs.writeFileSync(path.join(dir, 'notes.txt'), 'à garder');
    const r = runCli(['build', '--store', store(), '--out', dir, '--only', '42', '--no-pdf'], EPOCH);
    expect(r.code).toBe(1);
    expect(r.stderr).toMatch(/n'est pas vide et n'a pas été produit par territrade build/);
    expect(fs.readdirSync(dir)).toEqual(['notes.txt']);
  });

  it('sans Chromium utilisable, écrit les pages HTML, explique en une ligne et sort avec le code 0', () => {
    const dir = path.join(tempDir('territrade-nopdf-'), 'out');
    const r = runCli(['build', '--store', store(), '--out', dir, '--only', '42'], {
      ...EPOCH,
      CHROMIUM_PATH: '/nulle/part/chromium',
    });
    expect(r.code).toBe(0);
    expect(r.stdout).toContain('PDF non produits : CHROMIUM_PATH désigne « /nulle/part/chromium »');
    expect(fs.existsSync(path.join(dir, 'departements/42-loire.html'))).toBe(true);
    expect(fs.existsSync(path.join(dir, 'departements/42-loire.pdf'))).toBe(false);
  });

  it('produit deux fois exactement les mêmes fichiers (SOURCE_DATE_EPOCH)', () => {
    const a = path.join(tempDir('territrade-det-a-'), 'out');
    const b = path.join(tempDir('territrade-det-b-'), 'out');
    for (const dir of [a, b])
      expect(runCli(['build', '--store', store(), '--out', dir, '--only', ONLY, '--no-pdf'], EPOCH).code).toBe(0);
    const sa = snapshot(a);
    expect(Object.keys(sa).length).toBeGreaterThan(25);
    expect(snapshot(b)).toEqual(sa);
    // Same HTML as the build with PDF, but for the link to the PDF, which only that build prints.
    const html = fs.readFileSync(path.join(a, 'departements/42-loire.html'), 'utf8');
    const withPdf = fs.readFileSync(path.join(out, 'departements/42-loire.html'), 'utf8');
    const pdfLink = '<a href="42-loire.pdf" download class="button">Télécharger la fiche (PDF)</a> ';
    expect(withPdf).toContain(pdfLink);
    expect(html).not.toContain('Télécharger la fiche (PDF)');
    expect(withPdf.replace(pdfLink, '')).toBe(html);
    expect(html).toContain('1er\u00a0janvier\u00a02026');
    expect(html).not.toContain(path.dirname(a));
    expect(html).not.toContain(store());
    // Two builds that draw every chart's PNG too: about a minute on a loaded machine.
  }, 240_000);

  it.skipIf(skipPdf)(
    'réimprime les mêmes fiches aux mêmes octets, PDF compris (date de la construction, ordre d’impression)',
    () => {
      // Chromium dates the PDF when it prints it, and numbers its tagged cells across every fiche it
      // printed before: each fiche must carry the build's date and depend on itself alone.
      const again = path.join(tempDir('territrade-det-pdf-'), 'out');
      fs.cpSync(out, again, { recursive: true });
      const fiches = ['departements/42-loire.pdf', 'france.pdf'];
      for (const f of fiches) fs.rmSync(path.join(again, f));
      const r = runCli(['build', '--store', store(), '--out', again, '--only', '42,france'], EPOCH);
      expect(r.code).toBe(0);
      for (const f of fiches) {
        const pdf = fs.readFileSync(path.join(again, f));
        expect(pdf.toString('latin1')).toContain("/CreationDate (D:20260101000000+00'00')");
        expect(pdf.equals(fs.readFileSync(path.join(out, f))), f).toBe(true);
      }
    },
    180_000,
  );

  it('explique ses options en français', () => {
    const r = runCli(['build', '--help']);
    expect(r.code).toBe(0);
    for (const s of [
      'Utilisation : territrade build',
      '--only <territoires>',
      '--no-pdf',
      '--jobs <n>',
      'SOURCE_DATE_EPOCH',
      'CHROMIUM_PATH',
    ])
      expect(r.stdout).toContain(s);
  });
});
