// What the « Comparer » page embeds: for every territory of the site, the rows of `territrade
// compare` (the same labels, raw values and French texts), so that the page compares any choice
// in the browser, from files or from `serve`, with no server computation.
import type { CsvKind, CsvValue } from '../../format/csv.js';
import { INDICATORS } from '../../figures/indicators/registry.js';
import type { Figures } from '../../figures/types.js';
import { normalizeName } from '../../reference/slug.js';
import { departements } from '../../reference/territories.js';
import { compareRows } from '../compare-rows.js';
import { KIND_WORDS } from '../text/compare-output.js';

/** Scales where France's own value is a fair reference for a territory's (shares, rates, counts). */
const FRANCE_REFERENCE = new Set(['share', 'change', 'equivalent-count', 'balance-share']);

export interface CompareSiteRow {
  /** Label, as in `compare`. */
  l: string;
  k: CsvKind;
  /** Small multiple: 0 none, 1 bars, 2 bars with France's value as a reference line. */
  c: 0 | 1 | 2;
}

export interface CompareSiteTerritory {
  /** What `territrade compare` takes for it: '42', 'region:84', 'france'. */
  q: string;
  /** Its code and kind as `compare --csv` writes them: '42', 'département'. */
  c: string;
  t: string;
  /** Display name: 'Loire (42)', 'Auvergne-Rhône-Alpes (région)', 'France'; and the name alone, as `compare --csv` writes it. */
  n: string;
  m: string;
  /** Normalised names and codes the page's search matches, computed like the index's. */
  h: string;
  /** Its fiche, relative to out/. */
  f: string;
  /** Raw values and French texts, one per row. */
  v: CsvValue[];
  x: string[];
}

export interface CompareSiteData {
  rows: CompareSiteRow[];
  territories: CompareSiteTerritory[];
  /** The period in words, for the CSV's last column; the CSV's file name. */
  p: string;
  file: string;
}

/** 'Loire (42)'; Corse's name holds its codes already. */
function displayName(f: Figures): string {
  const t = f.territory;
  if (t.kind === 'departement') return t.name.includes('(') ? t.name : `${t.name} (${t.code})`;
  return t.kind === 'region' ? `${t.name} (région)` : t.name;
}

/** ' 42 loire ', ' 20 2a 2b corse ', ' region 84 auvergne rhone alpes ': padded for whole-word matches. */
function searchKey(f: Figures): string {
  const t = f.territory;
  const codes = departements().find((d) => t.kind === 'departement' && d.code === t.code)?.inseeCodes ?? [];
  const words = t.kind === 'region' ? ['region', t.code, t.name] : [t.code, ...codes, t.name];
  return ` ${normalizeName(words.join(' '))} `;
}

export function compareQuery(f: Figures): string {
  const t = f.territory;
  return t.kind === 'departement' ? t.code : t.kind === 'region' ? `region:${t.code}` : 'france';
}

export function compareSiteData(
  pages: readonly { figures: Figures; href: string }[],
  period: string,
  file: string,
): CompareSiteData {
  const rows = compareRows([]);
  const charted = (i: number): 0 | 1 | 2 => {
    const d = INDICATORS[i];
    if (!d) return 0;
    return FRANCE_REFERENCE.has(d.scale) ? 2 : d.scale === 'rank' ? 0 : 1;
  };
  return {
    rows: rows.map((r, i) => ({ l: r.label, k: r.csvKind, c: charted(i) })),
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
