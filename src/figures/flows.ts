import type { Flow } from '../model/trade.js';
import { sortedByValue, sumBy, type CubeRow, type Labels } from './cube.js';
import { OTHERS_CODE, type FlowLink, type FlowMatrix, type FlowNode } from './types.js';

export const TOP_NODES = 10;
export const HIGHLIGHTED_LINKS = 5;

export const OTHER_PRODUCTS = 'Autres produits';
export const OTHER_COUNTRIES = 'Autres pays';

/**
 * The flow matrix reduced to the top products × top countries, everything else in "Autres".
 * Exports read product → country, imports country → product. Links sum exactly to the total.
 */
export function flowMatrix(rows: CubeRow[], flow: Flow, labels: Labels, top = TOP_NODES): FlowMatrix {
  const flowRows = rows.filter((r) => r.flow === flow && r.value > 0);
  const product = (r: CubeRow) => r.a129;
  const country = (r: CubeRow) => r.country;
  const [sourceKey, targetKey] = flow === 'E' ? [product, country] : [country, product];
  const sourceName = flow === 'E' ? (c: string) => labels.activity(c).name : labels.country;
  const targetName = flow === 'E' ? labels.country : (c: string) => labels.activity(c).name;
  const othersName = (isProduct: boolean) => (isProduct ? OTHER_PRODUCTS : OTHER_COUNTRIES);

  const reduce = (key: (r: CubeRow) => string, name: (c: string) => string, isProduct: boolean) => {
    const ranked = sortedByValue(sumBy(flowRows, key));
    const kept = new Set(ranked.slice(0, top).map(([c]) => c));
    const nodes: FlowNode[] = ranked.slice(0, top).map(([code, value_eur]) => ({ code, name: name(code), value_eur }));
    const rest = ranked.slice(top).reduce((s, [, v]) => s + v, 0);
    if (rest > 0) nodes.push({ code: OTHERS_CODE, name: othersName(isProduct), value_eur: rest });
    return { nodes, map: (code: string) => (kept.has(code) ? code : OTHERS_CODE) };
  };
  const sources = reduce(sourceKey, sourceName, flow === 'E');
  const targets = reduce(targetKey, targetName, flow !== 'E');

  const linkSums = sumBy(flowRows, (r) => `${sources.map(sourceKey(r))}\u0000${targets.map(targetKey(r))}`);
  const order = (nodes: FlowNode[]) => new Map(nodes.map((n, i) => [n.code, i]));
  const sourceOrder = order(sources.nodes);
  const targetOrder = order(targets.nodes);
  const links: FlowLink[] = [...linkSums].map(([key, value_eur]) => {
    const [source, target] = key.split('\u0000') as [string, string];
    return { source, target, value_eur, highlight: false };
  });
  const highlightable = links
    .filter((l) => l.source !== OTHERS_CODE && l.target !== OTHERS_CODE)
    .sort(
      (a, b) =>
        b.value_eur - a.value_eur ||
        sourceOrder.get(a.source)! - sourceOrder.get(b.source)! ||
        targetOrder.get(a.target)! - targetOrder.get(b.target)!,
    );
  for (const l of highlightable.slice(0, HIGHLIGHTED_LINKS)) l.highlight = true;
  links.sort(
    (a, b) =>
      sourceOrder.get(a.source)! - sourceOrder.get(b.source)! ||
      targetOrder.get(a.target)! - targetOrder.get(b.target)!,
  );
  const total_eur = flowRows.reduce((s, r) => s + r.value, 0);
  return { total_eur, sources: sources.nodes, targets: targets.nodes, links };
}
