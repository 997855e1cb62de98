// The « Pistes d'action » charts' inputs and words: for each of the three blocks (débouchés,
// approvisionnements, activités proches), what a row draws, its value columns as written, the
// legend, title, description, reading key and data table. The drawing (leads.ts) is the same
// for the three: a dot and a ring joined by a line when a row has a reference value, a bar
// otherwise.
import { formatMEur, formatNumber, formatPercent, formatShare, NBSP } from '../format/fr.js';
import { fromCountry } from '../format/country-article.js';
import { ofName } from '../format/article.js';
import { duringPeriod } from '../model/period.js';
import { mEurDecimals } from './common.js';
import { palette } from './palette.js';
import type { ChartSubject, ChartTable } from './types.js';

/** Markets: the activity's country with the largest gap; the territory's sales there and those expected. */
export interface MarketLeadRow {
  /** A129 code. */
  code: string;
  name: string;
  country: string;
  country_name: string;
  exports_eur: number;
  /** The territory's share of France's exports of the activity × France's exports to the country. */
  expected_eur: number;
}

/** Suppliers: an import dependency, the territory's share from the country beside France's. */
export interface SupplierLeadRow {
  code: string;
  name: string;
  country: string;
  country_name: string;
  /** Fraction 0–1 of the territory's imports of the activity. */
  share: number;
  /** Fraction 0–1 of France's imports of the activity. */
  france_share: number;
}

/** Related activities: density ω (0–1) and the revealed comparative advantage. */
export interface RelatedLeadRow {
  code: string;
  name: string;
  density: number;
  rca: number;
}

export type LeadsInput =
  | { subject: ChartSubject; kind: 'debouches'; rows: MarketLeadRow[] }
  | { subject: ChartSubject; kind: 'approvisionnements'; rows: SupplierLeadRow[] }
  | { subject: ChartSubject; kind: 'activites'; rows: RelatedLeadRow[] };

export type LeadsKind = LeadsInput['kind'];

/** One row as drawn: its names, the dot (or bar) value, the ring value (null: a bar), the columns' texts. */
export interface LeadsRowModel {
  code: string;
  name: string;
  /** The row's country, written under the activity (markets, suppliers). */
  detail: string | null;
  value: number;
  reference: number | null;
  texts: string[];
  tooltip: string;
}

export interface LeadsModel {
  title: string;
  description: string;
  readingKey: string;
  empty: string;
  colour: string;
  /** Headers of the value columns, the last one in bold. */
  heads: string[];
  legend: { value: string; reference: string | null };
  /** Upper end of the scale (null: from the values). */
  domainMax: number | null;
  /** A tick's label, with as many decimals as the ticks' step needs. */
  tick: (v: number, step: number) => string;
  rows: LeadsRowModel[];
  table: ChartTable;
}

/** Decimals a tick step (1, 2 or 5 × 10^k) needs: 0 for 5, 1 for 0,5, at most 3. */
export function stepDecimals(step: number): number {
  if (!(step > 0)) return 0;
  return Math.max(0, Math.min(3, -Math.floor(Math.log10(step) + 1e-9)));
}

const quoted = (name: string) => `«${NBSP}${name}${NBSP}»`;

function marketsModel(subject: ChartSubject, rows: MarketLeadRow[]): LeadsModel {
  const decimals = mEurDecimals(Math.max(0, ...rows.flatMap((r) => [r.exports_eur, r.expected_eur])));
  const m = (eur: number) => formatMEur(eur, decimals);
  const of = ofName(subject);
  const first = rows[0];
  const title = `Pays où les ventes sont en deçà de la moyenne française, ${subject.name} (${subject.year})`;
  return {
    title,
    description: first
      ? `Points reliés${NBSP}: pour ${rows.length === 1 ? 'la première activité exportée' : `les ${rows.length} premières activités exportées`} ${of} ${duringPeriod(subject.year)}, le pays où l’écart est le plus grand, les ventes (point plein) et celles qu’y vaudrait la part moyenne du territoire dans les exportations françaises de l’activité (cercle). Premier rang${NBSP}: ${first.name}, ${first.country_name}, ${m(first.exports_eur)} au lieu de ${m(first.expected_eur)}.`
      : `Aucun pays n’achète moins que la moyenne française des principales activités exportées ${of}.`,
    readingKey: first
      ? `Lecture${NBSP}: ${quoted(first.name)}, ${first.country_name}${NBSP}: ventes de ${m(first.exports_eur)}${NBSP}; à sa part moyenne des exportations françaises de l’activité, le territoire y vendrait ${m(first.expected_eur)}.`
      : '',
    empty: `Aucun pays n’achète moins que la moyenne française des principales activités exportées ${of}.`,
    colour: palette.exports,
    heads: ['Ventes', 'Attendues', 'Écart'],
    legend: { value: `Ventes ${of}`, reference: 'Ventes attendues' },
    domainMax: null,
    tick: (v, step) => formatMEur(v, stepDecimals(step / 1e6)),
    rows: rows.map((r) => {
      const texts = [m(r.exports_eur), m(r.expected_eur), m(r.expected_eur - r.exports_eur)];
      return {
        code: r.code,
        name: r.name,
        detail: r.country_name,
        value: r.exports_eur,
        reference: r.expected_eur,
        texts,
        tooltip: `${r.name}, ${r.country_name}${NBSP}: ${texts[0]} vendus, ${texts[1]} attendus, écart ${texts[2]}`,
      };
    }),
    table: {
      caption: `${title}, en euros`,
      columns: [
        'Activité',
        'Code A129',
        'Pays',
        'Code pays',
        'Exportations du territoire vers ce pays (euros)',
        'Exportations attendues (euros)',
        'Écart (euros)',
      ],
      kinds: ['text', 'code', 'text', 'code', 'euros', 'euros', 'euros'],
      rows: rows.map((r) => [
        r.name,
        r.code,
        r.country_name,
        r.country,
        r.exports_eur,
        r.expected_eur,
        r.expected_eur - r.exports_eur,
      ]),
    },
  };
}

