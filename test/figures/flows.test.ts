import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { CubeRow } from '../../src/figures/cube.js';
import { flowMatrix, OTHER_COUNTRIES, OTHER_PRODUCTS } from '../../src/figures/flows.js';
import { OTHERS_CODE } from '../../src/figures/types.js';
import { labels, row } from './fixtures.js';

const sum = (xs: { value_eur: number }[]) => xs.reduce((s, x) => s + x.value_eur, 0);
const sumRows = (rows: CubeRow[]) => rows.reduce((s, r) => s + r.value, 0);

describe('flowMatrix', () => {
  it('keeps the top products and countries, groups the rest in "Autres", reconciles exactly', () => {
    const rows: CubeRow[] = [];
    for (let p = 0; p < 13; p++)
      for (let c = 0; c < 12; c++)
        rows.push(row('E', `C${String(10 + p)}A`, `P${String.fromCharCode(65 + c)}`, (13 - p) * 100 + (12 - c)));
    const m = flowMatrix(rows, 'E', labels);
    expect(m.sources).toHaveLength(11);
    expect(m.targets).toHaveLength(11);
    expect(m.sources.at(-1)).toMatchObject({ code: OTHERS_CODE, name: OTHER_PRODUCTS });
    expect(m.targets.at(-1)).toMatchObject({ code: OTHERS_CODE, name: OTHER_COUNTRIES });
    expect(m.sources[0]!.code).toBe('C10A');
    expect(m.targets[0]!.code).toBe('PA');
    const total = sumRows(rows);
    expect(m.total_eur).toBe(total);
    expect(sum(m.links)).toBe(total);
    expect(sum(m.sources)).toBe(total);
    expect(sum(m.targets)).toBe(total);
    const highlighted = m.links.filter((l) => l.highlight);
    expect(highlighted.map((l) => `${l.source}>${l.target}`)).toEqual([
      'C10A>PA',
      'C10A>PB',
      'C10A>PC',
      'C10A>PD',
      'C10A>PE',
    ]);
  });

  it('reads imports country → product', () => {
    const m = flowMatrix(
      [row('I', 'C20A', 'CN', 5), row('I', 'C21Z', 'US', 3), row('E', 'C20A', 'DE', 99)],
      'I',
      labels,
    );
    expect(m.sources.map((n) => n.code)).toEqual(['CN', 'US']);
    expect(m.targets.map((n) => n.name)).toEqual(['Activité C20A', 'Activité C21Z']);
    expect(m.links).toEqual([
      { source: 'CN', target: 'C20A', value_eur: 5, highlight: true },
      { source: 'US', target: 'C21Z', value_eur: 3, highlight: true },
    ]);
    expect(m.total_eur).toBe(8);
  });

  it('never highlights a link to or from "Autres", even the largest', () => {
    const rows = [row('E', 'C10A', 'DE', 1)];
    for (let c = 0; c < 11; c++) rows.push(row('E', 'C10A', `Q${String.fromCharCode(65 + c)}`, 10 + c));
    rows.push(row('E', 'C10A', 'ZZ', 1000)); // one big country: top 1, fine
    const m = flowMatrix(rows, 'E', labels);
    const others = m.links.find((l) => l.target === OTHERS_CODE)!;
    expect(others.highlight).toBe(false);
    expect(m.links.filter((l) => l.highlight)).toHaveLength(5);
  });

  it('handles an empty flow', () => {
    expect(flowMatrix([], 'E', labels)).toEqual({ total_eur: 0, sources: [], targets: [], links: [] });
  });

  it('property: reconciles, orders nodes, highlights the five largest non-"Autres" links', () => {
    const rowArb = fc.record({
      p: fc.integer({ min: 0, max: 20 }),
      c: fc.integer({ min: 0, max: 25 }),
      v: fc.integer({ min: 0, max: 1e9 }),
    });
    fc.assert(
      fc.property(fc.array(rowArb, { maxLength: 200 }), fc.constantFrom<'E' | 'I'>('E', 'I'), (specs, flow) => {
        const rows = specs.map((s) => row(flow, `C${10 + s.p}A`, `K${String.fromCharCode(65 + s.c)}`, s.v));
        const m = flowMatrix(rows, flow, labels);
        const total = sumRows(rows);
        expect(m.total_eur).toBe(total);
        expect(sum(m.links)).toBe(total);
        expect(sum(m.sources)).toBe(total);
        expect(sum(m.targets)).toBe(total);
        for (const nodes of [m.sources, m.targets]) {
          expect(nodes.length).toBeLessThanOrEqual(11);
          const named = nodes.filter((n) => n.code !== OTHERS_CODE);
          expect(named.length).toBeLessThanOrEqual(10);
          if (nodes.some((n) => n.code === OTHERS_CODE)) expect(nodes.at(-1)!.code).toBe(OTHERS_CODE);
          for (let i = 1; i < named.length; i++)
            expect(named[i - 1]!.value_eur).toBeGreaterThanOrEqual(named[i]!.value_eur);
        }
        const candidates = m.links.filter((l) => l.source !== OTHERS_CODE && l.target !== OTHERS_CODE);
        const highlighted = m.links.filter((l) => l.highlight);
        expect(highlighted.length).toBe(Math.min(5, candidates.length));
        const smallestHighlighted = Math.min(...highlighted.map((l) => l.value_eur));
        for (const l of candidates) if (!l.highlight) expect(l.value_eur).toBeLessThanOrEqual(smallestHighlighted);
        expect(highlighted.every((l) => l.source !== OTHERS_CODE && l.target !== OTHERS_CODE)).toBe(true);
      }),
    );
  });
});
