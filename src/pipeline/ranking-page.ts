// The site's « Classements » page: the départements and the régions of the site ranked by every
// registry indicator with the rank pipeline's own function (`territrade rank`), written beside the
// index.
import { INDICATORS } from '../figures/indicators/registry.js';
import type { Figures } from '../figures/types.js';
import { rankingSiteData, type RankedScale } from '../report/site/ranking-data.js';
import { renderRankingPage } from '../report/site/ranking-page.js';
import type { ToolPageOptions } from '../report/site/tool-page.js';
import { ficheHtmlPath, fontHrefFrom, INDEX_PATH, RANKING_PATH, relativeHref } from './out-paths.js';
import { rankingOf } from './rank.js';

/** The page's HTML, from the figures of the territories the store has lines of (as `rank` keeps them). */
export function rankingPageHtml(
  figures: readonly Figures[],
  period: string,
  o: Omit<ToolPageOptions, 'indexHref' | 'fontHref'>,
): string {
  const scale = (key: string, words: string, kind: Figures['territory']['kind']): RankedScale => {
    const of = figures.filter((f) => f.territory.kind === kind);
    return {
      key,
      words,
      rankings: INDICATORS.map((indicator) => rankingOf(of, { indicator, partner: null, flow: 'exports' })),
      href: (f) => relativeHref(RANKING_PATH, ficheHtmlPath(f.territory)),
    };
  };
  const data = rankingSiteData(
    [scale('departements', 'les départements', 'departement'), scale('regions', 'les régions', 'region')],
    period,
    `classement-${period.replace(/ – /, '-')}.csv`,
  );
  return renderRankingPage(data, {
    ...o,
    indexHref: relativeHref(RANKING_PATH, INDEX_PATH),
    fontHref: fontHrefFrom(RANKING_PATH),
  });
}
