// « Concentration des échanges »: the equivalent numbers of partners and activities of the
// territory, beside those of its région and of France (the benchmarks), in sentences and a table.
import type { Concentration, FlowConcentration } from '../../figures/position/position.js';
import type { TerritoryRef } from '../../model/territory.js';
import { formatNumber } from '../../format/fr.js';
import { escapeHtml, tag } from '../html.js';
import { p } from './html.js';
import { tableWrap } from './table.js';
import { equivalentCount } from './position-prose.js';

const NBSP = '\u00A0';

/** A territory the concentration is compared with: its région, France. */
export interface ConcentrationBenchmark {
  territory: TerritoryRef;
  concentration: Concentration;
}

const FLOWS = { exports: 'Les exportations', imports: 'Les importations' } as const;

/** 'Région Auvergne-Rhône-Alpes', 'France': a table's row header. */
function rowName(t: TerritoryRef): string {
  return t.kind === 'france' ? 'France' : `Région ${escapeHtml(t.name)}`;
}

function count(n: number | null): string {
  return n === null ? '–' : formatNumber(equivalentCount(n));
}

/** ' (région : 17, France : 20)'; '' without benchmarks. */
function benchmarksText(
  flow: 'exports' | 'imports',
  key: 'equivalent_partners' | 'equivalent_products',
  benchmarks: readonly ConcentrationBenchmark[],
): string {
  const known = benchmarks.filter((b) => b.concentration[flow][key] !== null);
  if (known.length === 0) return '';
  return ` (${known.map((b) => `${b.territory.kind === 'france' ? 'France' : 'région'}${NBSP}: ${count(b.concentration[flow][key])}`).join(', ')})`;
}

/**
 * 'Les exportations dépendent autant de leurs partenaires que si elles étaient réparties également
 * entre 13 pays (région : 17, France : 20), et autant de leurs produits que si elles
 * étaient partagées également entre 7 activités (…).'
 */
export function concentrationSentence(
  flow: 'exports' | 'imports',
  c: FlowConcentration,
  benchmarks: readonly ConcentrationBenchmark[] = [],
): string {
  const flows = FLOWS[flow];
  if (c.equivalent_partners === null || c.equivalent_products === null)
    return `${flows} sont nulles${NBSP}: il n’y a pas de concentration à mesurer.`;
  const countries = equivalentCount(c.equivalent_partners);
  const activities = equivalentCount(c.equivalent_products);
  const partnersBench = benchmarksText(flow, 'equivalent_partners', benchmarks);
  const productsBench = benchmarksText(flow, 'equivalent_products', benchmarks);
  const partnersPart =
    countries === 1
      ? `${flows} dépendent de leurs partenaires comme si elles allaient toutes à un seul pays${partnersBench}`
      : `${flows} dépendent autant de leurs partenaires que si elles étaient réparties également entre ${formatNumber(countries)} pays${partnersBench}`;
  const productsPart =
    activities === 1
      ? `et de leurs produits comme si elles ne portaient que sur une seule activité${productsBench}`
      : `et autant de leurs produits que si elles étaient partagées également entre ${formatNumber(activities)} activités${productsBench}`;
  return `${partnersPart}, ${productsPart}.`;
}

/** The table of the equivalent numbers: a row for the territory, its région and France. */
function concentrationTable(
  t: TerritoryRef,
  own: Concentration,
  benchmarks: readonly ConcentrationBenchmark[],
): string {
  const rows = [{ territory: t, concentration: own }, ...benchmarks].map((b) =>
    tag(
      'tr',
      {},
      tag('th', { scope: 'row' }, b.territory === t ? 'Ce territoire' : rowName(b.territory)),
      ...(['exports', 'imports'] as const).flatMap((flow) =>
        (['equivalent_partners', 'equivalent_products'] as const).map((key) =>
          tag('td', { class: 'num' }, count(b.concentration[flow][key])),
        ),
      ),
    ),
  );
  const head = tag(
    'tr',
    {},
    tag('th', { scope: 'col' }, 'Territoire'),
    ...['Exportations : pays', 'Exportations : activités', 'Importations : pays', 'Importations : activités'].map((h) =>
      tag('th', { scope: 'col', class: 'num' }, escapeHtml(h)),
    ),
  );
  const caption = 'Nombre équivalent de pays et d’activités à parts égales';
  return tableWrap(
    caption,
    tag(
      'table',
      { class: 'data' },
      tag('caption', {}, caption),
      '\n',
      tag('thead', {}, head),
      '\n',
      tag('tbody', {}, '\n', rows.join('\n'), '\n'),
    ),
    // On paper the sentences carry the same numbers: the table stays on the web page (7 pages at most).
    'visible screen-only',
  );
}

/** The block's paragraphs and, when there is a benchmark, its table. */
export function concentrationBlock(
  t: TerritoryRef,
  own: Concentration,
  benchmarks: readonly ConcentrationBenchmark[],
): string[] {
  const parts = [
    tag('h3', {}, 'Concentration des échanges'),
    p(concentrationSentence('exports', own.exports, benchmarks)),
    p(concentrationSentence('imports', own.imports, benchmarks)),
  ];
  if (benchmarks.length > 0) parts.push(concentrationTable(t, own, benchmarks));
  return parts;
}
