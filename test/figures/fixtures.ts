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
