// What the « Comparer » page embeds: for every territory of the site, the rows of `territrade
// compare` (the same labels, raw values and French texts), so that the page compares any choice
// in the browser, from files or from `serve`, with no server computation.
import type { CompareData, CompareRow } from '../../browser/compare-choice.js';
import { INDICATORS } from '../../figures/indicators/registry.js';
import type { FiguresSummary } from '../../figures/types.js';
import { normalizeName } from '../../reference/slug.js';
import { departements } from '../../reference/territories.js';
import { compareRows } from '../compare-rows.js';
import { KIND_WORDS } from '../text/compare-output.js';

/** Scales where France's own value is a fair reference for a territory's (shares, rates, counts). */
const FRANCE_REFERENCE = new Set(['share', 'change', 'equivalent-count', 'balance-share']);

/** 'Loire (42)'; Corse's name holds its codes already. */
function displayName(f: FiguresSummary): string {
  const t = f.territory;
  if (t.kind === 'departement') return t.name.includes('(') ? t.name : `${t.name} (${t.code})`;
  return t.kind === 'region' ? `${t.name} (région)` : t.name;
}

/** ' 42 loire ', ' 20 2a 2b corse ', ' region 84 auvergne rhone alpes ': padded for whole-word matches. */
function searchKey(f: FiguresSummary): string {
  const t = f.territory;
  const codes = departements().find((d) => t.kind === 'departement' && d.code === t.code)?.inseeCodes ?? [];
  const words = t.kind === 'region' ? ['region', t.code, t.name] : [t.code, ...codes, t.name];
  return ` ${normalizeName(words.join(' '))} `;
}

export function compareQuery(f: FiguresSummary): string {
  const t = f.territory;
  return t.kind === 'departement' ? t.code : t.kind === 'region' ? `region:${t.code}` : 'france';
}

export function compareSiteData(
  pages: readonly { figures: FiguresSummary; href: string }[],
  period: string,
  file: string,
): CompareData {
  const rows = compareRows([]);
  const charted = (i: number): 0 | 1 | 2 => {
    const d = INDICATORS[i];
    if (!d) return 0;
    return FRANCE_REFERENCE.has(d.scale) ? 2 : d.scale === 'rank' ? 0 : 1;
  };
  return {
    rows: rows.map((r, i): CompareRow => ({ l: r.label, k: r.csvKind, c: charted(i) })),
    territories: pages.map(({ figures: f, href }) => ({
      q: compareQuery(f),
      c: f.territory.code,
      t: KIND_WORDS[f.territory.kind],
      n: displayName(f),
      m: f.territory.name,
      h: searchKey(f),
      f: href,
      v: rows.map((r) => r.value(f)),
      x: rows.map((r) => r.text(f)),
    })),
    p: period,
    file,
  };
}
