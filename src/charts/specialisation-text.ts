// The specialisation chart's input and words: the index as written, the reading key, the
// description and the data table.
import { formatNumber, formatShare, NBSP } from '../format/fr.js';
import { ofName } from '../format/article.js';
import { DIRECTION_BY_KEY, type DirectionKey } from '../model/direction.js';
import { duringPeriod } from '../model/period.js';
import type { ChartSubject, ChartTable } from './types.js';

export interface SpecialisationRow {
  /** A129 code. */
  code: string;
  name: string;
  /** Fraction 0–1 of the territory's flow. */
  share: number;
  /** Fraction 0–1 of France's flow. */
  france_share: number;
  /** share / france_share. */
  index: number;
}

export interface SpecialisationInput {
  subject: ChartSubject;
  flow: DirectionKey;
  /** In drawing order (top to bottom). */
  rows: SpecialisationRow[];
}

/** The index as written in the chart and its texts: '9,0'. */
export function formatIndex(index: number): string {
  return formatNumber(index, 1);
}

/** 'Lecture : …': the first row in words, written under the chart. */
export function readingKey(input: SpecialisationInput): string {
  const first = input.rows[0];
  if (!first) return '';
  const words = DIRECTION_BY_KEY[input.flow].plural;
  return (
    `Lecture${NBSP}: «${NBSP}${first.name}${NBSP}» représente ${formatShare(first.share)} des ${words} ${ofName(input.subject)} ${duringPeriod(input.subject.year)}, ` +
    `contre ${formatShare(first.france_share)} de celles de la France${NBSP}: l'indice de spécialisation vaut ${formatIndex(first.index)}. ` +
    `Au-dessus de 1, l'activité pèse plus dans le territoire que dans l'ensemble du pays.`
  );
}

export function describeSpecialisation({ subject, rows, flow }: SpecialisationInput): string {
  const words = DIRECTION_BY_KEY[flow].plural;
  const first = rows[0];
  return first
    ? `Points reliés${NBSP}: pour les ${rows.length} activités au plus fort indice de spécialisation des ${words} ${ofName(subject)} ${duringPeriod(subject.year)}, ` +
        `part de l'activité dans ses ${words} (point plein) et dans celles de la France (cercle). ` +
        `Premier écart${NBSP}: ${first.name}, ${formatShare(first.share)} contre ${formatShare(first.france_share)} (indice ${formatIndex(first.index)}).`
    : `Aucune activité ne pèse plus dans les ${words} ${ofName(subject)} que dans celles de la France ${duringPeriod(subject.year)}.`;
}

export function specialisationTable({ subject, rows, flow }: SpecialisationInput, caption: string): ChartTable {
  const words = DIRECTION_BY_KEY[flow].plural;
  return {
    caption,
    columns: [
      'Activité',
      'Code A129',
      `Part dans les ${words} ${ofName(subject)}`,
      `Part dans les ${words} de la France`,
      'Indice de spécialisation',
    ],
    kinds: ['text', 'text', 'share', 'share', 'number'],
    rows: rows.map((r) => [r.name, r.code, r.share, r.france_share, r.index]),
  };
}
