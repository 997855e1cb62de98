// Rank of a territory among its peers at export, import and for the balance (1 = largest).
// The table is built once from every territory's totals; a lookup is then a map read.

export interface RankEntry {
  in_france: number;
  of_france: number;
  /** Rank among the départements of its région; null for a région. */
  in_region: number | null;
  of_region: number | null;
}

export interface Rank {
  exports: RankEntry;
  imports: RankEntry;
  balance: RankEntry;
}

export interface TerritoryTotals {
  code: string;
  exports: number;
  imports: number;
}

export interface DepartementTotals extends TerritoryTotals {
  /** Code of the département's région. */
  region: string;
}

export interface RankTable {
  departements: Map<string, Rank>;
  regions: Map<string, Rank>;
}

type Measure = 'exports' | 'imports' | 'balance';
const MEASURES: Measure[] = ['exports', 'imports', 'balance'];

function measure(t: TerritoryTotals, m: Measure): number {
  return m === 'balance' ? t.exports - t.imports : t[m];
}

/** Competition ranking: 1 + the number of strictly larger values, so ties share the better rank. */
export function competitionRanks(values: number[]): number[] {
  const sorted = [...values].sort((a, b) => b - a);
  const first = new Map<number, number>();
  sorted.forEach((v, i) => {
    if (!first.has(v)) first.set(v, i + 1);
  });
  return values.map((v) => first.get(v)!);
}

function ranksBy(list: TerritoryTotals[], m: Measure): Map<string, number> {
  const ranks = competitionRanks(list.map((t) => measure(t, m)));
  return new Map(list.map((t, i) => [t.code, ranks[i]!]));
}

function groupBy<T>(list: T[], key: (t: T) => string): Map<string, T[]> {
  const groups = new Map<string, T[]>();
  for (const t of list) {
    const g = groups.get(key(t));
    if (g) g.push(t);
    else groups.set(key(t), [t]);
  }
  return groups;
}

export function rankTable(departements: DepartementTotals[], regions: TerritoryTotals[]): RankTable {
  const national = Object.fromEntries(MEASURES.map((m) => [m, ranksBy(departements, m)])) as Record<
    Measure,
    Map<string, number>
  >;
  const byRegion = groupBy(departements, (d) => d.region);
  const inRegion = new Map<string, { size: number; ranks: Record<Measure, Map<string, number>> }>();
  for (const [region, list] of byRegion) {
    inRegion.set(region, {
      size: list.length,
      ranks: Object.fromEntries(MEASURES.map((m) => [m, ranksBy(list, m)])) as Record<Measure, Map<string, number>>,
    });
  }
  const deptRanks = new Map<string, Rank>();
  for (const d of departements) {
    const local = inRegion.get(d.region)!;
    const entry = (m: Measure): RankEntry => ({
      in_france: national[m].get(d.code)!,
      of_france: departements.length,
      in_region: local.ranks[m].get(d.code)!,
      of_region: local.size,
    });
    deptRanks.set(d.code, { exports: entry('exports'), imports: entry('imports'), balance: entry('balance') });
  }
  const regional = Object.fromEntries(MEASURES.map((m) => [m, ranksBy(regions, m)])) as Record<
    Measure,
    Map<string, number>
  >;
  const regionRanks = new Map<string, Rank>();
  for (const r of regions) {
    const entry = (m: Measure): RankEntry => ({
      in_france: regional[m].get(r.code)!,
      of_france: regions.length,
      in_region: null,
      of_region: null,
    });
    regionRanks.set(r.code, { exports: entry('exports'), imports: entry('imports'), balance: entry('balance') });
  }
  return { departements: deptRanks, regions: regionRanks };
}

/** The rank of a territory; null for France, or for a code missing from the table. */
export function rankOf(
  table: RankTable,
  territory: { kind: 'departement' | 'region' | 'france'; code: string },
): Rank | null {
  if (territory.kind === 'france') return null;
  return (territory.kind === 'departement' ? table.departements : table.regions).get(territory.code) ?? null;
}
