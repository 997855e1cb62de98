// Activities treemap: imports (blue) and exports (purple) side by side, each part's area
// proportional to its total so the global balance is seen; cells are the A129 activities,
// grouped by their A17 parent. The layout has no padding (padding would break the
// proportionality of areas); white strokes separate cells, thicker ones the A17 groups. Each
// part's layout and marks in treemap-part.ts.

import { formatMEur, formatPart } from '../format/fr.js';
import { ofName } from '../format/article.js';
import { comparedWith, duringPeriod } from '../model/period.js';
import {
  chartOutput,
  defaultIdPrefix,
  fraction,
  isNarrow,
  mEurDecimals,
  territoryYear,
  type Column,
} from './common.js';
import { measureText, verticalMetrics } from './font.js';
import { swatch } from './legend.js';
import { noticeLines } from './notice.js';
import { palette } from './palette.js';
import type { SceneNode } from './scene.js';
import { el, textEl } from './svg.js';
import { byCode, treemapPart } from './treemap-part.js';
import type { ActivityCell as Activity, ChartOptions, ChartOutput, ChartTable, TreemapInput } from './types.js';

const LEGEND_SIZE = 12;
const PART_GAP = 10;
const ROW = 18;

const totalOf = (list: Activity[]) => list.reduce((s, a) => s + Math.max(0, a.value_eur), 0);

export function renderActivitiesTreemap(input: TreemapInput, options: ChartOptions = {}): ChartOutput {
  const { subject, imports, exports } = input;
  const width = options.width ?? 800;
  const [ti, te] = [totalOf(imports), totalOf(exports)];
  const dec = mEurDecimals(Math.max(ti, te));
  const legend = legendMarks(ti, te, width, dec);
  const top = legend.oneRow ? 26 : 26 + ROW;
  const narrow = isNarrow(options.width);
  // Narrow pages stack the parts (imports above exports), taller: their areas stay proportional.
  const height = options.height ?? (narrow ? 640 : 440);
  const [importsBox, exportsBox] = partBoxes(ti, te, { x: 0, y: top, w: width, h: height - top }, narrow);
  const body: SceneNode[] = [
    legend.node,
    ...treemapPart(imports, { flow: 'imports', total: ti, ...importsBox, dec }),
    ...treemapPart(exports, { flow: 'exports', total: te, ...exportsBox, dec }),
  ];
  if (ti + te === 0) {
    body.push(...noticeLines('Aucun échange enregistré.', width / 2, top + 20, width - 20, LEGEND_SIZE, 'middle'));
  }
  return chartOutput(
    {
      width,
      height,
      idPrefix: options.idPrefix ?? defaultIdPrefix('activites', subject, options.width),
      source: subject.source,
      className: 'chart chart-activities',
      title: options.title ?? `Principales activités à l'import et à l'export, ${territoryYear(subject)}`,
      description: describe(input, ti, te, dec),
    },
    body,
    table(input, ti, te),
  );
}

interface PartBox {
  x0: number;
  y0: number;
  w: number;
  h: number;
}

/**
 * The imports' and exports' boxes in `area`, in the ratio of the totals (so areas are
 * proportional to them): side by side with the same height, or stacked with the same width.
 */
function partBoxes(
  ti: number,
  te: number,
  area: { x: number; y: number; w: number; h: number },
  stacked: boolean,
): [PartBox, PartBox] {
  const gap = ti > 0 && te > 0 ? PART_GAP : 0;
  const avail = (stacked ? area.h : area.w) - gap;
  const first = ti + te > 0 ? (avail * ti) / (ti + te) : 0;
  const second = ti + te > 0 ? avail - first : 0;
  if (stacked) {
    return [
      { x0: area.x, y0: area.y, w: area.w, h: first },
      { x0: area.x, y0: area.y + first + gap, w: area.w, h: second },
    ];
  }
  return [
    { x0: area.x, y0: area.y, w: first, h: area.h },
    { x0: area.x + first + gap, y0: area.y, w: second, h: area.h },
  ];
}

