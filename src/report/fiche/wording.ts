// Small French phrases that depend on the kind of territory.
import type { Figures, TerritoryRef } from '../../figures/types.js';
import { duringPeriod } from '../../model/period.js';

const NBSP = '\u00A0';

/** 'le département', 'la région', 'la France'. */
export function territoryNoun(t: TerritoryRef): string {
  return t.kind === 'departement' ? 'le département' : t.kind === 'region' ? 'la région' : 'la France';
}

/** 'du département', 'de la région', 'de la France'. */
export function ofTerritory(t: TerritoryRef): string {
  return t.kind === 'departement' ? 'du département' : t.kind === 'region' ? 'de la région' : 'de la France';
}

/** 'Loire (42)', 'Auvergne-Rhône-Alpes', 'France entière'. */
export function displayName(t: TerritoryRef): string {
  if (t.kind === 'departement') return `${t.name} (${t.code})`;
  return t.kind === 'france' ? 'France entière' : t.name;
}

/** 'Département de la Loire…': the kind line under the title. */
export function kindLabel(t: TerritoryRef): string {
  return t.kind === 'departement' ? 'Département' : t.kind === 'region' ? 'Région' : 'Ensemble du territoire douanier';
}

/** 'T1, T2 et T3': quarters in French. */
export function quarterList(quarters: number[]): string {
  const q = quarters.map((n) => `T${n}`);
  return q.length <= 1 ? q.join('') : `${q.slice(0, -1).join(', ')} et ${q[q.length - 1]}`;
}

/** The year, or for a window of quarters across two years its bounds: 'T3 2024 – T2 2025'. */
export function yearOrWindow(f: Pick<Figures, 'year' | 'period'>): string {
  return f.year !== null ? String(f.year) : windowWords(f.period);
}

/** The period after its noun: 'année 2024', or for a window of quarters 'période T3 2024 – T2 2025'. */
export function periodNoun(f: Pick<Figures, 'year' | 'period'>): string {
  return f.year !== null ? `année ${f.year}` : `période ${windowWords(f.period)}`;
}

/** The period after a verb: 'en 2024', or for a window 'sur la période T3 2024 – T2 2025'. */
export function inPeriod(f: Pick<Figures, 'year' | 'period'>): string {
  return duringPeriod(yearOrWindow(f));
}

/** A run of quarters as the figures give it ('2023-T1' to '2023-T4'). */
export interface PeriodBounds {
  from: string;
  to: string;
}

/**
 * A period in words: '2023' for a whole year, '2024 (T1–T2)' or '2025 (T1)' for part of one (as
 * the evolution chart labels a partial year), 'T3 2023 – T2 2024' for quarters across two years.
 */
export function periodWords(p: PeriodBounds): string {
  const a = /^(\d{4})-T([1-4])$/.exec(p.from);
  const b = /^(\d{4})-T([1-4])$/.exec(p.to);
  if (!a || !b) return `${p.from} – ${p.to}`;
  const [, year, first] = a;
  const [, toYear, last] = b;
  if (year !== toYear) return windowWords(p);
  if (first === '1' && last === '4') return year!;
  return `${year} (${first === last ? `T${first}` : `T${first}\u2013T${last}`})`;
}

/** '2024-T3' to '2025-T2' in words: 'T3 2024 – T2 2025'. */
export function windowWords(period: { from: string; to: string }): string {
  const bound = (q: string) => q.replace(/^(\d{4})-T(\d)$/, `T$2${NBSP}$1`);
  return `${bound(period.from)} – ${bound(period.to)}`;
}

/** Guadeloupe, Martinique, Guyane, La Réunion, Mayotte: as départements (971–976) or as régions (INSEE 01–06). */
export function isDrom(t: TerritoryRef): boolean {
  if (t.kind === 'departement') return /^97[1-6]$/.test(t.code);
  return t.kind === 'region' && /^0[1-6]$/.test(t.code);
}

/** French colon with its no-break space. */
export const COLON = `${NBSP}:`;
