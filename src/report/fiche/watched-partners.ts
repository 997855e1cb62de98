// The trade with the United States and China both ways, in the fiche's exposure block: the share of
// the territory's exports going to each and of its imports coming from each, beside France's (issue
// 22 point 3). Sentences on the web and on paper; the table on the web page and as CSV. Pure.
import type { ChartTable } from '../../charts/types.js';
import type { Exposure } from '../../figures/position/position.js';
import { formatMEur, formatShare } from '../../format/fr.js';
import type { TerritoryRef } from '../../model/territory.js';
import { visibleTable } from './visible-table.js';
import { ofTerritory, yearOrWindow } from './wording.js';

/** The partners of the block, in order: their exposure key and their French words. */
const WATCHED = [
  { key: 'united_states', code: 'US', name: 'États-Unis', subject: 'Les États-Unis', plural: true },
  { key: 'CN', code: 'CN', name: 'Chine', subject: 'La Chine', plural: false },
] as const;

type Watched = (typeof WATCHED)[number];

interface WatchedFigures {
  territory: TerritoryRef;
  year: number | null;
  period: { from: string; to: string; quarters: number };
  exposure: Record<string, Exposure>;
}

const watchedOf = (f: WatchedFigures) =>
  WATCHED.flatMap((w) => (f.exposure[w.key] ? [{ ...w, e: f.exposure[w.key]! }] : []));

/**
 * 'La Chine reçoit 3,1 % des exportations du département (80,0 M€) et fournit 12,0 % des importations
 * (300,0 M€), contre 4,0 % et 9,8 % pour l'ensemble de la France.' With `withExports` false (the
 * United States, whose exports the block has said) only the import side. '' when neither applies.
 */
export function partnerBothWaysSentence(t: TerritoryRef, w: Watched, e: Exposure, withExports: boolean): string {
  const [receives, supplies] = w.plural ? ['reçoivent', 'fournissent'] : ['reçoit', 'fournit'];
  const of = ofTerritory(t);
  const sides: { share: number; france: number | null; text: string }[] = [];
  if (withExports && e.share_of_exports !== null)
    sides.push({
      share: e.share_of_exports,
      france: e.france_share_of_exports,
      text: `${receives} <strong>${formatShare(e.share_of_exports)}</strong> des exportations ${of} (${formatMEur(e.exports_eur)})`,
    });
  if (e.share_of_imports !== null)
    sides.push({
      share: e.share_of_imports,
      france: e.france_share_of_imports,
      text: `${supplies} <strong>${formatShare(e.share_of_imports)}</strong> des importations${sides.length ? '' : ` ${of}`} (${formatMEur(e.imports_eur)})`,
    });
  if (sides.length === 0) return '';
  const france = sides.every((s) => s.france !== null)
    ? `, contre ${sides.map((s) => formatShare(s.france!)).join(' et ')} pour l'ensemble de la France`
    : '';
  return `${w.subject} ${sides.map((s) => s.text).join(' et ')}${france}.`;
}

/** The sentences of the block after the United States' exports: their imports, then China both ways. */
export function watchedPartnersSentences(f: WatchedFigures): string[] {
  return watchedOf(f)
    .map((w) => partnerBothWaysSentence(f.territory, w, w.e, w.key !== 'united_states'))
    .filter((s) => s !== '');
}

/** The CSV table: one row per partner, both ways, with France's shares (empty for France itself). */
export function watchedPartnersTable(f: WatchedFigures): ChartTable {
  return {
    caption: 'Échanges avec les États-Unis et la Chine, en euros',
    columns: [
      'Pays',
      'Code pays',
      'Exportations vers le pays (euros)',
      'Part des exportations',
      'Part des exportations de la France',
      'Importations depuis le pays (euros)',
      'Part des importations',
      'Part des importations de la France',
    ],
    kinds: ['text', 'code', 'euros', 'share', 'share', 'euros', 'share', 'share'],
    rows: watchedOf(f).map((w) => [
      w.name,
      w.code,
      w.e.exports_eur,
      w.e.share_of_exports ?? '',
      w.e.france_share_of_exports ?? '',
      w.e.imports_eur,
      w.e.share_of_imports ?? '',
      w.e.france_share_of_imports ?? '',
    ]),
  };
}

/** The web page's table: a column per partner, a line per measure (narrow enough for a phone). */
export function watchedPartnersVisibleTable(f: WatchedFigures): string {
  const partners = watchedOf(f);
  const share = (v: number | null) => (v === null ? '–' : formatShare(v));
  const withFrance = f.territory.kind !== 'france';
  const lines: [string, (e: Exposure) => string][] = [
    ['Exportations vers le pays', (e) => formatMEur(e.exports_eur)],
    ['Part des exportations', (e) => share(e.share_of_exports)],
    ['Part des exportations de la France', (e) => share(e.france_share_of_exports)],
    ['Importations depuis le pays', (e) => formatMEur(e.imports_eur)],
    ['Part des importations', (e) => share(e.share_of_imports)],
    ['Part des importations de la France', (e) => share(e.france_share_of_imports)],
  ];
  const shown = lines.filter(([label]) => withFrance || !label.endsWith('de la France'));
  return visibleTable(
    `Échanges avec les États-Unis et la Chine, ${yearOrWindow(f)}`,
    ['Échanges', ...partners.map((w) => w.name)],
    shown.map(([label, cell]) => [label, ...partners.map((w) => cell(w.e))]),
    [false, ...partners.map(() => true)],
  );
}
