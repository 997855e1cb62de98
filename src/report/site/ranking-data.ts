// What the « Classements » page embeds: for the départements and the régions, the ranking of
// `territrade rank` by every registry indicator (the same order, ranks, raw values and activities),
// so that the page shows any of them in the browser, from files or from `serve`.
import type { RankingData, RankRow } from '../../browser/ranking.js';
import { formatIndicator, indicatorLabel, INDICATORS } from '../../figures/indicators/registry.js';
import type { FiguresSummary } from '../../figures/types.js';
import { productsText, ranks, type RankingOut } from '../text/rank-output.js';

export interface RankedScale {
  /** Its key in the page's address ('departements') and its words ('les départements'). */
  key: string;
  words: string;
  /** One ranking per registry indicator, in the registry's order. */
  rankings: readonly RankingOut[];
  /** A territory's fiche, relative to the page. */
  href: (f: FiguresSummary) => string;
}

export function rankingSiteData(scales: readonly RankedScale[], period: string, file: string): RankingData {
  const texts: string[] = [];
  const textIndex = new Map<string, number>();
  const activities = (text: string): number => {
    if (text === '') return -1;
    if (!textIndex.has(text)) textIndex.set(text, texts.push(text) - 1);
    return textIndex.get(text)!;
  };
  const e = scales.map((s) => {
    const territories = [...(s.rankings[0]?.items ?? [])]
      .map((item) => item.figures)
      .sort((a, b) => a.territory.code.localeCompare(b.territory.code));
    const at = new Map(territories.map((f, k) => [f.territory.code, k]));
    const rows = s.rankings.map((r, i) => {
      const rk = ranks(r.items);
      return r.items.map((item, k): RankRow => [
        at.get(item.figures.territory.code)!,
        rk[k] ?? null,
        item.value,
        formatIndicator(INDICATORS[i]!, item.value, item.figures.territory.kind),
        activities(productsText(item.products)),
      ]);
    });
    return {
      k: s.key,
      l: s.words,
      t: territories.map((f) => ({ c: f.territory.code, n: f.territory.name, f: s.href(f) })),
      r: rows,
    };
  });
  return {
    i: INDICATORS.map((d) => ({ k: d.key, l: indicatorLabel(d), d: d.definition })),
    e,
    a: texts,
    p: period,
    n: file,
  };
}
