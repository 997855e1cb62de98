// The evolution chart's words: its notes, its description and its data table.
import { changeRate } from '../figures/change.js';
import { formatChange, formatMEur, formatSignedMEur, NBSP } from '../format/fr.js';
import { ofName, theName } from '../format/article.js';
import type { Column } from './common.js';
import {
  balanceOf,
  isPartial,
  quarterSpan,
  shownBreaks,
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

/** Under the chart: each partial year against the same quarters a year earlier (the marks on its bars). */
export function beforeNote(years: EvolutionYear[], dec: number): string {
  return years
    .filter((yr) => isPartial(yr.quarters) && yr.before)
    .map((yr) => {
      const b = yr.before!;
      const same = `${quarterSpan(yr.quarters)}${NBSP}${yr.year - 1}`;
      return `Traits sur les barres de ${yearLabel(yr.year, yr.quarters)}${NBSP}: ${same} (exportations ${formatMEur(b.exports_eur, dec)}, importations ${formatMEur(b.imports_eur, dec)})${NBSP}; évolution sur ces trimestres${NBSP}: ${changeWords(yr.exports_eur, b.exports_eur)} à l'export, ${changeWords(yr.imports_eur, b.imports_eur)} à l'import.`;
    })
    .join(' ');
}

function changeWords(now: number, before: number): string {
  const rate = changeRate(now, before);
  return rate === null ? 'non calculable' : formatChange(rate);
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
    (partial.some((yr) => yr.before) ? ` ${beforeNote(partial, dec)}` : '') +
    shownBreaks(input)
      .map((b) => ` ${b.note}`)
      .join('') +
    peaks +
    ` Dernière année${NBSP}: ${yearLabel(last.year, last.quarters)}, exportations ${formatMEur(last.exports_eur, dec)}, importations ${formatMEur(last.imports_eur, dec)}, solde ${formatSignedMEur(balanceOf(last), dec)}.`
  );
}

export function evolutionTable(input: EvolutionInput): { columns: Column[]; rows: ChartTable['rows'] } {
  // The same quarters a year earlier only where a partial year has them: no empty columns otherwise.
  const withBefore = input.years.some((yr) => yr.before);
  const table: { columns: Column[]; rows: ChartTable['rows'] } = {
    columns: [
      ['Année', 'text'],
      ['Trimestres couverts', 'text'],
      ['Exportations (euros)', 'euros'],
      ['Importations (euros)', 'euros'],
      ['Solde commercial (euros)', 'euros'],
      ['Exportations des mêmes trimestres un an plus tôt (euros)', 'euros'],
      ['Importations des mêmes trimestres un an plus tôt (euros)', 'euros'],
    ],
    rows: input.years.map((yr) => [
      String(yr.year),
      quarterSpan(yr.quarters),
      yr.exports_eur,
      yr.imports_eur,
      balanceOf(yr),
      yr.before?.exports_eur ?? '',
      yr.before?.imports_eur ?? '',
    ]),
  };
  if (withBefore) return table;
  return { columns: table.columns.slice(0, 5), rows: table.rows.map((row) => row.slice(0, 5)) };
}
