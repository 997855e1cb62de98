// Figures from the store: one query for the year's cube, then pure computation per territory.
import { loadCube, resolveYear, storedLabels, storedTerritoires, yearInfo, type YearInfo } from '../data/queries.js';
import type { Store } from '../data/store.js';
import { resolveTerritory } from '../reference/resolve-territory.js';
import { departements, regionOfDepartement, regions, type ResolvedTerritory } from '../reference/territories.js';
import { mergeDepartements, type CubeRow } from './cube.js';
import { computeFigures, flowTotals, type FlowTotals, type YearContext } from './compute.js';
import { makeLabels } from './labels.js';
import type { Figures } from './types.js';

export * from './types.js';
export { computeFigures } from './compute.js';

/** A year's cube split by territory, ready for computeFigures. */
export class YearFigures {
  private readonly byDept = new Map<string, CubeRow[]>();
  /** Région and France rows, merged across départements once (far fewer rows to go through). */
  private readonly merged = new Map<string, CubeRow[]>();
  /** Flow totals of the régions and France, which every département's shares divide by. */
  private readonly totals = new Map<string, FlowTotals>();

  private constructor(
    readonly context: YearContext,
    /** What the store holds for the year (quarters, demo flag, source files). */
    readonly info: YearInfo,
    private readonly all: CubeRow[],
  ) {
    for (const r of all) {
      const list = this.byDept.get(r.dept);
      if (list) list.push(r);
      else this.byDept.set(r.dept, [r]);
    }
  }

  static async load(store: Store, year?: number): Promise<YearFigures> {
    const y = await resolveYear(store, year);
    // One connection runs one statement at a time: sequential awaits say so plainly.
    const info = await yearInfo(store, y);
    const cube = await loadCube(store, y);
    const a129 = await storedLabels(store, 'a129');
    const pays = await storedLabels(store, 'pays');
    const territoires = await storedTerritoires(store);
    const quarters = [...new Set([...info.quarters.E, ...info.quarters.I])].sort();
    const context: YearContext = { year: y, demo: info.demo, partial: info.partial, quarters, labels: makeLabels(a129, pays), territoires };
    return new YearFigures(context, info, cube);
  }

  private rowsOf(territory: ResolvedTerritory): CubeRow[] {
    switch (territory.kind) {
      case 'departement':
        return this.byDept.get(territory.departement.dgddi) ?? [];
      case 'region':
        return this.mergedRows(`region:${territory.region.code}`, () => territory.region.departements.flatMap((d) => this.byDept.get(d) ?? []));
      case 'france':
        return this.mergedRows('FR', () => this.all);
    }
  }

  private mergedRows(key: string, rows: () => CubeRow[]): CubeRow[] {
    let merged = this.merged.get(key);
    if (!merged) {
      merged = mergeDepartements(rows(), key);
      this.merged.set(key, merged);
    }
    return merged;
  }

  private totalsOf(key: string, territory: ResolvedTerritory): FlowTotals {
    let totals = this.totals.get(key);
    if (!totals) {
      totals = flowTotals(this.rowsOf(territory));
      this.totals.set(key, totals);
    }
    return totals;
  }

  figures(territory: ResolvedTerritory): Figures {
    const france = territory.kind === 'france' ? null : this.totalsOf('FR', { kind: 'france' });
    let region: FlowTotals | null = null;
    if (territory.kind === 'departement') {
      const r = regionOfDepartement(territory.departement.dgddi);
      region = this.totalsOf(`region:${r.code}`, { kind: 'region', region: r });
    }
    return computeFigures(territory, this.rowsOf(territory), { region, france }, this.context);
  }

  /** Every département, every région, then France. */
  allTerritories(): ResolvedTerritory[] {
    return [
      ...departements().map((departement) => ({ kind: 'departement' as const, departement })),
      ...regions().map((region) => ({ kind: 'region' as const, region })),
      { kind: 'france' as const },
    ];
  }
}

export async function figuresFor(store: Store, query: string, year?: number): Promise<Figures> {
  const territory = resolveTerritory(query);
  return (await YearFigures.load(store, year)).figures(territory);
}
