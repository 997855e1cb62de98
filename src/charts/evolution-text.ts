// The evolution chart's words: its notes, its description and its data table.
import { formatMEur, formatSignedMEur, NBSP } from '../format/fr.js';
import { ofName, theName } from '../format/article.js';
import type { Column } from './common.js';
import {
  balanceOf,
  isPartial,
  quarterSpan,
  yearLabel,
  type EvolutionInput,
  type EvolutionYear,
} from './evolution-labels.js';
import type { ChartTable } from './types.js';

/** Under the chart: which years are partial, and why they are not compared with whole ones. */
export function partialNote(partial: EvolutionYear[]): string {
  if (partial.length === 0) return '';
  const names = partial.map((yr) => yearLabel(yr.year, yr.quarters));
  const list = names.length === 1 ? names[0]! : `${names.slice(0, -1).join(', ')} et ${names[names.length - 1]}`;
  return `Barres claires${NBSP}: ${list}, année${partial.length > 1 ? 's' : ''} incomplète${partial.length > 1 ? 's' : ''}, non comparable${partial.length > 1 ? 's' : ''} à une année entière.`;
}

/** Under the chart: the years the store lacks between the first and the last. */
export function missingNote(missing: number[]): string {
  if (missing.length === 0) return '';
  const list =
    missing.length === 1 ? String(missing[0]) : `${missing.slice(0, -1).join(', ')} et ${missing[missing.length - 1]}`;
  return `Aucune donnée pour ${list}.`;
}

export function describeEvolution(input: EvolutionInput, dec: number): string {
  const { subject, years } = input;
  if (years.length === 0) return `Aucune année n'est enregistrée pour ${theName(subject)}.`;
  const whole = years.filter((yr) => !isPartial(yr.quarters));
  const first = years[0]!;
  const last = years[years.length - 1]!;
  const partial = years.filter((yr) => isPartial(yr.quarters));
  const peak = (key: 'exports_eur' | 'imports_eur') =>
    whole.reduce<EvolutionYear | null>((best, yr) => (best === null || yr[key] > best[key] ? yr : best), null);
  const [pe, pi] = [peak('exports_eur'), peak('imports_eur')];
  const peaks =
    pe && pi
      ? ` Années entières les plus hautes${NBSP}: ${pe.year} à l'export (${formatMEur(pe.exports_eur, dec)}), ${pi.year} à l'import (${formatMEur(pi.imports_eur, dec)}).`
      : '';
  return (
    `Barres groupées${NBSP}: exportations et importations ${ofName(subject)} pour chaque année de ${first.year} à ${last.year}, en millions d'euros, et solde commercial (marqueurs reliés par une ligne, sous zéro en cas de déficit).` +
    (partial.length ? ` ${partialNote(partial)}` : '') +
    peaks +
    ` Dernière année${NBSP}: ${yearLabel(last.year, last.quarters)}, exportations ${formatMEur(last.exports_eur, dec)}, importations ${formatMEur(last.imports_eur, dec)}, solde ${formatSignedMEur(balanceOf(last), dec)}.`
  );
}

export function evolutionTable(input: EvolutionInput): { columns: Column[]; rows: ChartTable['rows'] } {
  return {
    columns: [
      ['Année', 'text'],
      ['Trimestres couverts', 'text'],
      ['Exportations (euros)', 'euros'],
      ['Importations (euros)', 'euros'],
      ['Solde commercial (euros)', 'euros'],
    ],
    rows: input.years.map((yr) => [
      String(yr.year),
      quarterSpan(yr.quarters),
      yr.exports_eur,
      yr.imports_eur,
      balanceOf(yr),
    ]),
  };
}
