// The pages of the Territoires d'industrie in `territrade build`: which ones this build can write
// (every département of the territory built), the fiches' links to them, and the pages themselves.
import type { Figures, TerritoireIndustrie } from '../figures/types.js';
import type { TiTerritory } from '../model/territoires-industrie.js';
import type { TerritoiresListKind } from '../model/territory.js';
import { shippedTerritoiresIndustrie } from '../reference/territoires-industrie.js';
import { inseeDepartement, tiDgddiCodes, tiTerritoryOf } from '../reference/ti-query.js';
import { departementByDgddi, regionByCode, toTerritoryRef } from '../reference/territories.js';
import { tiPerimeter, tiRegionNeighbours } from '../reference/ti-perimeters.js';
import { keyOf } from './links.js';
import { relativeHref } from './out-paths.js';
import { ficheHtmlPath, fontHrefFrom, INDEX_PATH } from './out-paths.js';
import type { FicheLinks } from '../report/fiche/index.js';
import { tiPagePath, type TiPageLink } from '../report/site/ti-links.js';
import { renderTiPage, type TiPageDepartement } from '../report/site/ti-page.js';

export interface TiPlan {
  pages: { territory: TiTerritory; link: TiPageLink; dgddi: string[] }[];
  kind: TerritoiresListKind;
}

/**
 * The territories whose every département has a fiche in this build (all of them for a full
 * build), with groupements when the list is the shipped one.
 */
export function planTiPages(
  territoires: { list: TerritoireIndustrie[]; kind: TerritoiresListKind },
  hasFiche: (dgddi: string) => boolean,
): TiPlan {
  const list = territoires.kind === 'official' ? territoires.list.map(tiTerritoryOf) : shippedTerritoiresIndustrie();
  const pages = list
    .map((territory) => ({ territory, dgddi: tiDgddiCodes(territory) }))
    .filter(({ dgddi }) => dgddi.length > 0 && dgddi.every(hasFiche))
    .map(({ territory, dgddi }) => ({
      territory,
      dgddi,
      link: {
        id: territory.id,
        name: territory.name,
        href: tiPagePath(territory),
        departements: territory.departements.map((c) => `${inseeDepartement(c).name} (${c})`).join(', '),
      },
    }));
  return { pages, kind: territoires.kind };
}

/**
 * The pages a partial build on a trusted site writes: those of a territory whose départements' or
 * région's fiche it rebuilds, and those out/ lacks; the others are kept as they are, like the fiches.
 */
export function tiPagesToWrite(
  plan: TiPlan,
  rebuilt: ReadonlySet<string>,
  deptKey: (dgddi: string) => string,
  inOut: (href: string) => boolean,
): TiPlan {
  const pages = plan.pages.filter(
    (p) =>
      p.dgddi.some((d) => rebuilt.has(deptKey(d))) ||
      rebuilt.has(`region:${p.territory.region}`) ||
      !inOut(p.link.href),
  );
  return { ...plan, pages };
}

/** The fiche's links plus those to the pages of its territories. */
export function withTiLinks(links: FicheLinks, page: string, plan: TiPlan): FicheLinks {
  const byId = new Map(plan.pages.map((p) => [p.territory.id, p.link.href]));
  return {
    ...links,
    territoireIndustrie: (t) => (t.id && byId.has(t.id) ? relativeHref(page, byId.get(t.id)!) : null),
  };
}

export interface TiPagesContext {
  plan: TiPlan;
  figuresOf: (dgddi: string) => Figures;
  /** Whether this build has the fiche of a territory (key 'region:84'). */
  hasFiche: (key: string) => boolean;
  year: number | string;
  demo: boolean;
  generatedAt: string;
  toolVersion: string;
  editionTitle: string;
  write: (rel: string, html: string) => void;
}

/** Writes every planned page; returns how many. */
export function writeTiPages(c: TiPagesContext): number {
  for (const { territory, link, dgddi } of c.plan.pages) {
    const departements: TiPageDepartement[] = dgddi.map((code) => {
      const figures = c.figuresOf(code);
      const inseeCodes = territory.departements.filter((i) => departementByDgddi(code)!.inseeCodes.includes(i));
      return {
        inseeCodes,
        inseeNames: inseeCodes.map((i) => inseeDepartement(i).name),
        figures,
        href: relativeHref(link.href, ficheHtmlPath(figures.territory)),
      };
    });
    const region = regionByCode(territory.region);
    const regionRef = region && toTerritoryRef({ kind: 'region', region });
    const html = renderTiPage({
      territory,
      regionName: region?.name ?? territory.region,
      regionHref: regionRef && c.hasFiche(keyOf(regionRef)) ? relativeHref(link.href, ficheHtmlPath(regionRef)) : null,
      perimeter: tiPerimeter(territory.id),
      neighbours: tiRegionNeighbours(territory.id),
      departements,
      year: c.year,
      demo: c.demo,
      listKind: c.plan.kind,
      indexHref: relativeHref(link.href, INDEX_PATH),
      fontHref: fontHrefFrom(link.href),
      generatedAt: c.generatedAt,
      toolVersion: c.toolVersion,
      editionTitle: c.editionTitle,
    });
    c.write(link.href, html);
  }
  return c.plan.pages.length;
}
