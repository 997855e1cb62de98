// Every generated sentence true to the numbers printed beside it (issue 21): the fiches of every
// territory of the demo build, 2024 against 2023, read as their reader reads them (test/helpers/
// fiche-claims.ts), and the sentence builders over arbitrary figures (fast-check).
import { DEFAULT_PUBLICATION } from '../../../src/model/publication.js';
import fs from 'node:fs';
import path from 'node:path';
import fc from 'fast-check';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { writeDemoArchives } from '../../../src/demo/archive.js';
import { DEMO_DEFAULT_SEED } from '../../../src/demo/targets.js';
import { formatMEur, formatSignedMEur, NBSP } from '../../../src/format/fr.js';
import { StoreFigures } from '../../../src/pipeline/figures.js';
import { comparisonsOf, keyOf, linksFrom } from '../../../src/pipeline/links.js';
import { allTerritories } from '../../../src/pipeline/only.js';
import { ficheHtmlPath } from '../../../src/pipeline/out-paths.js';
import { toTerritoryRef } from '../../../src/reference/territories.js';
import { printedChange } from '../../../src/report/fiche/evolution.js';
import { renderFiche, withCharts, type FicheInput } from '../../../src/report/fiche/index.js';
import { PdfPrinter } from '../../../src/report/pdf/print.js';
import { exposureChangeSentence, exposureSentence } from '../../../src/report/fiche/position-prose.js';
import { importFiles } from '../../../src/store/import/import-files.js';
import { Store, withStore } from '../../../src/store/store.js';
import {
  exposureClaims,
  ficheContradictions,
  pdfSentences,
  keyFigureClaims,
  moverClaims,
  rankClaims,
  shareChangeClaims,
  visibleLines,
} from '../../helpers/fiche-claims.js';
import { tempDir } from '../../helpers/temp-dir.js';
import { chromiumTool, pdftotextTool, skipWithout } from '../../helpers/tools.js';
import { TEST_DATE } from './demo-fiche.js';

/** The sentences the fiches' check reads, counted to show that it read them. */
const CLAIMS = [
  ['exposure', /le territoire y est (plus exposé|moins exposé|exposé autant) que/],
  ['change', /cette part était de .* : elle (a augmenté|a diminué|est restée stable)/],
  ['rank', /occupen?t? le \d+(er|e) rang des \d+/],
  ['regional', /Parmi les \d+ .* au \d+(er|e) rang à l.export/],
  ['mover', /^[^|]+ \| [−+]?[\d ]+,\d \| [−+]?[\d ]+,\d \| [−+]?[\d ]+,\d \| /],
] as const;

const loire = { kind: 'departement' as const, code: '42', name: 'Loire', slug: '42-loire' };
const text = (html: string) => visibleLines(html).join(' ');

