// The Sankey diagrams' layout: each side's label column, d3-sankey's nodes and links (node order
// is the figures' order: nodeSort(null) and no relaxation, so nothing moves), and the labels'
// places, pushed apart when nodes are too thin to hold them.
import { sankey, type SankeyGraph, type SankeyLink, type SankeyNode } from 'd3-sankey';
import { formatMEur } from '../format/fr.js';
import { isNarrow, mEurDecimals } from './common.js';
import { measureText } from './font.js';
import { wrapLabel } from './hyphenate.js';
import { columnWidth, nameBlockHeight, NAME, wrapName } from './label-column.js';
import type { ChartOptions, SankeyInput, SankeyLinkInput, SankeyNodeInput } from './types.js';

export const VALUE_SIZE = 11;
const LABEL_GAP = 4;
export const VALUE_GAP = 5;
const NODE_WIDTH = 10;
/** Horizontal distance from a node to its label (room for the leader line). */
export const LABEL_OFFSET = 12;
export const FLOW_TOP = 52;

export interface NodeDatum {
  key: string;
  side: 0 | 1;
  node: SankeyNodeInput;
}

export interface LinkDatum {
  link: SankeyLinkInput;
}

export type Node = SankeyNode<NodeDatum, LinkDatum>;
export type Link = SankeyLink<NodeDatum, LinkDatum>;

export interface Label {
  /** The node's full name (the lines may shorten it). */
  name: string;
  lines: string[];
  value: string;
  valueWidth: number;
  height: number;
}

/** Name (at most `maxLines` lines) with the value in M€ written after its last line. */
function nodeLabel(n: SankeyNodeInput, maxWidth: number, decimals: number, maxLines = 2): Label {
  const value = formatMEur(n.value_eur, decimals);
  const valueWidth = measureText(value, VALUE_SIZE);
  const width = Math.max(0, maxWidth - valueWidth - VALUE_GAP);
  const lines = maxLines === 2 ? wrapName(n.name, width) : wrapLabel(n.name, width, NAME.size, NAME.weight, maxLines);
  return { name: n.name, lines, value, valueWidth, height: nameBlockHeight(Math.max(1, lines.length)) };
}

/** Width a side's labels need on one line, capped at `cap`. */
function labelColumnWidth(nodes: SankeyNodeInput[], cap: number, decimals: number): number {
  const widths = nodes.map(
    (n) =>
      measureText(n.name, NAME.size, NAME.weight) +
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

export interface SankeyLayout {
  width: number;
  height: number;
  bottom: number;
  dec: number;
  /** Left and right labels, in their columns' order. */
  labels: [Label[], Label[]];
  /** The links with a value, those drawn. */
  drawn: SankeyLinkInput[];
  /** Left and right edges of the flows (between the label columns). */
  x0: number;
  x1: number;
  /** Top of the flows, and the space between two nodes of a column. */
  flowTop: number;
  padding: number;
  /** Narrow pages: nodes at the chart's edges and each label above its node, over the flows. */
  labelsAbove: boolean;
}

/** Narrow layout: each side's labels take half the width, above their nodes; the flows span the chart. */
function narrowSankeyLayout(matrix: SankeyInput, width: number, dec: number): SankeyLayout {
  const half = width / 2 - 6;
  // Half the width is narrow: names take up to three lines before being shortened.
  const left = matrix.sources.map((n) => nodeLabel(n, half, dec, 3));
  const right = matrix.targets.map((n) => nodeLabel(n, half, dec, 3));
  const padding = Math.max(0, ...[...left, ...right].map((l) => l.height)) + 8;
  const flowTop = FLOW_TOP + padding;
  const rows = Math.max(left.length, right.length);
  // Room for the notice of a chart without flows.
  const height = Math.max(FLOW_TOP + 70, Math.ceil(flowTop + Math.max(0, rows - 1) * padding + 40 * rows + 4));
  return {
    width,
    height,
    bottom: height - 2,
    dec,
    labels: [left, right],
    drawn: matrix.links.filter((l) => l.value_eur > 0),
    x0: 0,
    x1: width,
    flowTop,
    padding,
    labelsAbove: true,
  };
}

export function sankeyLayout(matrix: SankeyInput, options: ChartOptions): SankeyLayout {
  const width = options.width ?? 800;
  const dec = mEurDecimals(matrix.total_eur);
  if (isNarrow(options.width)) return narrowSankeyLayout(matrix, width, dec);
  // Each side's labels take the width they need, at most 30 % of the chart.
  const leftWidth = labelColumnWidth(matrix.sources, width * 0.3, dec);
  const rightWidth = labelColumnWidth(matrix.targets, width * 0.3, dec);
  const left = matrix.sources.map((n) => nodeLabel(n, leftWidth, dec, 3));
  const right = matrix.targets.map((n) => nodeLabel(n, rightWidth, dec, 3));
  const stack = (ls: Label[]) => ls.reduce((s, l) => s + l.height, 0) + Math.max(0, ls.length - 1) * LABEL_GAP;
  const height = Math.max(options.height ?? 360, Math.ceil(FLOW_TOP + Math.max(stack(left), stack(right)) + 4));
  return {
    width,
    height,
    bottom: height - 2,
    dec,
    labels: [left, right],
    drawn: matrix.links.filter((l) => l.value_eur > 0),
    x0: leftWidth + LABEL_OFFSET,
    x1: width - rightWidth - LABEL_OFFSET,
    flowTop: FLOW_TOP,
    padding: 10,
    labelsAbove: false,
  };
}

/** d3-sankey's nodes and links between the label columns. */
export function flowGraph(matrix: SankeyInput, l: SankeyLayout): { nodes: Node[]; links: Link[] } {
  const graph: SankeyGraph<NodeDatum, LinkDatum> = {
    nodes: [
      ...matrix.sources.map((node): NodeDatum => ({ key: `s:${node.code}`, side: 0, node })),
      ...matrix.targets.map((node): NodeDatum => ({ key: `t:${node.code}`, side: 1, node })),
    ],
    links: l.drawn.map((link) => ({
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
    .nodePadding(l.padding)
    .extent([
      [l.x0, l.flowTop],
      [l.x1, l.bottom],
    ]);
  const { nodes, links } = layout(graph);
  return { nodes: nodes, links: links };
}
