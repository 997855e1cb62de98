// Flow Sankey diagrams. Exports: products (left) → countries (right); imports: countries
// (left) → products (right). Layout in sankey-layout.ts, links and nodes in their own files.
// Labels sit outside the flows, pushed apart when nodes are too thin to hold them, with a
// short leader line back to their node.

import { formatMEur, formatMillions, formatShare } from '../format/fr.js';
import { ofName, theName } from '../format/article.js';
import { duringPeriod } from '../model/period.js';
import { chartOutput, defaultIdPrefix, fraction, type Column } from './common.js';
import { verticalMetrics } from './font.js';
import { columnHeaders } from './headers.js';
import { NAME } from './label-column.js';
import { noticeLines } from './notice.js';
import { palette } from './palette.js';
import { flowGraph, FLOW_TOP, sankeyLayout, type SankeyLayout } from './sankey-layout.js';
import { linkMarks, type LinkShape } from './sankey-links.js';
import { sideMarks } from './sankey-nodes.js';
import { fragment, type SceneNode } from './scene.js';
import { el, textEl } from './svg.js';
import {
  OTHERS_NODE,
  type ChartOptions,
  type ChartOutput,
  type ChartTable,
  type FlowDirection,
  type SankeyInput,
  type SankeyLinkInput as FlowLink,
} from './types.js';

export type { FlowDirection } from './types.js';
export { dodge } from './sankey-layout.js';

const TOTAL_SIZE = 13;
const HEAD_SIZE = 12;

type Texts = (typeof TEXTS)[FlowDirection];

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

/** The names of the nodes by side and code ('s:FR', 't:C10'). */
function nodeNames(matrix: SankeyInput): Map<string, string> {
  const names = new Map<string, string>();
  matrix.sources.forEach((n) => names.set(`s:${n.code}`, n.name));
  matrix.targets.forEach((n) => names.set(`t:${n.code}`, n.name));
  return names;
}

/** A flow in words: 'Allemagne → Produits chimiques : 12,3 M€, soit 4,5 % des exportations'. */
function flowTitle(matrix: SankeyInput, names: Map<string, string>, dec: number): (l: FlowLink) => string {
  const of = TEXTS[matrix.direction].of;
  return (l) =>
    `${names.get(`s:${l.source}`) ?? l.source} → ${names.get(`t:${l.target}`) ?? l.target} : ${formatMEur(l.value_eur, dec)}, soit ${formatShare(fraction(l.value_eur, matrix.total_eur))} ${of}`;
}

export function renderFlowSankey(matrix: SankeyInput, options: ChartOptions = {}): ChartOutput {
  const { subject, direction } = matrix;
  const texts = TEXTS[direction];
  const l = sankeyLayout(matrix, options);
  const names = nodeNames(matrix);
  const title = flowTitle(matrix, names, l.dec);
  const body: SceneNode[] = [...headMarks(matrix, texts, l)];
  if (matrix.total_eur > 0 && l.drawn.length > 0) {
    body.push(flowMarks(matrix, l, title));
  } else {
    const what = direction === 'exports' ? 'exportation' : 'importation';
    const notice = `Aucune ${what} enregistrée pour ${theName(subject)} ${duringPeriod(subject.year)}.`;
    body.push(...noticeLines(notice, l.width / 2, FLOW_TOP + 20, l.width - 20, NAME.size, 'middle'));
  }
  return chartOutput(
    {
      width: l.width,
      height: l.height,
      idPrefix:
        options.idPrefix ??
        defaultIdPrefix(`flux-${direction === 'exports' ? 'export' : 'import'}`, subject, options.width),
      source: subject.source,
      className: `chart chart-sankey chart-sankey-${direction}`,
      title: options.title ?? texts.title(`${subject.name} (en valeur, ${subject.year})`),
      description: describe(matrix, l.dec, title),
    },
    body,
    table(matrix, names),
  );
}

/** The total above the flows and the two columns' headers. */
function headMarks(matrix: SankeyInput, texts: Texts, l: SankeyLayout): SceneNode[] {
  const totalText = `${texts.total} : ${formatMillions(matrix.total_eur, l.dec)} millions d'euros`;
  return [
    textEl(l.width / 2, 2 + verticalMetrics().ascent * TOTAL_SIZE, totalText, {
      size: TOTAL_SIZE,
      weight: 600,
      anchor: 'middle',
      fill: palette.text,
      className: 'total',
    }),
    columnHeaders(40, HEAD_SIZE, [
      { x: 0, text: texts.left, fill: palette.muted },
      { x: l.width, text: texts.right, anchor: 'end', fill: palette.muted },
    ]),
  ];
}

