// One part of the activities treemap (imports or exports): d3's squarified layout of its A17
// groups and their A129 cells, then the marks. On paper the part is a layer: its cells, bands
// and outlines are three paths (cells tile the part, bands and outlines never overlap their
// kind), every text on top (none overlaps another's shape).
import { hierarchy, treemap, treemapSquarify, type HierarchyRectangularNode } from 'd3-hierarchy';
import { formatMEur, formatPart, formatShare } from '../format/fr.js';
import { fitCellLabel, LABEL_SIZE, LINE, PAD } from './cell-label.js';
import { fraction } from './common.js';
import { verticalMetrics } from './font.js';
import { groupBand, groupBandEl } from './group-band.js';
import { rectMark } from './mark.js';
import { palette } from './palette.js';
import { asLayer, mergeable, type SceneNode } from './scene.js';
import { el, textEl, titleEl } from './svg.js';
import { textLines } from './text-lines.js';
import type { ActivityCell as Activity } from './types.js';
import { rectPath } from './write-paper.js';

export type Flow = 'imports' | 'exports';

interface TreeDatum {
  code: string;
  name: string;
  activity?: Activity;
  children?: TreeDatum[];
}

type Laid = HierarchyRectangularNode<TreeDatum>;

export const FLOW_TEXT: Record<Flow, { label: string; of: string; colour: string }> = {
  imports: { label: 'Importations', of: 'des importations', colour: palette.imports },
  exports: { label: 'Exportations', of: 'des exportations', colour: palette.exports },
};

export const byCode = (a: { code: string }, b: { code: string }) => (a.code < b.code ? -1 : a.code > b.code ? 1 : 0);

const CELL_STYLE = { stroke: palette.background, 'stroke-width': 1 };
const OUTLINE_STYLE = { fill: 'none', stroke: palette.background, 'stroke-width': 2.5 };

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

/** Where a part sits, its flow and total, and the decimals of its M€ values. */
export interface PartFrame {
  flow: Flow;
  total: number;
  x0: number;
  y0: number;
  w: number;
  h: number;
  dec: number;
}

/** The part's marks, none when it has no room or nothing to draw. */
export function treemapPart(activities: Activity[], f: PartFrame): SceneNode[] {
  if (f.w <= 0 || f.total <= 0) return [];
  const root = hierarchy<TreeDatum>(tree(activities))
    .sum((d) => (d.activity ? Math.max(0, d.activity.value_eur) : 0))
    .sort((a, b) => (b.value ?? 0) - (a.value ?? 0) || byCode(a.data, b.data));
  const laid = treemap<TreeDatum>().tile(treemapSquarify).size([f.w, f.h]).paddingInner(0).round(false)(root);
  const groups = (laid.children ?? []).map((g) => groupMarks(g, f));
  return [asLayer(el('g', { class: `part part-${f.flow}`, 'data-value': f.total }, ...groups))];
}

/** An A17 group: its cells, its band (when it holds several cells and has room) and its outline. */
function groupMarks(g: Laid, f: PartFrame): SceneNode {
  const { label, of } = FLOW_TEXT[f.flow];
  const [x, y, w, h] = [f.x0 + g.x0, f.y0 + g.y0, g.x1 - g.x0, g.y1 - g.y0];
  // A group of one activity is named by its cell's own label.
  const band = (g.children?.length ?? 0) > 1 ? groupBand(g.data.name, x, y, w, h) : null;
  // Labels of the cells along the group's top edge start below its band.
  const labelTop = band ? g.y0 + band.rect.height : g.y0;
  const marks = g.leaves().flatMap((leaf) => cellMarks(leaf, labelTop, f));
  if (band) marks.push(groupBandEl(band));
  const outline = el('rect', { class: 'group-outline', x, y, width: w, height: h, ...OUTLINE_STYLE });
  marks.push(mergeable(outline, { key: 'outline', rank: 2, style: OUTLINE_STYLE }, rectPath(x, y, w, h)));
  const gTip = `${label} – ${g.data.name} (${g.data.code}) : ${formatMEur(g.value ?? 0, f.dec)}, soit ${formatShare(fraction(g.value ?? 0, f.total))} ${of}`;
  return el('g', { class: 'group', 'data-code': g.data.code }, titleEl(gTip), ...marks);
}

/** An A129 cell with its label (name and share) when it fits. */
function cellMarks(leaf: Laid, labelTop: number, f: PartFrame): SceneNode[] {
  const a = leaf.data.activity!;
  const { label, of, colour } = FLOW_TEXT[f.flow];
  const [cw, ch] = [leaf.x1 - leaf.x0, leaf.y1 - leaf.y0];
  if (!(a.value_eur > 0) || cw <= 0 || ch <= 0) return [];
  const share = formatPart(fraction(a.value_eur, f.total));
  // The tooltip gives the share with two significant digits (formatShare), the drawn label one decimal.
  const tip = `${label} – ${a.name} (${a.code}) : ${formatMEur(a.value_eur, f.dec)}, soit ${formatShare(fraction(a.value_eur, f.total))} ${of}`;
  const cell = { cls: 'cell', code: a.code, value: a.value_eur, x: f.x0 + leaf.x0, y: f.y0 + leaf.y0 };
  const parts = [
    rectMark(
      {
        ...cell,
        width: cw,
        height: ch,
        fill: colour,
        stroke: CELL_STYLE.stroke,
        strokeWidth: CELL_STYLE['stroke-width'],
      },
      tip,
      { key: 'cell', rank: 0, style: { fill: colour, ...CELL_STYLE } },
    ),
  ];
  const cellTop = Math.max(leaf.y0, labelTop);
  const fitted = fitCellLabel(a.name, share, cw, leaf.y1 - cellTop);
  if (fitted) {
    const tx = f.x0 + leaf.x0 + PAD;
    const top = f.y0 + cellTop + PAD;
    const texts = textLines(
      fitted.lines,
      tx,
      top,
      LINE,
      {
        size: LABEL_SIZE,
        weight: 600,
        fill: palette.onColour,
        className: 'cell-name',
      },
      a.name,
    );
    const shareY = top + verticalMetrics().ascent * LABEL_SIZE + fitted.lines.length * LINE;
    if (fitted.share !== null)
      texts.push(
        textEl(tx, shareY, fitted.share, { size: LABEL_SIZE, fill: palette.onColour, className: 'cell-share' }),
      );
    parts.push(el('g', { class: 'label' }, ...texts));
  }
  return [el('g', { class: 'activity' }, ...parts)];
}
