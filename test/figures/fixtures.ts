import type { CubeRow, Labels } from '../../src/figures/cube.js';

export const labels: Labels = {
  activity: (code) => ({
    name: `Activité ${code}`,
    a17: code.startsWith('C') ? 'C5' : 'AZ',
    a17_name: code.startsWith('C') ? 'Industrie' : 'Agriculture',
  }),
  country: (code) => `Pays ${code}`,
};

export function row(flow: 'E' | 'I', a129: string, country: string, value: number, dept = '42'): CubeRow {
  return { flow, dept, a129, country, value };
}

/**
 * How a région's and France's rows are made from their départements' (the reference the id-based
 * merge of territory-rows.ts is checked against): one row per flow × activity × country, in the
 * first-seen order of the keys, each value summed from its first row's.
 */
export function mergedRows(rows: Iterable<CubeRow>, dept: string): CubeRow[] {
  const merged = new Map<string, CubeRow>();
  for (const r of rows) {
    const key = `${r.flow}\u0000${r.a129}\u0000${r.country}`;
    const m = merged.get(key);
    if (m) m.value += r.value;
    else merged.set(key, { flow: r.flow, dept, a129: r.a129, country: r.country, value: r.value });
  }
  return [...merged.values()];
}
