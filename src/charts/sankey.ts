// Flow Sankey diagrams. Exports: products (left) → countries (right); imports: countries
// (left) → products (right). Node order is the figures' order (value descending, "Autres"
// last): d3-sankey runs with nodeSort(null) and no relaxation iterations, so nothing moves.
// Labels sit outside the flows, pushed apart when nodes are too thin to hold them, with a
// short leader line back to their node.

import { sankey, type SankeyGraph, type SankeyLink, type SankeyNode } from 'd3-sankey';
import { formatMEur, formatMillions, formatPart } from '../format/fr.js';
import { ofName, theName } from '../format/article.js';
import { duringPeriod } from '../model/period.js';
import { chartOutput, defaultIdPrefix, fraction, mEurDecimals } from './common.js';
import { measureText, verticalMetrics } from './font.js';
import { columnHeaders } from './headers.js';
import { columnWidth, nameBlockHeight, NAME, wrapName } from './label-column.js';
import { rectMark } from './mark.js';
import { noticeLines } from './notice.js';
import { palette } from './palette.js';
import { mergedPath, rectPath } from './paper.js';
import { paperLinks, screenLinks, type LinkShape } from './sankey-links.js';
import { el, num, textEl } from './svg.js';
import { textLines } from './text-lines.js';
import {
  OTHERS_NODE,
  type ChartOptions,
  type ChartOutput,
  type FlowDirection,
  type SankeyInput,
  type SankeyLinkInput as FlowLink,
  type SankeyNodeInput as FlowNode,
} from './types.js';

export type { FlowDirection } from './types.js';

const NAME_SIZE = NAME.size;
const VALUE_SIZE = 11;
const LINE = NAME.line;
const LABEL_GAP = 4;
const VALUE_GAP = 5;
const NODE_WIDTH = 10;
/** Horizontal distance from a node to its label (room for the leader line). */
const LABEL_OFFSET = 12;
const TOTAL_SIZE = 13;
const HEAD_SIZE = 12;
const FLOW_TOP = 52;
/** The short line from a node to its label when the label had to move away. */
const LEADER = { fill: 'none', stroke: palette.axis, 'stroke-width': 0.75 };

interface NodeDatum {
  key: string;
  side: 0 | 1;
  node: FlowNode;
}

interface LinkDatum {
  link: FlowLink;
}

type Node = SankeyNode<NodeDatum, LinkDatum>;
type Link = SankeyLink<NodeDatum, LinkDatum>;

const TEXTS: Record<
  FlowDirection,
  { total: string; left: string; right: string; of: string; noun: string; title: (place: string) => string }
> = {
  exports: {
    total: 'Total des exportations',
    left: 'Produits exportés',
    right: 'Pays de destination',
    of: 'des exportations',
    noun: 'exportations',
    title: (place) => `Flux à l'export par produit et par pays, ${place}`,
  },
  imports: {
    total: 'Total des importations',
    left: "Pays d'origine",
    right: 'Produits importés',
    of: 'des importations',
    noun: 'importations',
    title: (place) => `Flux à l'import par pays et par produit, ${place}`,
  },
};

interface Label {
  lines: string[];
  value: string;
  valueWidth: number;
  height: number;
}

/** Name (at most two lines) with the value in M€ written after its last line. */
function nodeLabel(n: FlowNode, maxWidth: number, decimals: number): Label {
  const value = formatMEur(n.value_eur, decimals);
  const valueWidth = measureText(value, VALUE_SIZE);
  const lines = wrapName(n.name, Math.max(0, maxWidth - valueWidth - VALUE_GAP));
  return { lines, value, valueWidth, height: nameBlockHeight(Math.max(1, lines.length)) };
}

