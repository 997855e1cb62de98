// The nodes of a Sankey diagram: each node's bar, its label (name and value) beside it, and a
// short leader line back to the bar when the label had to move away. On paper, bars merge into
// one path per colour and leaders into one path (none overlaps another).
import { formatMEur, formatShare } from '../format/fr.js';
import { fraction } from './common.js';
import { measureText, verticalMetrics } from './font.js';
import { NAME } from './label-column.js';
import { rectMark } from './mark.js';
import { palette } from './palette.js';
import { dodge, FLOW_TOP, LABEL_OFFSET, VALUE_GAP, VALUE_SIZE, type Label, type Node } from './sankey-layout.js';
import { mergeable, type SceneNode } from './scene.js';
import { el, num, textEl } from './svg.js';
import { textLines } from './text-lines.js';

/** The short line from a node to its label when the label had to move away. */
const LEADER = { fill: 'none', stroke: palette.axis, 'stroke-width': 0.75 };

/** What a side's nodes share: their labels, colour, anchor and what their shares are of. */
export interface Side {
  side: 0 | 1;
  labels: Label[];
  fill: string;
  isProduct: boolean;
  total: number;
  of: string;
  dec: number;
  bottom: number;
  /** Labels above their nodes (narrow layout), the right side's ending at `right`. */
  above?: { right: number };
}

/** A side's nodes, their labels set apart so that they never overlap. */
export function sideMarks(column: Node[], s: Side): SceneNode[] {
  if (s.above) return column.map((n, i) => labelAbove(n, s.labels[i]!, s, s.above!.right));
  const tops = dodge(
    column.map((n) => (n.y0! + n.y1!) / 2),
    s.labels.map((l) => l.height),
    FLOW_TOP,
    s.bottom,
  );
  return column.map((n, i) => nodeMarks(n, s.labels[i]!, tops[i]!, s));
}

function nodeBar(n: Node, s: Side): SceneNode {
  const v = n.node.value_eur;
  const tip = `${n.node.name} : ${formatMEur(v, s.dec)}, soit ${formatShare(fraction(v, s.total))} ${s.of}`;
  const [x, y, width, height] = [n.x0!, n.y0!, n.x1! - n.x0!, n.y1! - n.y0!];
  return rectMark({ cls: 'node-bar', x, y, width, height, fill: s.fill }, tip, {
    key: `node:${s.fill}`,
    rank: 2,
    style: { fill: s.fill },
  });
}

function nodeGroup(n: Node, s: Side, parts: SceneNode[]): SceneNode {
  return el(
    'g',
    { class: `node ${s.isProduct ? 'product' : 'country'}`, 'data-code': n.node.code, 'data-value': n.node.value_eur },
    ...parts,
  );
}

/**
 * A node with its label just above it, over the flows (a white halo keeps it legible): the
 * left side's labels start at the left edge, the right side's end at `right`.
 */
function labelAbove(n: Node, label: Label, s: Side, right: number): SceneNode {
  const top = n.y0! - label.height - 3;
  const texts = s.side === 0 ? labelTexts(label, 0, top, 1) : labelTexts(label, right, top, 0);
  return nodeGroup(n, s, [nodeBar(n, s), el('g', { class: 'label', ...HALO }, ...texts)]);
}

/** Stroke painted under the text: labels over the flows stay legible. */
const HALO = { stroke: palette.background, 'stroke-width': 3, 'stroke-linejoin': 'round', 'paint-order': 'stroke' };

function nodeMarks(n: Node, label: Label, top: number, s: Side): SceneNode {
  const parts = [nodeBar(n, s)];
  const tx = s.side === 0 ? n.x0! - LABEL_OFFSET : n.x1! + LABEL_OFFSET;
  const centre = (n.y0! + n.y1!) / 2;
  const labelCentre = top + label.height / 2;
  if (Math.abs(labelCentre - centre) > 1) {
    const from = s.side === 0 ? n.x0! - 1 : n.x1! + 1;
    const to = s.side === 0 ? tx + 3 : tx - 3;
    const d = `M${num(from)},${num(centre)}L${num(to)},${num(labelCentre)}`;
    parts.push(mergeable(el('path', { class: 'leader', d, ...LEADER }), { key: 'leader', rank: 3, style: LEADER }, d));
  }
  parts.push(el('g', { class: 'label' }, ...labelTexts(label, tx, top, s.side)));
  return nodeGroup(n, s, parts);
}

/**
 * The name's lines and the value closing the last line: labels of the right side (`side` 1)
 * start at `tx`, the value right of the name; labels of the left side end at `tx`, the name's
 * lines ending where the value starts.
 */
function labelTexts(label: Label, tx: number, top: number, side: 0 | 1): SceneNode[] {
  const anchor = side === 0 ? 'end' : 'start';
  const y = top + verticalMetrics().ascent * NAME.size;
  const last = Math.max(0, label.lines.length - 1);
  const nameX = side === 0 ? tx - label.valueWidth - VALUE_GAP : tx;
  const texts = textLines(
    label.lines,
    nameX,
    top,
    NAME.line,
    {
      size: NAME.size,
      weight: NAME.weight,
      anchor,
      fill: palette.text,
      className: 'node-name',
    },
    label.name,
  );
  const lastWidth = label.lines.length ? measureText(label.lines[last]!, NAME.size, 600) : 0;
  const valueX = side === 0 ? tx : tx + lastWidth + (label.lines.length ? VALUE_GAP : 0);
  texts.push(
    textEl(valueX, y + last * NAME.line, label.value, {
      size: VALUE_SIZE,
      anchor,
      fill: palette.muted,
      className: 'node-value',
    }),
  );
  return texts;
}
