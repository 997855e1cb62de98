// fast-check generator of consistent chart inputs (partners, activities, reduced flow matrices)
// covering the shapes the charts must survive: few or no rows, zeros, one dominating value,
// mixed magnitudes, very long names.
import fc from 'fast-check';
import {
  OTHERS_NODE as OTHERS_CODE,
  type ActivityCell as Activity,
  type ChartSubject,
  type PartnerRow as Partner,
  type SankeyInput,
  type SankeyLinkInput as FlowLink,
  type SankeyNodeInput as FlowNode,
} from '../../src/charts/index.js';
import type { Tncc } from '../../src/format/article.js';
import type { ChartInputs } from '../../src/report/fiche/charts.js';

type FlowMatrix = Omit<SankeyInput, 'subject' | 'direction'>;

const WORDS = [
  'Produits',
  'de',
  'la',
  'construction',
  'automobile',
  'Machines',
  'équipements',
  "d'usage",
  'général',
  'Allemagne',
  'États-Unis',
  'Corée',
  'du',
  'Sud',
  'et',
  'matières',
  'plastiques',
  'caoutchouc',
  'synthétique',
  'Îles',
  'Vierges',
  'britanniques',
  'Œuvres',
  'Trinité-et-Tobago',
];

/** Any of INSEE's TNCC (the article a territory's name takes). */
export const tnccArb = fc.constantFrom<Tncc>(0, 1, 2, 3, 4, 5, 6, 7, 8);

export const nameArb = fc.oneof(
  fc.array(fc.constantFrom(...WORDS), { minLength: 1, maxLength: 4 }).map((w) => w.join(' ')),
  fc.array(fc.constantFrom(...WORDS), { minLength: 10, maxLength: 22 }).map((w) => w.join(' ').slice(0, 120)),
  fc.constantFrom('Anticonstitutionnellementtransformésdelongueurextrême', 'Pérou'),
);

/** Values in euros: zero, small, large, with a per-figure magnitude. */
const valueArb = (scale: number) =>
  fc.oneof(
    { weight: 1, arbitrary: fc.constant(0) },
    { weight: 6, arbitrary: fc.integer({ min: 1, max: 1000 }).map((v) => v * scale) },
  );

const A129 = [
  'A01Z',
  'B06Z',
  'C10A',
  'C11Z',
  'C19Z',
  'C20A',
  'C21Z',
  'C24A',
  'C26A',
  'C28D',
  'C29A',
  'C29B',
  'C30C',
  'C32B',
  'E38Z',
  'J58Z',
];
const a17 = (code: string) =>
  code[0] === 'A'
    ? 'AZ'
    : code[0] === 'C'
      ? code < 'C19'
        ? 'C1'
        : code < 'C26'
          ? 'C5'
          : code < 'C29'
            ? 'C3'
            : 'C4'
      : 'DE';

function activitiesArb(scale: number) {
  return fc.subarray(A129).chain((codes) =>
    fc.tuple(...codes.map(() => fc.tuple(valueArb(scale), nameArb))).map((vals) => {
      return codes.map((code, i): Activity => ({
        code,
        name: vals[i]![1],
        a17: a17(code),
        a17_name: `Secteur ${a17(code)}`,
        value_eur: vals[i]![0],
      }));
    }),
  );
}

function flowArb(scale: number, othersLeft: string, othersRight: string) {
  return fc
    .record({
      nSources: fc.integer({ min: 1, max: 11 }),
      nTargets: fc.integer({ min: 1, max: 11 }),
      othersSource: fc.boolean(),
      othersTarget: fc.boolean(),
      dominating: fc.boolean(),
    })
    .chain(({ nSources, nTargets, othersSource, othersTarget, dominating }) =>
      fc
        .tuple(
          fc.array(fc.array(valueArb(scale), { minLength: nTargets, maxLength: nTargets }), {
            minLength: nSources,
            maxLength: nSources,
          }),
          fc.array(nameArb, { minLength: nSources + nTargets, maxLength: nSources + nTargets }),
        )
        .map(([m, names]): FlowMatrix => {
          if (dominating) m[0]![0] = 1000 * 1000 * scale;
          const node = (
            i: number,
            side: 's' | 't',
            n: number,
            others: boolean,
            othersName: string,
            value: number,
          ): FlowNode =>
            others && i === n - 1
              ? { code: OTHERS_CODE, name: othersName, value_eur: value }
              : { code: `${side}${i}`, name: names[side === 's' ? i : nSources + i]!, value_eur: value };
          const rowSums = m.map((r) => r.reduce((a, b) => a + b, 0));
          const colSums = m[0]!.map((_, j) => m.reduce((a, r) => a + r[j]!, 0));
          const sources = rowSums.map((v, i) => node(i, 's', nSources, othersSource, othersLeft, v));
          const targets = colSums.map((v, j) => node(j, 't', nTargets, othersTarget, othersRight, v));
          const links: FlowLink[] = [];
          m.forEach((r, i) =>
            r.forEach((v, j) =>
              links.push({ source: sources[i]!.code, target: targets[j]!.code, value_eur: v, highlight: false }),
            ),
          );
          links
            .filter((l) => l.source !== OTHERS_CODE && l.target !== OTHERS_CODE && l.value_eur > 0)
            .sort((a, b) => b.value_eur - a.value_eur)
            .slice(0, 5)
            .forEach((l) => (l.highlight = true));
          return { total_eur: rowSums.reduce((a, b) => a + b, 0), sources, targets, links };
        }),
    );
}

function partnersArb(scale: number) {
  return fc.array(fc.tuple(nameArb, valueArb(scale), valueArb(scale)), { maxLength: 20 }).map((rows) =>
    rows
      .map(([name, imports_eur, exports_eur], i): Partner => ({
        country: `P${i}`,
        name,
        imports_eur,
        exports_eur,
        balance_eur: exports_eur - imports_eur,
      }))
      .sort((a, b) => b.imports_eur + b.exports_eur - (a.imports_eur + a.exports_eur)),
  );
}

export const figuresArb: fc.Arbitrary<ChartInputs> = fc.constantFrom(1, 1000, 1_000_000, 100_000_000).chain((scale) =>
  fc
    .record({
      partners: partnersArb(scale),
      imports: activitiesArb(scale),
      exports: activitiesArb(scale),
      flowExports: flowArb(scale, 'Autres produits', 'Autres pays'),
      flowImports: flowArb(scale, 'Autres pays', 'Autres produits'),
      name: nameArb,
      tncc: tnccArb,
    })
    .map(({ partners, imports, exports, flowExports, flowImports, name, tncc }): ChartInputs => {
      const subject: ChartSubject = { name, tncc, year: 2024, slug: '42-test', source: `Source : ${name}` };
      const ti = imports.reduce((s, a) => s + a.value_eur, 0);
      const te = exports.reduce((s, a) => s + a.value_eur, 0);
      return {
        partenaires: { subject, partners, totals: { imports_eur: ti, exports_eur: te } },
        activites: { subject, imports, exports },
        'flux-exportations': { subject, direction: 'exports', ...flowExports },
        'flux-importations': { subject, direction: 'imports', ...flowImports },
      };
    }),
);
