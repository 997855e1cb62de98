// Builds a site folder from the shared demo store: the real index page, and one placeholder page
// per fiche so that every link of the index resolves (the fiches themselves are tested elsewhere).
import fs from 'node:fs';
import path from 'node:path';
import { Store } from '../../../src/store/store.js';
import { allTerritories } from '../../../src/pipeline/only.js';
import { StoreFigures } from '../../../src/pipeline/figures.js';
import type { Figures } from '../../../src/figures/types.js';
import { sharedFontFiles } from '../../../src/report/font-css.js';
import { renderSiteIndex, siteEntryFromFigures, type SiteEntry } from '../../../src/report/site/home-page.js';
import type { SiteIndexOptions } from '../../../src/report/site/types.js';

export function hrefOf(f: Figures): string {
  const t = f.territory;
  if (t.kind === 'france') return 'france.html';
  return `${t.kind === 'departement' ? 'departements' : 'regions'}/${t.slug}.html`;
}

export async function demoEntries(
  storePath: string,
): Promise<{ entries: SiteEntry[]; year: number; list: 'default' | 'official' }> {
  const store = await Store.open(storePath, { readOnly: true });
  try {
    const year = await StoreFigures.load(store);
    const figures = allTerritories().map((t) => year.figures(t));
    return {
      entries: figures.map((f) => siteEntryFromFigures(f, hrefOf(f))),
      year: year.context.year!,
      list: figures[0]!.territoires_industrie_list,
    };
  } finally {
    store.close();
  }
}

/** Writes index.html (linking to the shared font, as `build` writes it), the font files and placeholder fiches into `dir`. */
export async function writeDemoSite(
  storePath: string,
  dir: string,
  links: Pick<SiteIndexOptions, 'compareHref' | 'rankingHref'> = {},
): Promise<SiteEntry[]> {
  const { entries, year, list } = await demoEntries(storePath);
  const html = renderSiteIndex(entries, {
    year,
    demo: true,
    generatedAt: '2025-01-15T08:00:00Z',
    toolVersion: '0.1.0',
    territoiresList: list,
    fontHref: 'police/',
    ...links,
  });
  for (const f of sharedFontFiles()) {
    fs.mkdirSync(path.join(dir, path.dirname(f.rel)), { recursive: true });
    fs.copyFileSync(f.source, path.join(dir, f.rel));
  }
  fs.writeFileSync(path.join(dir, 'index.html'), html);
  for (const e of entries) {
    const file = path.join(dir, e.href);
    fs.mkdirSync(path.dirname(file), { recursive: true });
    fs.writeFileSync(
      file,
      `<!DOCTYPE html><html lang="fr"><head><meta charset="utf-8"><link rel="icon" href="data:,"><title>${e.territory.name}</title></head><body><h1>${e.territory.name}</h1></body></html>\n`,
    );
  }
  return entries;
}