function suppliersModel(subject: ChartSubject, rows: SupplierLeadRow[]): LeadsModel {
  const of = ofName(subject);
  const first = rows[0];
  const title = `Dépendances et celle de la France, ${subject.name} (${subject.year})`;
  return {
    title,
    description: first
      ? `Points reliés${NBSP}: pour les activités importées pour moitié au moins d’un seul pays ${duringPeriod(subject.year)}, la part de ce pays dans les importations ${of} (point plein) et dans celles de la France (cercle). Premier rang${NBSP}: ${first.name}, ${first.country_name}, ${formatShare(first.share)} contre ${formatShare(first.france_share)}.`
      : `Aucune activité ne tire la moitié ou plus de ses importations d’un seul pays.`,
    readingKey: first
      ? `Lecture${NBSP}: ${formatShare(first.share)} des importations de ${quoted(first.name)} ${of} viennent ${fromCountry(first.country, first.country_name)}, contre ${formatShare(first.france_share)} pour la France entière.`
      : '',
    empty: 'Aucune activité ne tire la moitié ou plus de ses importations d’un seul pays.',
    colour: palette.imports,
    heads: [subject.name, 'France'],
    legend: { value: `Part du pays, ${subject.name}`, reference: 'Part du pays, France' },
    domainMax: 1,
    tick: (v, step) => formatPercent(v, stepDecimals(step * 100)),
    rows: rows.map((r) => {
      const texts = [formatShare(r.share), formatShare(r.france_share)];
      return {
        code: r.code,
        name: r.name,
        detail: r.country_name,
        value: r.share,
        reference: r.france_share,
        texts,
        tooltip: `${r.name}, ${r.country_name}${NBSP}: ${texts[0]} des importations ${of}, ${texts[1]} de celles de la France`,
      };
    }),
    table: {
      caption: `${title}, parts en pourcentage`,
      columns: [
        'Activité',
        'Code A129',
        'Pays dont dépend le territoire',
        'Code pays',
        'Part du pays (territoire)',
        'Part du pays (France)',
      ],
      kinds: ['text', 'code', 'text', 'code', 'share', 'share'],
      rows: rows.map((r) => [r.name, r.code, r.country_name, r.country, r.share, r.france_share]),
    },
  };
}

function relatedModel(subject: ChartSubject, rows: RelatedLeadRow[]): LeadsModel {
  const first = rows[0];
  const title = `Activités proches de celles déjà exportées avec avantage, ${subject.name} (${subject.year})`;
  const density = (x: number) => formatNumber(x, 2);
  return {
    title,
    description: first
      ? `Barres${NBSP}: densité (de 0 à 1) des ${rows.length} activités les plus proches de celles qu’exporte déjà avec avantage le territoire ${duringPeriod(subject.year)}, sans qu’il y soit spécialisé. Première${NBSP}: ${first.name}, ${density(first.density)}.`
      : 'Aucune activité proche n’a pu être mesurée.',
    readingKey: first
      ? `Lecture${NBSP}: ${quoted(first.name)} a une densité de ${density(first.density)}${NBSP}: c’est la part, pondérée par leur proximité, des activités voisines que le territoire exporte déjà avec avantage${NBSP}; son propre avantage y vaut ${density(first.rca)} (spécialisé à partir de 1).`
      : '',
    empty: 'Aucune activité proche n’a pu être mesurée.',
    colour: palette.exports,
    heads: ['Avantage', 'Densité'],
    legend: { value: 'Densité (de 0 à 1)', reference: null },
    domainMax: 1,
    tick: (v, step) => formatNumber(v, stepDecimals(step)),
    rows: rows.map((r) => {
      const texts = [density(r.rca), density(r.density)];
      return {
        code: r.code,
        name: r.name,
        detail: null,
        value: r.density,
        reference: null,
        texts,
        tooltip: `${r.name}${NBSP}: densité ${texts[1]}, avantage comparatif ${texts[0]}`,
      };
    }),
    table: {
      caption: `${title}, indices`,
      columns: ['Activité', 'Code A129', 'Densité (0 à 1)', 'Avantage comparatif révélé'],
      kinds: ['text', 'code', 'number', 'number'],
      rows: rows.map((r) => [r.name, r.code, r.density, r.rca]),
    },
  };
}

/** What the chart draws and writes for its block. */
export function leadsModel(input: LeadsInput): LeadsModel {
  if (input.kind === 'debouches') return marketsModel(input.subject, input.rows);
  if (input.kind === 'approvisionnements') return suppliersModel(input.subject, input.rows);
  return relatedModel(input.subject, input.rows);
}
