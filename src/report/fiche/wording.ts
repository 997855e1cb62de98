// Small French phrases that depend on the kind of territory.
import type { Figures, TerritoryRef } from '../../figures/types.js';
import { duringPeriod } from '../../model/period.js';
import { theName, type Tncc } from '../../format/article.js';
import { territoryTncc } from '../../reference/territory-article.js';

const NBSP = '\u00A0';

/**
 * The DGDDI départements that are not one French département: Monaco (99), a sovereign
 * principality the customs count with Provence-Alpes-Côte d'Azur, and Corse (20), the two
 * départements Corse-du-Sud (2A) and Haute-Corse (2B) counted as one. Null for any other territory.
 */
export function customsOnly(t: Pick<TerritoryRef, 'kind' | 'code'>): 'monaco' | 'corse' | null {
  if (t.kind !== 'departement') return null;
  return t.code === '99' ? 'monaco' : t.code === '20' ? 'corse' : null;
}

/** 'le département', 'la région', 'la France' ('la principauté' for Monaco). */
export function territoryNoun(t: TerritoryRef): string {
  if (customsOnly(t) === 'monaco') return 'la principauté';
  return t.kind === 'departement' ? 'le département' : t.kind === 'region' ? 'la région' : 'la France';
}

/** 'du département', 'de la région', 'de la France' ('de Monaco', 'de la Corse'). */
export function ofTerritory(t: TerritoryRef): string {
  const special = customsOnly(t);
  if (special) return special === 'monaco' ? 'de Monaco' : 'de la Corse';
  return t.kind === 'departement' ? 'du département' : t.kind === 'region' ? 'de la région' : 'de la France';
}

/** 'Loire (42)', 'Auvergne-Rhône-Alpes', 'France entière'; a name with its codes already ('Corse (2A, 2B)') or Monaco's alone. */
export function displayName(t: TerritoryRef): string {
  if (t.kind === 'departement') return customsOnly(t) ? t.name : `${t.name} (${t.code})`;
  return t.kind === 'france' ? 'France entière' : t.name;
}

/** 'Département de la Loire…': the kind line under the title. */
export function kindLabel(t: TerritoryRef): string {
  const special = customsOnly(t);
  if (special === 'monaco') return 'Principauté de Monaco, comptée par les douanes avec la France';
  if (special === 'corse') return 'Corse-du-Sud et Haute-Corse, comptées ensemble par les douanes';
  return t.kind === 'departement' ? 'Département' : t.kind === 'region' ? 'Région' : 'Ensemble du territoire douanier';
}

/** The TNCC of the name as the fiche writes it (« la Corse », not the COG's bare code name). */
function nameTncc(t: TerritoryRef): Tncc {
  return customsOnly(t) === 'corse' ? 3 : territoryTncc(t);
}

/** The territory as a sentence's subject, with its article and capitalised: 'La Loire (42)', 'Les Landes (40)', 'L’Ain (01)', 'Paris (75)', 'Monaco'. */
export function subjectName(t: TerritoryRef): string {
  const name = nameInSentence(t);
  return name.charAt(0).toUpperCase() + name.slice(1);
}

/** The territory with its article, within a sentence: 'la Loire (42)', 'les Landes (40)', 'Paris (75)'. */
export function nameInSentence(t: TerritoryRef): string {
  return theName({ name: displayName(t), tncc: nameTncc(t) });
}

/** Whether the name takes a plural verb: 'les Landes', 'les Bouches-du-Rhône'. */
export function isPluralName(t: TerritoryRef): boolean {
  return nameTncc(t) === 4;
}

/**
 * What stands for the territory later in a sentence: 'elle' for 'la Loire', 'il' for 'le Rhône';
 * the name again when its article does not tell its gender ('l’Ain', 'Paris', 'les Landes').
 */
export function laterSubject(t: TerritoryRef): string {
  if (customsOnly(t) === 'monaco') return 'la principauté';
  const tncc = nameTncc(t);
  if (tncc === 3) return 'elle';
  if (tncc === 2) return 'il';
  return theName({ name: t.name, tncc });
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
