// Renders fiches from the shared demo store in-process, the way `territrade build` does.
import { withStore } from '../../../src/store/store.js';
import { StoreFigures } from '../../../src/pipeline/figures.js';
import { resolveTerritory } from '../../../src/reference/resolve-territory.js';
import { toTerritoryRef } from '../../../src/reference/territories.js';
import { comparisonsOf, linksFrom } from '../../../src/pipeline/links.js';
import { ficheHtmlPath } from '../../../src/pipeline/out-paths.js';
import { DEFAULT_PUBLICATION } from '../../../src/model/publication.js';
import { renderFiche, withCharts, type FicheInput } from '../../../src/report/fiche/index.js';

/** 2026-01-01T00:00:00Z, the date every test fiche carries. */
export const TEST_DATE = new Date(Date.UTC(2026, 0, 1));

export async function demoFicheInput(
  storePath: string,
  query: string,
  built: string[] = ['departement:42', 'region:84', 'france:FR'],
): Promise<FicheInput> {
  return withStore(
    storePath,
    async (store) => {
      const yf = await StoreFigures.load(store);
      const info = yf.info;
      const t = resolveTerritory(query);
      const ref = toTerritoryRef(t);
      return {
        main: withCharts(yf.figures(t)),
        comparisons: comparisonsOf(t).map((c) => withCharts(yf.figures(c))),
        links: linksFrom(ficheHtmlPath(ref), new Set(built), true),
        meta: {
          generatedAt: TEST_DATE,
          toolVersion: 'version-de-test',
          sources: info.sources.map((s) => ({ name: s.fileName, quarters: 'T1 T2 T3 T4', demo: s.demo })),
          publication: DEFAULT_PUBLICATION,
        },
      };
    },
    { readOnly: true },
  );
}

export async function demoFiche(storePath: string, query: string): Promise<string> {
  return renderFiche(await demoFicheInput(storePath, query));
}