describe('the reader’s checks catch the contradictions of issue 21', () => {
  it('flags each of them, and passes their corrections', () => {
    const us =
      'Les États-Unis reçoivent 6,5 % des exportations du département (1,0 M€), contre 6,5 % pour l’ensemble de la France : le territoire y est';
    expect(exposureClaims(`${us} moins exposé que la moyenne nationale.`)).toHaveLength(1);
    expect(exposureClaims(`${us} exposé autant que la moyenne nationale.`)).toEqual([]);
    expect(
      shareChangeClaims(`${us} x. En 2023, cette part était de 6,5 % : elle a augmenté de 0,1 point.`),
    ).toHaveLength(1);
    const jura = us.replace('reçoivent 6,5 %', 'reçoivent 4,5 %');
    expect(
      shareChangeClaims(`${jura} x. En 2023, cette part était de 4,9 % : elle a diminué de 0,3 point.`),
    ).toHaveLength(1);
    expect(shareChangeClaims(`${jura} x. En 2023, cette part était de 4,9 % : elle a diminué de 0,4 point.`)).toEqual(
      [],
    );
    expect(moverClaims('Allemagne | 636,7 | 622,5 | −14,1 | −2,2 % |', 'baisse')).toHaveLength(1);
    expect(moverClaims('Allemagne | 636,7 | 622,5 | −14,2 | −2,2 % |', 'baisse')).toEqual([]);
    expect(moverClaims('Inde | 88,4 | 101,2 | +12,8 | +14,4 % |', 'baisse')).toHaveLength(1);
    const keys = (x: string, m: string, b: string, detail: string) =>
      `<li class="exports"><span class="value">${x} M€</span></li><li class="imports"><span class="value">${m} M€</span></li>` +
      `<li class="balance"><span class="value">${b} M€</span><span class="detail">${detail}</span></li>`;
    expect(keyFigureClaims(keys('10,0', '20,0', '−10,0', 'déficit'))).toEqual([]);
    expect(keyFigureClaims(keys('10,0', '20,0', '−10,1', 'déficit'))).toHaveLength(1);
    expect(keyFigureClaims(keys('10,0', '20,0', '−10,0', 'excédent'))).toHaveLength(1);
    expect(ficheContradictions('<p>16 activités tirent la moitié.</p>', false)).toHaveLength(1);
    expect(
      ficheContradictions(
        '<p>La voici :</p><table><tbody><tr><td>a</td></tr><tr><td>b</td></tr></tbody></table>',
        false,
      ),
    ).toHaveLength(1);
    expect(ficheContradictions('<footer>Source : DGDDI, Licence Ouverte 2.0</footer>', true)).toHaveLength(1);
  });
});

describe('sentence builders over arbitrary figures', () => {
  const share = fc.double({ min: 0, max: 1, noNaN: true });

  it('compare the US shares as printed, and give their change as the printed shares do', () => {
    fc.assert(
      fc.property(share, share, share, (now, france, before) => {
        const e = {
          partner: 'US',
          partner_name: 'États-Unis',
          exports_eur: 1e6,
          share_of_exports: now,
          france_share_of_exports: france,
          products: [],
          imports_eur: 0,
          share_of_imports: null,
          france_share_of_imports: null,
          import_products: [],
          previous: { share_of_exports: before },
        };
        const line = `${text(exposureSentence(loire, e, 2024))} ${text(exposureChangeSentence(e, '2023'))}`;
        expect(line).toMatch(/exposé/);
        expect([...exposureClaims(line), ...shareChangeClaims(line)]).toEqual([]);
      }),
      { numRuns: 2000 },
    );
  });

  it('give a mover’s change as the difference of its two printed amounts', () => {
    const amount = fc.integer({ min: 0, max: 9e11 });
    fc.assert(
      fc.property(amount, amount, (value, previous) => {
        const row = `X | ${text(formatMEur(previous).replace(`${NBSP}M€`, ''))} | ${text(formatMEur(value).replace(`${NBSP}M€`, ''))} | ${text(printedChange({ value_eur: value, previous_eur: previous }))} | 0 % |`;
        expect(moverClaims(row, value >= previous ? 'hausse' : 'baisse')).toEqual([]);
      }),
      { numRuns: 2000 },
    );
  });

  it('keep the balance’s sign and label as printed', () => {
    expect(formatSignedMEur(-40_000)).toBe(`0,0${NBSP}M€`);
  });
});

