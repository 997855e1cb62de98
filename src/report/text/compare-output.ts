// The three outputs of `territrade compare`: a text table (one column per territory), the JSON
// (each territory's registry indicators and blocks under the keys of `figures --json`) and the
// CSV for a French spreadsheet (one line per territory, codes as text).
import type { FiguresSummary } from '../../figures/types.js';
import { BOM, csvHeader, csvLine, EXCEL_FR, type CsvKind } from '../../format/csv.js';
import { DEMO_NOTICE } from '../demo-notice.js';
import { displayName, periodWords, yearOrWindow } from '../fiche/wording.js';
import { compareRows } from '../compare-rows.js';

export interface Compared {
  figures: FiguresSummary;
  /** A région or France added as a reference. */
  reference: boolean;
}

export const KIND_WORDS = { departement: 'département', region: 'région', france: 'France' } as const;

function heading(f: FiguresSummary): string {
  return f.territory.kind === 'france' ? 'France' : displayName(f.territory);
}

const MAX_CELL = 36;

/** A cell cut to MAX_CELL characters (a long activity name would push the columns off screen). */
function cut(text: string): string {
  const chars = [...text];
  return chars.length <= MAX_CELL
    ? text
    : `${chars
        .slice(0, MAX_CELL - 1)
        .join('')
        .trimEnd()}…`;
}

function padEnd(text: string, width: number): string {
  return text + ' '.repeat(Math.max(0, width - [...text].length));
}

/** Label column then one column per territory, each as wide as its longest cell. */
const kindsOf = (list: Compared[]) => list.map((c) => c.figures.territory.kind);

export function compareText(list: Compared[], partners: string[], notices: string[]): string {
  const rows = compareRows(partners, kindsOf(list));
  const first = list[0]!.figures;
  const columns = [
    ['', ...rows.filter((r) => r.csvKind !== 'code').map((r) => r.label)],
    ...list.map((c) => [
      `${heading(c.figures)}${c.reference ? ' (réf.)' : ''}`,
      ...rows.filter((r) => r.csvKind !== 'code').map((r) => cut(r.text(c.figures))),
    ]),
  ];
  const widths = columns.map((col) => Math.max(...col.map((cell) => [...cell].length)));
  const lines = columns[0]!.map((_, i) =>
    columns
      .map((col, c) => padEnd(col[i]!, widths[c]!))
      .join('  ')
      .trimEnd(),
  );
  return [
    `Comparaison — ${yearOrWindow(first)}`,
    ...(first.demo ? [`⚠ ${DEMO_NOTICE} : ces montants ne sont pas ceux de la DGDDI.`] : []),
    ...(first.previous_period ? [`Évolutions par rapport à ${periodWords(first.previous_period)}`] : []),
    ...notices.map((n) => `Note : ${n}`),
    '',
    ...lines,
  ].join('\n');
}

/** `{period, territories: [{code, name, kind, indicators, …}]}`: values as in `figures --json`. */
export function compareJson(list: Compared[], notices: string[]): object {
  const first = list[0]!.figures;
  return {
    period: first.period,
    year: first.year,
    previous_period: first.previous_period,
    demo: first.demo,
    notices,
    territories: list.map(({ figures: f, reference }) => ({
      code: f.territory.code,
      name: f.territory.name,
      kind: f.territory.kind,
      reference,
      region: f.region?.code ?? null,
      indicators: f.indicators,
      exports: f.exports,
      imports: f.imports,
      balance_eur: f.balance_eur,
      exposure: f.exposure,
      partners: f.partners.slice(0, 3),
      activities: { exports: f.activities.exports.slice(0, 3), imports: f.activities.imports.slice(0, 3) },
      specialisation: { exports: f.specialisation.exports.slice(0, 3) },
    })),
  };
}

/** The CSV for a French spreadsheet: UTF-8 with BOM, ';', decimal comma, codes quoted; the same headings whatever the territories. */
export function compareCsv(list: Compared[], partners: string[]): string {
  const rows = compareRows(partners);
  const kinds: CsvKind[] = ['code', 'text', 'text', 'text', ...rows.map((r) => r.csvKind)];
  const header = csvHeader(['code', 'nom', 'type', 'référence', ...rows.map((r) => r.label)], EXCEL_FR);
  const lines = list.map(({ figures: f, reference }) =>
    csvLine(
      [
        f.territory.code,
        f.territory.name,
        KIND_WORDS[f.territory.kind],
        reference ? 'oui' : 'non',
        ...rows.map((r) => r.value(f)),
      ],
      kinds,
      EXCEL_FR,
    ),
  );
  return BOM + header + lines.join('');
}
