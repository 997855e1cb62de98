// Activities treemap: imports (blue) and exports (purple) side by side, each part's area
// proportional to its total so the global balance is seen; cells are the A129 activities,
// grouped by their A17 parent. The layout has no padding (padding would break the
// proportionality of areas); white strokes separate cells, thicker ones the A17 groups.

import { hierarchy, treemap, treemapSquarify, type HierarchyRectangularNode } from 'd3-hierarchy';
import { formatMEur, formatPart } from '../format/fr.js';
import { ofName } from '../format/article.js';
import { comparedWith, duringPeriod } from '../model/period.js';
import { chartOutput, defaultIdPrefix, fraction, mEurDecimals, territoryYear, type Column } from './common.js';
import { fitCellLabel, LABEL_SIZE, LINE, PAD } from './cell-label.js';
import { BAND, BAND_STYLE, groupBand, groupBandEl } from './group-band.js';
import { measureText, verticalMetrics } from './font.js';
import { swatch } from './legend.js';
import { rectMark } from './mark.js';
import { noticeLines } from './notice.js';
import { mergedPath, rectPath } from './paper.js';
import { palette } from './palette.js';
import { el, textEl, titleEl } from './svg.js';
import { textLines } from './text-lines.js';
import type { ActivityCell as Activity, ChartOptions, ChartOutput, TreemapInput } from './types.js';

const LEGEND_SIZE = 12;
const PART_GAP = 10;

type Flow = 'imports' | 'exports';

interface TreeDatum {
  code: string;
  name: string;
  activity?: Activity;
  children?: TreeDatum[];
}

const FLOW_TEXT: Record<Flow, { label: string; of: string; colour: string }> = {
  imports: { label: 'Importations', of: 'des importations', colour: palette.imports },
  exports: { label: 'Exportations', of: 'des exportations', colour: palette.exports },
};

const byCode = (a: { code: string }, b: { code: string }) => (a.code < b.code ? -1 : a.code > b.code ? 1 : 0);

/** A17 groups holding their A129 activities; order by value descending, then code. */
function tree(activities: Activity[]): TreeDatum {
  const groups = new Map<string, TreeDatum>();
  for (const a of activities) {
    let g = groups.get(a.a17);
    if (!g) groups.set(a.a17, (g = { code: a.a17, name: a.a17_name, children: [] }));
    g.children!.push({ code: a.code, name: a.name, activity: a });
  }
  return { code: 'root', name: '', children: [...groups.values()] };
}

/** One part (imports or exports): its elements on screen, and on paper. */
interface Part {
  screen: string[];
  paper: string[];
}

const CELL_STYLE = { stroke: palette.background, 'stroke-width': 1 };
const OUTLINE_STYLE = { fill: 'none', stroke: palette.background, 'stroke-width': 2.5 };

function renderPart(
  flow: Flow,
  activities: Activity[],
  total: number,
  x0: number,
  y0: number,
  w: number,
  h: number,
  dec: number,
): Part {
  if (w <= 0 || total <= 0) return { screen: [], paper: [] };
  const root = hierarchy<TreeDatum>(tree(activities))
    .sum((d) => (d.activity ? Math.max(0, d.activity.value_eur) : 0))
    .sort((a, b) => (b.value ?? 0) - (a.value ?? 0) || byCode(a.data, b.data));
  const laid = treemap<TreeDatum>().tile(treemapSquarify).size([w, h]).paddingInner(0).round(false)(root);
  const { ascent } = verticalMetrics();
  const { label, of, colour } = FLOW_TEXT[flow];
  const out: string[] = [];
  // Paper: the part's cells, bands and outlines as three paths (cells tile the part, bands and
  // outlines never overlap their kind), then every text on top (none overlaps another's shape).
  const cellShapes: string[] = [];
  const bandShapes: string[] = [];
  const outlineShapes: string[] = [];
  const paperTexts: string[] = [];
  const groups = laid.children ?? [];
  for (const g of groups) {
    const cells: string[] = [];
    // A group of one activity is named by its cell's own label.
    const band =
      (g.children?.length ?? 0) > 1 ? groupBand(g.data.name, x0 + g.x0, y0 + g.y0, g.x1 - g.x0, g.y1 - g.y0) : null;
    // Labels of the cells along the group's top edge start below its band.
    const labelTop = band ? g.y0 + BAND : g.y0;
    for (const leaf of g.leaves() as HierarchyRectangularNode<TreeDatum>[]) {
      const a = leaf.data.activity!;
      const cw = leaf.x1 - leaf.x0;
      const ch = leaf.y1 - leaf.y0;
      if (!(a.value_eur > 0) || cw <= 0 || ch <= 0) continue;
      const share = formatPart(fraction(a.value_eur, total));
      const tip = `${label} – ${a.name} (${a.code}) : ${formatMEur(a.value_eur, dec)}, soit ${share} ${of}`;
      const parts = [
        rectMark(
          {
            cls: 'cell',
            code: a.code,
            value: a.value_eur,
            x: x0 + leaf.x0,
            y: y0 + leaf.y0,
            width: cw,
            height: ch,
            fill: colour,
            stroke: CELL_STYLE.stroke,
            strokeWidth: CELL_STYLE['stroke-width'],
          },
          tip,
        ),
      ];
      cellShapes.push(rectPath(x0 + leaf.x0, y0 + leaf.y0, cw, ch));
      const cellTop = Math.max(leaf.y0, labelTop);
      const fitted = fitCellLabel(a.name, share, cw, leaf.y1 - cellTop);
      if (fitted) {
        const tx = x0 + leaf.x0 + PAD;
        const top = y0 + cellTop + PAD;
        const texts = textLines(fitted.lines, tx, top, LINE, {
          size: LABEL_SIZE,
          weight: 600,
          fill: palette.onColour,
          className: 'cell-name',
        });
        const shareY = top + ascent * LABEL_SIZE + fitted.lines.length * LINE;
        texts.push(
          textEl(tx, shareY, fitted.share, { size: LABEL_SIZE, fill: palette.onColour, className: 'cell-share' }),
        );
        parts.push(el('g', { class: 'label' }, ...texts));
        paperTexts.push(...texts);
      }
      cells.push(el('g', { class: 'activity' }, ...parts));
    }
    const gTip = `${label} – ${g.data.name} (${g.data.code}) : ${formatMEur(g.value ?? 0, dec)}, soit ${formatPart(fraction(g.value ?? 0, total))} ${of}`;
    if (band) {
      cells.push(groupBandEl(band));
      bandShapes.push(rectPath(band.rect.x, band.rect.y, band.rect.width, band.rect.height));
      paperTexts.push(band.text);
    }
    cells.push(
      el('rect', {
        class: 'group-outline',
        x: x0 + g.x0,
        y: y0 + g.y0,
        width: g.x1 - g.x0,
        height: g.y1 - g.y0,
        ...OUTLINE_STYLE,
      }),
    );
    outlineShapes.push(rectPath(x0 + g.x0, y0 + g.y0, g.x1 - g.x0, g.y1 - g.y0));
    out.push(el('g', { class: 'group', 'data-code': g.data.code }, titleEl(gTip), ...cells));
  }
  return {
    screen: [el('g', { class: `part part-${flow}`, 'data-value': total }, ...out)],
    paper: [
      ...mergedPath(cellShapes, { fill: colour, ...CELL_STYLE }),
      ...mergedPath(bandShapes, BAND_STYLE),
      ...mergedPath(outlineShapes, OUTLINE_STYLE),
      ...paperTexts,
    ],
  };
}

