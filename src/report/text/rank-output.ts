// What `territrade rank` prints: the ranking as a French text table, JSON (values as in `figures
// --json`) or an Excel-friendly CSV, and the list of indicators it ranks by. Pure.
import { BOM, csvHeader, csvLine, EXCEL_FR, type CsvKind } from '../../format/csv.js';
import { curlyApostrophes, formatMEur, formatShare, NBSP } from '../../format/fr.js';
import {
  formatIndicator,
  indicatorLabel,
  INDICATORS,
  type IndicatorDescriptor,
} from '../../figures/indicators/registry.js';
import type { FiguresSummary } from '../../figures/types.js';
import type { DirectionKey } from '../../model/direction.js';
import { DEMO_NOTICE } from '../demo-notice.js';
import { displayName, yearOrWindow } from '../fiche/wording.js';

export interface RankedOut {
  figures: FiguresSummary;
  value: number | null;
  products: { code: string; name: string; value_eur: number }[];
}

export interface RankingOut {
  indicator: IndicatorDescriptor | null;
  partner: string | null;
  partnerName: string | null;
  /** A partner's share of exports to it or of imports from it. */
  flow: DirectionKey;
  items: RankedOut[];
}

/** Competition ranks over the sorted values: equal values share a rank ('1, 2, 2, 4'); none without a value. */
export function ranks(items: readonly RankedOut[]): (number | null)[] {
  const out: (number | null)[] = [];
  items.forEach((item, i) => {
    if (item.value === null) out.push(null);
    else out.push(i > 0 && items[i - 1]!.value === item.value ? out[i - 1]! : i + 1);
  });
  return out;
}

/** The label of what is ranked; a rank names the peers of the territories ranked (« parmi les régions »). */
export function rankLabel(r: Pick<RankingOut, 'indicator' | 'partnerName' | 'partner' | 'flow' | 'items'>): string {
  if (r.indicator)
    return indicatorLabel(
      r.indicator,
      r.items.map((item) => item.figures.territory.kind),
    );
  const country = `${r.partnerName ?? r.partner} (${r.partner})`;
  return r.flow === 'imports'
    ? `Part des importations en provenance du partenaire ${country}`
    : `Part des exportations vers le partenaire ${country}`;
}

function valueText(r: RankingOut, item: RankedOut): string {
  if (r.indicator) return formatIndicator(r.indicator, item.value, item.figures.territory.kind);
  return item.value === null ? 'non disponible' : formatShare(item.value);
}

const name = (f: FiguresSummary) => (f.territory.kind === 'departement' ? displayName(f.territory) : f.territory.name);

/** The activities behind a value, in French: 'Produits pharmaceutiques (12,3 M€) ; …'. */
export function productsText(products: RankedOut['products']): string {
  return products.map((p) => `${p.name} (${formatMEur(p.value_eur)})`).join(`${NBSP}; `);
}

export function rankText(r: RankingOut, top: number | undefined, products: boolean): string {
  const rk = ranks(r.items);
  const shown = r.items.slice(0, top ?? r.items.length);
  const first = r.items[0]?.figures;
  const head = [
    `${rankLabel(r)} — ${first ? yearOrWindow(first) : ''}${top ? ` — les ${top} premiers sur ${r.items.length}` : ''}`,
    ...(first?.demo ? [`⚠ ${DEMO_NOTICE} : ces montants ne sont pas ceux de la DGDDI.`] : []),
    '',
  ];
  const lines = shown.map((item, i) => {
    const rank = rk[i] === null ? '–' : `${rk[i]}`;
    const main = `${rank.padStart(4)}  ${name(item.figures).padEnd(34)} ${valueText(r, item)}`;
    if (!products || item.products.length === 0) return main;
    return `${main}\n        ${productsText(item.products)}`;
  });
  return curlyApostrophes([...head, ...lines].join('\n'));
}

export function rankJson(r: RankingOut, top: number | undefined): object {
  const rk = ranks(r.items);
  const first = r.items[0]?.figures;
  return {
    indicator: r.indicator ? r.indicator.key : `partenaire:${r.partner}`,
    ...(r.indicator ? {} : { flow: r.flow }),
    label: rankLabel(r),
    period: first?.period ?? null,
    demo: first?.demo ?? false,
    count: r.items.length,
    territories: r.items.slice(0, top ?? r.items.length).map((item, i) => ({
      rank: rk[i],
      code: item.figures.territory.code,
      name: item.figures.territory.name,
      kind: item.figures.territory.kind,
      value: item.value,
      products: item.products,
    })),
  };
}

/** One line per territory: rank, code, name, value, then the three activities (code, name, euros). */
export function rankCsv(r: RankingOut, top: number | undefined): string {
  const rk = ranks(r.items);
  const productColumns = [1, 2, 3].flatMap((i) => [`activité ${i} (code)`, `activité ${i}`, `activité ${i} (euros)`]);
  const kinds: CsvKind[] = [
    'number',
    'code',
    'text',
    'number',
    ...[1, 2, 3].flatMap((): CsvKind[] => ['code', 'text', 'number']),
  ];
  const unit = r.indicator ? r.indicator.unit : ' (part, 0 à 1)';
  const header = csvHeader(['rang', 'code', 'nom', `${rankLabel(r)}${unit}`, ...productColumns], EXCEL_FR);
  const lines = r.items.slice(0, top ?? r.items.length).map((item, i) => {
    const products = [0, 1, 2].flatMap((k) => {
      const p = item.products[k];
      return p ? [p.code, p.name, p.value_eur] : [null, null, null];
    });
    return csvLine(
      [rk[i] ?? null, item.figures.territory.code, item.figures.territory.name, item.value, ...products],
      kinds,
      EXCEL_FR,
    );
  });
  return BOM + header + lines.join('');
}

/** `rank --list`: every key with its French label. */
export function rankList(): string {
  const width = Math.max(...INDICATORS.map((d) => d.key.length), 'partenaire'.length);
  return [
    'Indicateurs (clé, puis libellé) :',
    ...INDICATORS.map((d) => `  ${d.key.padEnd(width)}  ${indicatorLabel(d)}`),
    `  ${'partenaire'.padEnd(width)}  Part des exportations vers le pays de --partner (ex. --partner CN),`,
    `  ${''.padEnd(width)}  ou des importations qui en proviennent avec --flow imports`,
  ].join('\n');
}