/** Legend: imports at the left edge, exports at the right edge (two rows if they would meet). */
function legendMarks(ti: number, te: number, width: number, dec: number): { node: SceneNode; oneRow: boolean } {
  const legendImports = `Importations : ${formatMEur(ti, dec)}`;
  const legendExports = `Exportations : ${formatMEur(te, dec)}`;
  const wI = 16 + measureText(legendImports, LEGEND_SIZE, 600);
  const wE = 16 + measureText(legendExports, LEGEND_SIZE, 600);
  const oneRow = wI + wE + 20 <= width;
  const legendBase = 2 + verticalMetrics().ascent * LEGEND_SIZE;
  const yE = oneRow ? legendBase : legendBase + ROW;
  const node = el(
    'g',
    { class: 'legend' },
    swatch(0, legendBase, palette.imports, 'import', 11),
    textEl(16, legendBase, legendImports, { size: LEGEND_SIZE, weight: 600, fill: palette.imports }),
    swatch(oneRow ? width - wE : 0, yE, palette.exports, 'export', 11),
    textEl(oneRow ? width : 16, yE, legendExports, {
      size: LEGEND_SIZE,
      weight: 600,
      anchor: oneRow ? 'end' : 'start',
      fill: palette.exports,
    }),
  );
  return { node, oneRow };
}

function describe({ subject, imports, exports }: TreemapInput, ti: number, te: number, dec: number): string {
  const topOf = (list: Activity[], total: number) => {
    const a = [...list].sort((p, q) => q.value_eur - p.value_eur || byCode(p, q))[0];
    return a && total > 0 ? `${a.name} (${formatPart(fraction(a.value_eur, total))})` : 'aucune';
  };
  return (
    `Deux treemaps côte à côte : importations en bleu (${formatMEur(ti, dec)}) et exportations en violet (${formatMEur(te, dec)}) ${ofName(subject)} ${duringPeriod(subject.year)}, ` +
    `chaque partie ayant une aire proportionnelle à son total et chaque case une aire proportionnelle à la valeur de l'activité, regroupée par grand secteur (A17). ` +
    `Première activité à l'import : ${topOf(imports, ti)} ; à l'export : ${topOf(exports, te)}.`
  );
}

function table(input: TreemapInput, ti: number, te: number): { columns: Column[]; rows: ChartTable['rows'] } {
  const since = input.changeSince;
  const rows: (string | number)[][] = [];
  for (const [flow, list, total] of [
    ['Importations', input.imports, ti],
    ['Exportations', input.exports, te],
  ] as const) {
    const sorted = [...list].sort((p, q) => q.value_eur - p.value_eur || byCode(p, q));
    for (const a of sorted)
      rows.push([
        flow,
        a.a17,
        a.a17_name,
        a.code,
        a.name,
        a.value_eur,
        fraction(a.value_eur, total),
        ...(since === undefined ? [] : previousCells(a)),
      ]);
  }
  return {
    columns: [
      ['Flux', 'text'],
      ['Code A17', 'text'],
      ['Grand secteur (A17)', 'text'],
      ['Code A129', 'text'],
      ['Activité (A129)', 'text'],
      ['Valeur (euros)', 'euros'],
      ['Part du flux', 'share'],
      ...(since === undefined
        ? []
        : ([
            [`Valeur ${duringPeriod(since)} (euros)`, 'euros'],
            [`Évolution ${comparedWith(since)}`, 'change'],
          ] as Column[])),
    ],
    rows,
  };
}

/** The previous value and the change rate, each '' where unknown (no previous period, or nothing then). */
function previousCells(a: Activity): (string | number)[] {
  const prev = a.previous_value_eur;
  if (prev === null || prev === undefined) return ['', ''];
  return [prev, prev > 0 ? (a.value_eur - prev) / prev : ''];
}