/** Width a side's labels need on one line, capped at `cap`. */
function labelColumnWidth(nodes: FlowNode[], cap: number, decimals: number): number {
  const widths = nodes.map(
    (n) =>
      measureText(n.name, NAME_SIZE, NAME.weight) +
      VALUE_GAP +
      measureText(formatMEur(n.value_eur, decimals), VALUE_SIZE),
  );
  return Math.ceil(columnWidth(widths, 60, cap));
}

/**
 * Vertical positions (tops) for label blocks that want to be centred on `centres`, kept in
 * order, `LABEL_GAP` apart and inside [top, bottom] (the caller guarantees they fit).
 */
export function dodge(centres: number[], heights: number[], top: number, bottom: number): number[] {
  const tops = centres.map((c, i) => c - heights[i]! / 2);
  let floor = top;
  for (let i = 0; i < tops.length; i++) {
    tops[i] = Math.max(tops[i]!, floor);
    floor = tops[i]! + heights[i]! + LABEL_GAP;
  }
  let ceiling = bottom;
  for (let i = tops.length - 1; i >= 0; i--) {
    tops[i] = Math.min(tops[i]!, ceiling - heights[i]!);
    ceiling = tops[i]! - LABEL_GAP;
  }
  return tops;
}

export function renderFlowSankey(matrix: SankeyInput, options: ChartOptions = {}): ChartOutput {
  const { subject, direction } = matrix;
  const texts = TEXTS[direction];
  const width = options.width ?? 800;
  const id = options.idPrefix ?? defaultIdPrefix(`flux-${direction === 'exports' ? 'export' : 'import'}`, subject);
  const title = options.title ?? texts.title(`${subject.name} (en valeur, ${subject.year})`);
  const total = matrix.total_eur;
  const productsLeft = direction === 'exports';
  const productColour = direction === 'exports' ? palette.exports : palette.imports;
  const { ascent } = verticalMetrics();
  const dec = mEurDecimals(total);

  // Each side's labels take the width they need, at most 30 % of the chart.
  const leftWidth = labelColumnWidth(matrix.sources, width * 0.3, dec);
  const rightWidth = labelColumnWidth(matrix.targets, width * 0.3, dec);
  const x0 = leftWidth + LABEL_OFFSET;
  const x1 = width - rightWidth - LABEL_OFFSET;
  const leftLabels = matrix.sources.map((n) => nodeLabel(n, leftWidth, dec));
  const rightLabels = matrix.targets.map((n) => nodeLabel(n, rightWidth, dec));
  const stack = (ls: Label[]) => ls.reduce((s, l) => s + l.height, 0) + Math.max(0, ls.length - 1) * LABEL_GAP;
  const height = Math.max(
    options.height ?? 360,
    Math.ceil(FLOW_TOP + Math.max(stack(leftLabels), stack(rightLabels)) + 4),
  );
  const bottom = height - 2;

  const totalText = `${texts.total} : ${formatMillions(total, dec)} millions d'euros`;
  const body: string[] = [
    textEl(width / 2, 2 + ascent * TOTAL_SIZE, totalText, {
      size: TOTAL_SIZE,
      weight: 600,
      anchor: 'middle',
      fill: palette.text,
      className: 'total',
    }),
    columnHeaders(40, HEAD_SIZE, [
      { x: 0, text: texts.left, fill: palette.muted },
      { x: width, text: texts.right, anchor: 'end', fill: palette.muted },
    ]),
  ];

  // Paper draws the same headers, then marks of one kind merged (see paper.ts).
  const paper = [...body];
  const drawn = matrix.links.filter((l) => l.value_eur > 0);
  const names = new Map<string, string>();
  matrix.sources.forEach((n) => names.set(`s:${n.code}`, n.name));
  matrix.targets.forEach((n) => names.set(`t:${n.code}`, n.name));
  const flowTitle = (l: FlowLink) =>
    `${names.get(`s:${l.source}`) ?? l.source} → ${names.get(`t:${l.target}`) ?? l.target} : ${formatMEur(l.value_eur, dec)}, soit ${formatPart(fraction(l.value_eur, total))} ${texts.of}`;

  if (total > 0 && drawn.length > 0) {
    const graph: SankeyGraph<NodeDatum, LinkDatum> = {
      nodes: [
        ...matrix.sources.map((node): NodeDatum => ({ key: `s:${node.code}`, side: 0, node })),
        ...matrix.targets.map((node): NodeDatum => ({ key: `t:${node.code}`, side: 1, node })),
      ],
      links: drawn.map((link) => ({
        source: `s:${link.source}`,
        target: `t:${link.target}`,
        value: link.value_eur,
        link,
      })),
    };
    const layout = sankey<NodeDatum, LinkDatum>()
      .nodeId((d) => d.key)
      .nodeAlign((d) => d.side)
      .nodeSort(null)
      .iterations(0)
      .nodeWidth(NODE_WIDTH)
      .nodePadding(10)
      .extent([
        [x0, FLOW_TOP],
        [x1, bottom],
      ]);
    const { nodes, links } = layout(graph);

    const shapes: LinkShape[] = (links as Link[]).map((l) => ({
      source: (l.source as Node).key,
      x0: (l.source as Node).x1!,
      x1: (l.target as Node).x0!,
      y0: l.y0!,
      y1: l.y1!,
      width: l.width!,
      highlight: l.link.highlight,
      value_eur: l.link.value_eur,
      title: flowTitle(l.link) + (l.link.highlight ? ' (l’un des cinq principaux flux)' : ''),
    }));
    body.push(screenLinks(shapes));
    paper.push(...paperLinks(shapes));

    const nodeEls: string[] = [];
    const nodeShapes = new Map<string, string[]>();
    const leaders: string[] = [];
    const labelEls: string[] = [];
    for (const side of [0, 1] as const) {
      const column = (nodes as Node[]).filter((n) => n.side === side);
      const labels = side === 0 ? leftLabels : rightLabels;
      const isProduct = (side === 0) === productsLeft;
      const tops = dodge(
        column.map((n) => (n.y0! + n.y1!) / 2),
        labels.map((l) => l.height),
        FLOW_TOP,
        bottom,
      );
      column.forEach((n, i) => {
        const label = labels[i]!;
        const v = n.node.value_eur;
        const tip = `${n.node.name} : ${formatMEur(v, dec)}, soit ${formatPart(fraction(v, total))} ${texts.of}`;
        const fill = isProduct ? productColour : palette.neutralDark;
        const parts = [
          rectMark({ cls: 'node-bar', x: n.x0!, y: n.y0!, width: n.x1! - n.x0!, height: n.y1! - n.y0!, fill }, tip),
        ];
        const shapes = nodeShapes.get(fill) ?? [];
        if (shapes.length === 0) nodeShapes.set(fill, shapes);
        shapes.push(rectPath(n.x0!, n.y0!, n.x1! - n.x0!, n.y1! - n.y0!));
        const anchor = side === 0 ? 'end' : 'start';
        const tx = side === 0 ? n.x0! - LABEL_OFFSET : n.x1! + LABEL_OFFSET;
        const top = tops[i]!;
        const centre = (n.y0! + n.y1!) / 2;
        const labelCentre = top + label.height / 2;
        if (Math.abs(labelCentre - centre) > 1) {
          const from = side === 0 ? n.x0! - 1 : n.x1! + 1;
          const to = side === 0 ? tx + 3 : tx - 3;
          const d = `M${num(from)},${num(centre)}L${num(to)},${num(labelCentre)}`;
          parts.push(el('path', { class: 'leader', d, ...LEADER }));
          leaders.push(d);
        }
        // The value closes the last line: right of the name on the right side, and on the
        // left side (right-aligned labels) the name's lines end where the value starts.
        const y = top + ascent * NAME_SIZE;
        const last = Math.max(0, label.lines.length - 1);
        const nameX = side === 0 ? tx - label.valueWidth - VALUE_GAP : tx;
        const labelTexts = textLines(label.lines, nameX, top, LINE, {
          size: NAME_SIZE,
          weight: NAME.weight,
          anchor,
          fill: palette.text,
          className: 'node-name',
        });
        const lastWidth = label.lines.length ? measureText(label.lines[last]!, NAME_SIZE, 600) : 0;
        const valueX = side === 0 ? tx : tx + lastWidth + (label.lines.length ? VALUE_GAP : 0);
        labelTexts.push(
          textEl(valueX, y + last * LINE, label.value, {
            size: VALUE_SIZE,
            anchor,
            fill: palette.muted,
            className: 'node-value',
          }),
        );
        parts.push(el('g', { class: 'label' }, ...labelTexts));
        labelEls.push(...labelTexts);
        nodeEls.push(
          el(
            'g',
            { class: `node ${isProduct ? 'product' : 'country'}`, 'data-code': n.node.code, 'data-value': v },
            ...parts,
          ),
        );
      });
    }
    body.push(el('g', { class: 'nodes' }, ...nodeEls));
    // Nodes, leaders and labels never overlap one another: each kind in one go.
    for (const [fill, shapes] of nodeShapes) paper.push(...mergedPath(shapes, { fill }));
    paper.push(...mergedPath(leaders, LEADER), ...labelEls);
  } else {
    const what = direction === 'exports' ? 'exportation' : 'importation';
    const notice = noticeLines(
      `Aucune ${what} enregistrée pour ${theName(subject)} ${duringPeriod(subject.year)}.`,
      width / 2,
      FLOW_TOP + 20,
      width - 20,
      NAME_SIZE,
      'middle',
    );
    body.push(...notice);
    paper.push(...notice);
  }

  const top5 = matrix.links.filter((l) => l.highlight).sort((a, b) => b.value_eur - a.value_eur);
  const nLeft = matrix.sources.filter((n) => n.code !== OTHERS_NODE).length;
  const nRight = matrix.targets.filter((n) => n.code !== OTHERS_NODE).length;
  const [leftNoun, rightNoun] = productsLeft ? ['produits', 'pays de destination'] : ["pays d'origine", 'produits'];
  const description =
    total > 0
      ? `Diagramme de Sankey des ${texts.noun} ${ofName(subject)} ${duringPeriod(subject.year)} (total ${formatMEur(total, dec)}) : à gauche les ${nLeft} premiers ${leftNoun}, à droite les ${nRight} premiers ${rightNoun}, les autres étant regroupés ; l'épaisseur de chaque flux est proportionnelle à sa valeur.` +
        (top5.length > 0 ? ` Principaux flux, en rouge : ${top5.map((l) => flowTitle(l)).join(' ; ')}.` : '')
      : `Aucune ${direction === 'exports' ? 'exportation' : 'importation'} n'est enregistrée pour ${theName(subject)} ${duringPeriod(subject.year)}.`;

  const [leftCol, rightCol] = productsLeft ? ['Produit', 'Pays de destination'] : ["Pays d'origine", 'Produit'];
  return chartOutput(
    {
      width,
      height,
      idPrefix: id,
      source: subject.source,
      className: `chart chart-sankey chart-sankey-${direction}`,
      title,
      description,
    },
    body,
    {
      columns: [
        [leftCol, 'text'],
        [rightCol, 'text'],
        ['Valeur (euros)', 'euros'],
        ['Part du total', 'share'],
        ['Parmi les cinq principaux flux', 'text'],
      ],
      rows: matrix.links.map((l) => [
        names.get(`s:${l.source}`) ?? l.source,
        names.get(`t:${l.target}`) ?? l.target,
        l.value_eur,
        fraction(l.value_eur, total),
        l.highlight ? 'oui' : 'non',
      ]),
    },
    paper,
  );
}
