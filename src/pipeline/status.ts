// `territrade status`: what the store holds, read from its summaries (years, quarters, sources,
// Territoires d'industrie), the store opened read-only.
import type { StoreStatus } from '../report/text/store-status.js';
import { sources, storedTerritoires, storedYears, yearInfo, type YearInfo } from '../store/queries.js';
import { sourceCoverage, storedQuarters, type SourceCoverage } from '../store/source-coverage.js';
import { withStore } from '../store/store.js';

export function storeStatus(storePath: string): Promise<StoreStatus> {
  return withStore(
    storePath,
    async (store) => {
      const years: YearInfo[] = [];
      for (const year of await storedYears(store)) years.push(await yearInfo(store, year));
      const files = await sources(store);
      const coverage = files.length
        ? sourceCoverage(files, await storedQuarters(store))
        : new Map<number, SourceCoverage>();
      const ti = await storedTerritoires(store);
      return {
        storePath,
        years,
        sources: files,
        coverage,
        territoires: { count: ti.list.length, kind: ti.kind, source: ti.source },
      };
    },
    { readOnly: true },
  );
}