/** The links, then the nodes with their labels: one paper layer (see write-paper.ts). */
function flowMarks(matrix: SankeyInput, l: SankeyLayout, title: (l: FlowLink) => string): SceneNode {
  const { nodes, links } = flowGraph(matrix, l);
  const shapes: LinkShape[] = links.map((k) => ({
    source: (k.source as (typeof nodes)[number]).key,
    x0: (k.source as (typeof nodes)[number]).x1!,
    x1: (k.target as (typeof nodes)[number]).x0!,
    y0: k.y0!,
    y1: k.y1!,
    width: k.width!,
    highlight: k.link.highlight,
    value_eur: k.link.value_eur,
    title: title(k.link) + (k.link.highlight ? ' (l’un des cinq principaux flux)' : ''),
  }));
  const productsLeft = matrix.direction === 'exports';
  const productColour = productsLeft ? palette.exports : palette.imports;
  const nodeEls = ([0, 1] as const).flatMap((side) => {
    const isProduct = (side === 0) === productsLeft;
    return sideMarks(
      nodes.filter((n) => n.side === side),
      {
        side,
        labels: l.labels[side],
        fill: isProduct ? productColour : palette.neutralDark,
        isProduct,
        total: matrix.total_eur,
        of: TEXTS[matrix.direction].of,
        dec: l.dec,
        bottom: l.bottom,
        ...(l.labelsAbove ? { above: { right: l.width } } : {}),
      },
    );
  });
  return fragment([linkMarks(shapes), el('g', { class: 'nodes' }, ...nodeEls)], true);
}

function describe(matrix: SankeyInput, dec: number, title: (l: FlowLink) => string): string {
  const { subject, direction } = matrix;
  const texts = TEXTS[direction];
  const top5 = matrix.links.filter((l) => l.highlight).sort((a, b) => b.value_eur - a.value_eur);
  const nLeft = matrix.sources.filter((n) => n.code !== OTHERS_NODE).length;
  const nRight = matrix.targets.filter((n) => n.code !== OTHERS_NODE).length;
  const [leftNoun, rightNoun] =
    direction === 'exports' ? ['produits', 'pays de destination'] : ["pays d'origine", 'produits'];
  return matrix.total_eur > 0
    ? `Diagramme de Sankey des ${texts.noun} ${ofName(subject)} ${duringPeriod(subject.year)} (total ${formatMEur(matrix.total_eur, dec)}) : à gauche les ${nLeft} premiers ${leftNoun}, à droite les ${nRight} premiers ${rightNoun}, les autres étant regroupés ; l'épaisseur de chaque flux est proportionnelle à sa valeur.` +
        (top5.length > 0 ? ` Principaux flux, en rouge : ${top5.map((l) => title(l)).join(' ; ')}.` : '')
    : `Aucune ${direction === 'exports' ? 'exportation' : 'importation'} n'est enregistrée pour ${theName(subject)} ${duringPeriod(subject.year)}.`;
}

function table(matrix: SankeyInput, names: Map<string, string>): { columns: Column[]; rows: ChartTable['rows'] } {
  const [leftCol, leftCode, rightCol, rightCode] =
    matrix.direction === 'exports'
      ? ['Produit', 'Code A129', 'Pays de destination', 'Code pays']
      : ["Pays d'origine", 'Code pays', 'Produit', 'Code A129'];
  return {
    columns: [
      [leftCol, 'text'],
      [leftCode, 'code'],
      [rightCol, 'text'],
      [rightCode, 'code'],
      ['Valeur (euros)', 'euros'],
      ['Part du total', 'share'],
      ['Parmi les cinq principaux flux', 'text'],
    ],
    // By value, largest first (a stable sort: equal flows keep the diagram's order).
    rows: [...matrix.links]
      .sort((a, b) => b.value_eur - a.value_eur)
      .map((l) => [
        names.get(`s:${l.source}`) ?? l.source,
        l.source,
        names.get(`t:${l.target}`) ?? l.target,
        l.target,
        l.value_eur,
        fraction(l.value_eur, matrix.total_eur),
        l.highlight ? 'oui' : 'non',
      ]),
  };
}
