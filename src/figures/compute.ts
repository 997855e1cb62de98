// Figures for one territory from its cube rows: pure, no store.
import type { Departement, ResolvedTerritory } from '../reference/territories.js';
import { regionByCode, regionOfDepartement, toTerritoryRef } from '../reference/territories.js';
import { territoiresOfDepartement } from '../reference/territoires-industrie.js';
import { activities } from './activities.js';
import { totalOf, type CubeRow, type Labels } from './cube.js';
import { flowMatrix } from './flows.js';
import { partners } from './partners.js';
import { positionOf } from './position/base.js';
import { UNITED_STATES } from './position/exposure.js';
import type { PositionBase } from './position/index.js';
import { flowTotal } from './totals.js';
import type { Figures, TerritoireIndustrie } from './types.js';

export { UNITED_STATES };

export interface YearContext {
  year: number;
  demo: boolean;
  partial: boolean;
  quarters: number[];
  labels: Labels;
  territoires: { list: TerritoireIndustrie[]; kind: 'default' | 'official' };
  /** What positions are measured against (built once per period), and the partners whose exposure is computed. */
  position: { base: PositionBase; partners: string[] };
}

/** Export and import totals of a set of rows. */
export interface FlowTotals {
  E: number;
  I: number;
}

export function flowTotals(rows: CubeRow[]): FlowTotals {
  return { E: totalOf(rows, 'E'), I: totalOf(rows, 'I') };
}

export function computeFigures(
  territory: ResolvedTerritory,
  rows: CubeRow[],
  enclosing: { region: FlowTotals | null; france: FlowTotals | null },
  ctx: YearContext,
): Figures {
  const own = flowTotals(rows);
  const dept: Departement | null = territory.kind === 'departement' ? territory.departement : null;
  const territoires = dept ? territoiresOfDepartement(ctx.territoires.list, dept) : [];
  const region = dept ? regionOfDepartement(dept.dgddi) : null;
  return {
    territory: toTerritoryRef(territory),
    region: region ? toTerritoryRef({ kind: 'region', region: regionByCode(region.code)! }) : null,
    year: ctx.year,
    demo: ctx.demo,
    partial_year: ctx.partial,
    quarters: ctx.quarters,
    exports: flowTotal(own.E, enclosing.region?.E ?? null, enclosing.france?.E ?? null),
    imports: flowTotal(own.I, enclosing.region?.I ?? null, enclosing.france?.I ?? null),
    balance_eur: own.E - own.I,
    exports_to_us_eur: rows.reduce((s, r) => (r.flow === 'E' && r.country === UNITED_STATES ? s + r.value : s), 0),
    partners: partners(rows, ctx.labels),
    activities: { imports: activities(rows, 'I', ctx.labels), exports: activities(rows, 'E', ctx.labels) },
    flows: { exports: flowMatrix(rows, 'E', ctx.labels), imports: flowMatrix(rows, 'I', ctx.labels) },
    territoires_industrie: territoires.map((t) => t.name),
    territoires_industrie_detail: territoires,
    territoires_industrie_list: ctx.territoires.kind,
    ...positionOf(territory, rows, ctx.position.base, ctx.labels, ctx.position.partners),
  };
}
