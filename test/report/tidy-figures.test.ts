import { describe, expect, it } from 'vitest';
import type { Figures } from '../../src/figures/types.js';
import { exportPeriod } from '../../src/report/period-labels.js';
import { tidyFigures } from '../../src/report/tidy-figures.js';
import { makeFigures } from '../helpers/figures.js';
import { departementFigures } from './site/fixtures.js';

function withDetail(): Figures {
  const f = departementFigures({ US: 300, DE: 200 }, 1000);
  const exports = [
    {
      code: 'C29A',
      name: 'Automobiles',
      a17: 'C4',
      a17_name: 'Matériels de transport',
      value_eur: 1000,
      share: 1,
      previous: null,
    },
  ];
  const flows = {
    total_eur: 1000,
    sources: [{ code: 'C29A', name: 'Automobiles', value_eur: 1000 }],
    targets: [
      { code: 'US', name: 'États-Unis', value_eur: 300 },
      { code: 'AUTRES', name: 'Autres pays', value_eur: 700 },
    ],
    links: [
      { source: 'C29A', target: 'US', value_eur: 300, highlight: true },
      { source: 'C29A', target: 'AUTRES', value_eur: 700, highlight: false },
    ],
  };
  return makeFigures({
    ...f,
    region: null,
    exports: { ...f.exports, share_of_region: null },
    activities: { ...f.activities, exports },
    flows: { ...f.flows, exports: flows },
  });
}

describe('tidyFigures', () => {
  const rows = tidyFigures(withDetail());
  const names = rows.map((r) => r.indicator);

  it('names each number by its path, list items by their code, country or link ends', () => {
    expect(rows.slice(0, 6)).toEqual([
      { indicator: 'exports.total_eur', value: 1000, label: '' },
      { indicator: 'exports.share_of_france', value: 0.0072, label: '' },
      { indicator: 'imports.total_eur', value: 5_000_000_000, label: '' },
      { indicator: 'imports.share_of_region', value: 0.06, label: '' },
      { indicator: 'imports.share_of_france', value: 0.007, label: '' },
      { indicator: 'balance_eur', value: 1000 - 5_000_000_000, label: '' },
    ]);
    expect(names).toContain('partners.US.exports_eur');
    expect(names).toContain('partners.DE.balance_eur');
    expect(rows.find((r) => r.indicator === 'activities.exports.C29A.share')?.value).toBe(1);
    expect(rows.find((r) => r.indicator === 'flows.exports.links.C29A>AUTRES.value_eur')?.value).toBe(700);
    expect(rows.find((r) => r.indicator === 'flows.exports.targets.US.value_eur')?.value).toBe(300);
  });

  it('leaves out what is not a figure: names, flags, null shares, year, quarters, territories', () => {
    expect(names).not.toContain('exports.share_of_region');
    expect(names.filter((n) => /highlight|name|year|quarter|territ|demo|region/.test(n))).toEqual([
      'imports.share_of_region',
    ]);
    expect(new Set(names).size).toBe(names.length);
  });
});

describe('tidyFigures of dependencies', () => {
  it('keys each dependency by its activity and country, so that two activities depending on one country stay apart', () => {
    const dependency = (product: string, name: string, share: number) => ({
      product,
      name,
      country: 'DE',
      country_name: 'Allemagne',
      share,
      value_eur: 100,
      previous: null,
    });
    const f = makeFigures({
      dependencies: {
        imports: [dependency('C29A', 'Automobiles', 0.877), dependency('C28B', 'Machines', 0.74)],
      },
    });
    const rows = tidyFigures(f).filter((r) => r.indicator.startsWith('dependencies.'));
    expect(rows.filter((r) => r.indicator.endsWith('.share'))).toEqual([
      { indicator: 'dependencies.imports.C29A.DE.share', value: 0.877, label: 'Automobiles — Allemagne' },
      { indicator: 'dependencies.imports.C28B.DE.share', value: 0.74, label: 'Machines — Allemagne' },
    ]);
    const keys = tidyFigures(f).map((r) => r.indicator);
    expect(new Set(keys).size).toBe(keys.length);
  });

  it('labels a list item by its name, and a nested one by both names', () => {
    const rows = tidyFigures(withDetail());
    expect(rows.find((r) => r.indicator === 'partners.US.exports_eur')?.label).toBe(
      withDetail().partners.find((p) => p.country === 'US')!.name,
    );
    expect(rows.find((r) => r.indicator === 'activities.exports.C29A.share')?.label).toBe('Automobiles');
  });
});

describe('exportPeriod', () => {
  it('is the year, or the year and its quarters when some are missing', () => {
    const f = withDetail();
    expect(exportPeriod(f)).toBe('2024');
    expect(exportPeriod({ ...f, partial_year: true, quarters: [1, 2, 3] })).toBe('2024-T1T2T3');
  });
});

describe('tidyFigures over several years', () => {
  it('keys the history by year and gives the previous values and changes, not the periods', () => {
    const f = withDetail();
    f.history = [
      { year: 2023, exports_eur: 900, imports_eur: 10, quarters: 4 },
      { year: 2024, exports_eur: 1000, imports_eur: 20, quarters: 4 },
    ];
    f.previous_period = { from: '2023-T1', to: '2023-T4' };
    f.exports = { ...f.exports, previous_eur: 900, change_rate: 0.1 };
    const rows = tidyFigures(f);
    expect(rows.filter((r) => r.indicator.startsWith('history.'))).toEqual([
      { indicator: 'history.2023.exports_eur', value: 900, label: '' },
      { indicator: 'history.2023.imports_eur', value: 10, label: '' },
      { indicator: 'history.2024.exports_eur', value: 1000, label: '' },
      { indicator: 'history.2024.imports_eur', value: 20, label: '' },
    ]);
    expect(rows).toContainEqual({ indicator: 'exports.change_rate', value: 0.1, label: '' });
    expect(rows.some((r) => r.indicator.startsWith('period') || r.indicator.startsWith('previous_period'))).toBe(false);
  });
});