describe('every fiche of the demo build, 2024 against 2023', () => {
  let dir = '';
  let storePath = '';
  let fiches: Map<string, FicheInput> | undefined;

  beforeAll(async () => {
    // The shared demo store holds 2024 only: a copy gains 2023, so that every change sentence is written.
    dir = tempDir('territrade-sentences-');
    storePath = path.join(dir, 'demo.duckdb');
    fs.copyFileSync(inject('demoStore'), storePath);
    const archives = await writeDemoArchives({ dir, year: 2023, seed: DEMO_DEFAULT_SEED });
    const store = await Store.open(storePath);
    try {
      await importFiles(store, archives);
    } finally {
      store.close();
    }
  }, 120_000);
  afterAll(() => fs.rmSync(dir, { recursive: true, force: true }));

  /** Every territory's fiche input, by key ('departement:42'), read once from the store. */
  async function inputs(): Promise<Map<string, FicheInput>> {
    return withStore(
      storePath,
      async (store) => {
        const yf = await StoreFigures.load(store, { year: 2024 });
        const territories = allTerritories();
        const built = new Set(territories.map((t) => keyOf(toTerritoryRef(t))));
        const byKey = new Map<string, FicheInput>();
        for (const t of territories) {
          const ref = toTerritoryRef(t);
          byKey.set(keyOf(ref), {
            main: withCharts(yf.figures(t)),
            comparisons: comparisonsOf(t).map((c) => withCharts(yf.figures(c))),
            links: linksFrom(ficheHtmlPath(ref), built, true),
            meta: { generatedAt: TEST_DATE, toolVersion: 'test', sources: [], publication: DEFAULT_PUBLICATION },
          });
        }
        return byKey;
      },
      { readOnly: true },
    );
  }

  it('finds no sentence that its printed numbers contradict, in any of the 120 fiches', async () => {
    fiches = await inputs();
    const out: string[] = [];
    let movers = 0;
    const seen = Object.fromEntries(CLAIMS.map(([key]) => [key, 0])) as Record<(typeof CLAIMS)[number][0], number>;
    for (const input of fiches.values()) {
      const html = renderFiche(input);
      if (html.includes('class="data movers"')) movers++;
      const lines = visibleLines(html);
      for (const [key, re] of CLAIMS) seen[key] += lines.filter((l) => re.test(l)).length;
      out.push(...ficheContradictions(html, true).map((c) => `${input.main.figures.territory.name} : ${c}`));
    }
    expect(fiches.size).toBe(120);
    expect(movers).toBe(120);
    // The checks did read the sentences they check: one of each kind in (almost) every fiche.
    expect(seen.exposure).toBeGreaterThanOrEqual(119);
    expect(seen.change).toBeGreaterThanOrEqual(119);
    expect(seen.rank).toBeGreaterThanOrEqual(119);
    expect(seen.regional).toBeGreaterThanOrEqual(80);
    expect(seen.mover).toBeGreaterThanOrEqual(120 * 30);
    expect(out).toEqual([]);
  }, 300_000);

  it.skipIf(skipWithout([chromiumTool(), pdftotextTool()], 'impression des fiches en PDF'))(
    'prints the same truths on paper: the Loire’s two-digit shares, the notices of Paris, a port, Guadeloupe, Monaco and Corse, no DGDDI source',
    async () => {
      fiches ??= await inputs();
      const printer = await PdfPrinter.launch(chromiumTool().path!);
      const wanted: [string, RegExp][] = [
        ['departement:42', /0,72 % du total national[\s\S]*0,69 % du total national/],
        ['departement:75', /Gaz naturel et électricité : par convention/],
        ['departement:76', /Hydrocarbures : le pétrole brut/],
        ['departement:971', /Outre-mer : les échanges/],
        ['departement:99', /la principauté n’est pas un département français/],
        ['departement:20', /les douanes publient ensemble les deux départements corses/],
        ['france:FR', /Les États-Unis reçoivent/],
      ];
      try {
        const jobs = wanted.map(([key]) => ({
          html: () => renderFiche({ ...fiches!.get(key)!, variant: 'print' }),
          out: path.join(dir, `${key.replace(':', '-')}.pdf`),
        }));
        await printer.printAll(jobs, 2);
        for (const [i, [key, notice]] of wanted.entries()) {
          const text = pdfSentences(jobs[i]!.out);
          expect(text, key).toMatch(notice);
          if (key !== 'france:FR')
            expect(text, key).toMatch(/le territoire y est (plus exposé|moins exposé|exposé autant)/);
          expect(text, key).toMatch(/cette part était de .* : elle (a augmenté|a diminué|est restée stable)/);
          expect([...exposureClaims(text), ...shareChangeClaims(text), ...rankClaims(text)], key).toEqual([]);
          expect(text, key).not.toMatch(/Source : DGDDI|reposent sur les statistiques[^.]*DGDDI/);
        }
      } finally {
        await printer.close();
      }
    },
    180_000,
  );
});