export function renderActivitiesTreemap(input: TreemapInput, options: ChartOptions = {}): ChartOutput {
  const { subject, imports, exports } = input;
  const width = options.width ?? 800;
  const height = options.height ?? 440;
  const id = options.idPrefix ?? defaultIdPrefix('activites', subject);
  const title = options.title ?? `Principales activités à l'import et à l'export, ${territoryYear(subject)}`;
  const ti = imports.reduce((s, a) => s + Math.max(0, a.value_eur), 0);
  const te = exports.reduce((s, a) => s + Math.max(0, a.value_eur), 0);
  const dec = mEurDecimals(Math.max(ti, te));

  // Legend: imports at the left edge, exports at the right edge (two rows if they would meet).
  const { ascent } = verticalMetrics();
  const legendImports = `Importations : ${formatMEur(ti, dec)}`;
  const legendExports = `Exportations : ${formatMEur(te, dec)}`;
  const wI = 16 + measureText(legendImports, LEGEND_SIZE, 600);
  const wE = 16 + measureText(legendExports, LEGEND_SIZE, 600);
  const oneRow = wI + wE + 20 <= width;
  const rowH = 18;
  const legendBase = 2 + ascent * LEGEND_SIZE;
  const yE = oneRow ? legendBase : legendBase + rowH;
  const body: string[] = [
    el(
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
    ),
  ];
  const top = oneRow ? 26 : 26 + rowH;
  const partsHeight = height - top;
  // Same height, widths in the ratio of the totals: areas are proportional to the totals.
  const both = ti > 0 && te > 0;
  const avail = width - (both ? PART_GAP : 0);
  const wImports = ti + te > 0 ? (avail * ti) / (ti + te) : 0;
  const wExports = ti + te > 0 ? avail - wImports : 0;
  const paper = [...body];
  for (const part of [
    renderPart('imports', imports, ti, 0, top, wImports, partsHeight, dec),
    renderPart('exports', exports, te, wImports + (both ? PART_GAP : 0), top, wExports, partsHeight, dec),
  ]) {
    body.push(...part.screen);
    paper.push(...part.paper);
  }
  if (ti + te === 0) {
    const notice = noticeLines('Aucun échange enregistré.', width / 2, top + 20, width - 20, LEGEND_SIZE, 'middle');
    body.push(...notice);
    paper.push(...notice);
  }

  const topOf = (list: Activity[], total: number) => {
    const a = [...list].sort((p, q) => q.value_eur - p.value_eur || byCode(p, q))[0];
    return a && total > 0 ? `${a.name} (${formatPart(fraction(a.value_eur, total))})` : 'aucune';
  };
  const description =
    `Deux treemaps côte à côte : importations en bleu (${formatMEur(ti, dec)}) et exportations en violet (${formatMEur(te, dec)}) ${ofName(subject)} ${duringPeriod(subject.year)}, ` +
    `chaque partie ayant une aire proportionnelle à son total et chaque case une aire proportionnelle à la valeur de l'activité, regroupée par grand secteur (A17). ` +
    `Première activité à l'import : ${topOf(imports, ti)} ; à l'export : ${topOf(exports, te)}.`;

  const since = input.changeSince;
  const rows: (string | number)[][] = [];
  for (const [flow, list, total] of [
    ['Importations', imports, ti],
    ['Exportations', exports, te],
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
  return chartOutput(
    { width, height, idPrefix: id, source: subject.source, className: 'chart chart-activities', title, description },
    body,
    {
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
    },
    paper,
  );
}

/** The previous value and the change rate, each '' where unknown (no previous period, or nothing then). */
function previousCells(a: Activity): (string | number)[] {
  const prev = a.previous_value_eur;
  if (prev === null || prev === undefined) return ['', ''];
  return [prev, prev > 0 ? (a.value_eur - prev) / prev : ''];
}
