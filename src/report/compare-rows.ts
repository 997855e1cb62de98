// What `territrade compare` shows of each territory, as rows read from its figures: every registry
// indicator, the shares of the région and of France, the partners asked for, and the top three
// partners, activities and specialisations. The text table, the JSON and the CSV share them.
import { formatIndicator, indicatorLabel, INDICATORS } from '../figures/indicators/registry.js';
import type { FiguresSummary } from '../figures/types.js';
import { formatMEur, formatNumber, formatShare } from '../format/fr.js';
import type { CsvKind, CsvValue } from '../format/csv.js';
import type { TerritoryKind } from '../model/territory.js';

export interface CompareRow {
  /** French label of the row (CSV column heading). */
  label: string;
  csvKind: CsvKind;
  /** The raw value (CSV, JSON); null when it does not apply. */
  value(f: FiguresSummary): CsvValue;
  /** The value as shown in the text table. */
  text(f: FiguresSummary): string;
}

const TOP = 3;
const DASH = '–';
const shown = (v: number | null, format: (v: number) => string): string => (v === null ? DASH : format(v));

function shareRows(flow: 'exports' | 'imports', word: string): CompareRow[] {
  return (['share_of_region', 'share_of_france'] as const).map((key) => ({
    label: `Part ${key === 'share_of_region' ? 'de la région' : 'de la France'} (${word})`,
    csvKind: 'number',
    value: (f) => f[flow][key],
    text: (f) => shown(f[flow][key], formatShare),
  }));
}

function partnerRows(partners: string[]): CompareRow[] {
  return partners.flatMap((code) => {
    const of = (f: FiguresSummary) => f.exposure[code === 'US' ? 'united_states' : code];
    return [
      {
        label: `Exportations vers ${code} (euros)`,
        csvKind: 'number' as const,
        value: (f: FiguresSummary) => of(f)?.exports_eur ?? null,
        text: (f: FiguresSummary) => shown(of(f)?.exports_eur ?? null, formatMEur),
      },
      {
        label: `Part des exportations vers ${code}`,
        csvKind: 'number' as const,
        value: (f: FiguresSummary) => of(f)?.share_of_exports ?? null,
        text: (f: FiguresSummary) => shown(of(f)?.share_of_exports ?? null, formatShare),
      },
      {
        label: `Importations depuis ${code} (euros)`,
        csvKind: 'number' as const,
        value: (f: FiguresSummary) => of(f)?.imports_eur ?? null,
        text: (f: FiguresSummary) => shown(of(f)?.imports_eur ?? null, formatMEur),
      },
      {
        label: `Part des importations depuis ${code}`,
        csvKind: 'number' as const,
        value: (f: FiguresSummary) => of(f)?.share_of_imports ?? null,
        text: (f: FiguresSummary) => shown(of(f)?.share_of_imports ?? null, formatShare),
      },
    ];
  });
}

interface Item {
  code: string;
  name: string;
  value: number;
}

/** France's specialisation: none, since it is what the index is measured against. */
const REFERENCE = 'sans objet (référence)';

function topRows(
  label: string,
  items: (f: FiguresSummary) => Item[],
  format: (v: number) => string,
  none: (f: FiguresSummary) => string = () => DASH,
): CompareRow[] {
  return Array.from({ length: TOP }, (_, i) => [
    {
      label: `${label} ${i + 1} (code)`,
      csvKind: 'code' as const,
      value: (f: FiguresSummary) => items(f)[i]?.code ?? null,
      text: (f: FiguresSummary) => items(f)[i]?.code ?? DASH,
    },
    {
      label: `${label} ${i + 1}`,
      csvKind: 'text' as const,
      value: (f: FiguresSummary) => items(f)[i]?.name ?? null,
      text: (f: FiguresSummary) => {
        const item = items(f)[i];
        return item ? `${item.name} (${format(item.value)})` : none(f);
      },
    },
  ]).flat();
}

const byExports = (f: FiguresSummary): Item[] =>
  [...f.partners]
    .filter((p) => p.exports_eur > 0)
    .sort((a, b) => b.exports_eur - a.exports_eur)
    .map((p) => ({ code: p.country, name: p.name, value: p.exports_eur }));
const byImports = (f: FiguresSummary): Item[] =>
  [...f.partners]
    .filter((p) => p.imports_eur > 0)
    .sort((a, b) => b.imports_eur - a.imports_eur)
    .map((p) => ({ code: p.country, name: p.name, value: p.imports_eur }));

/**
 * Every row, in the order shown; `partners` are the codes asked for besides the United States,
 * `kinds` those of the territories compared (every kind when not said), which a rank's label names.
 */
export function compareRows(partners: string[], kinds?: readonly TerritoryKind[]): CompareRow[] {
  return [
    ...INDICATORS.map((d): CompareRow => ({
      label: indicatorLabel(d, kinds),
      csvKind: 'number',
      value: (f) => f.indicators[d.key]?.value ?? null,
      text: (f) => formatIndicator(d, f.indicators[d.key]?.value ?? null, f.territory.kind),
    })),
    ...shareRows('exports', 'exportations'),
    ...shareRows('imports', 'importations'),
    ...partnerRows(partners),
    ...topRows('Partenaire à l’export', byExports, formatMEur),
    ...topRows('Partenaire à l’import', byImports, formatMEur),
    ...topRows(
      'Activité à l’export',
      (f) => f.activities.exports.map((a) => ({ code: a.code, name: a.name, value: a.value_eur })),
      formatMEur,
    ),
    ...topRows(
      'Spécialisation à l’export',
      (f) => f.specialisation.exports.map((a) => ({ code: a.code, name: a.name, value: a.index })),
      (v) => `indice ${formatNumber(v, 2)}`,
      (f) => (f.territory.kind === 'france' ? REFERENCE : DASH),
    ),
  ];
}
