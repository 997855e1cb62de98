import { describe, expect, it } from 'vitest';
import { activities } from '../../src/figures/activities.js';
import { partners } from '../../src/figures/partners.js';
import { tradeSums } from '../../src/figures/position/sums.js';
import { flowTotal, share } from '../../src/figures/totals.js';
import { labels, row } from './fixtures.js';

describe('partners', () => {
  it('is the union of the top exports and top imports partners, sorted by total trade', () => {
    const rows = [
      row('E', 'C10A', 'DE', 50),
      row('E', 'C11Z', 'DE', 20),
      row('I', 'C10A', 'DE', 30),
      row('E', 'C10A', 'US', 90),
      row('I', 'C10A', 'CN', 200),
      row('I', 'C10A', 'IT', 1),
    ];
    expect(partners(tradeSums(rows), labels, 2)).toEqual([
      {
        country: 'CN',
        name: 'Pays CN',
        imports_eur: 200,
        exports_eur: 0,
        balance_eur: -200,
        previous: null,
      },
      {
        country: 'DE',
        name: 'Pays DE',
        imports_eur: 30,
        exports_eur: 70,
        balance_eur: 40,
        previous: null,
      },
      {
        country: 'US',
        name: 'Pays US',
        imports_eur: 0,
        exports_eur: 90,
        balance_eur: 90,
        previous: null,
      },
    ]);
  });

  it('leaves out partners with no trade and has at most 20 entries', () => {
    const rows = Array.from({ length: 30 }, (_, i) =>
      row(i % 2 ? 'E' : 'I', 'C10A', `X${String.fromCharCode(65 + i)}`, i),
    );
    const list = partners(tradeSums(rows), labels);
    expect(list.length).toBeLessThanOrEqual(20);
    expect(list.every((p) => p.imports_eur + p.exports_eur > 0)).toBe(true);
  });
});

describe('activities', () => {
  it('sums by A129 for one flow, with A17 parent and share, largest first', () => {
    const list = activities(
      tradeSums([
        row('E', 'C10A', 'DE', 30),
        row('E', 'A01Z', 'DE', 10),
        row('E', 'C10A', 'IT', 60),
        row('I', 'C20A', 'DE', 5),
      ]),
      'E',
      labels,
    );
    expect(list).toEqual([
      {
        code: 'C10A',
        name: 'Activité C10A',
        a17: 'C5',
        a17_name: 'Industrie',
        value_eur: 90,
        share: 0.9,
        previous: null,
      },
      {
        code: 'A01Z',
        name: 'Activité A01Z',
        a17: 'AZ',
        a17_name: 'Agriculture',
        value_eur: 10,
        share: 0.1,
        previous: null,
      },
    ]);
  });

  it('breaks ties by code so the order never depends on input order', () => {
    const a = activities(tradeSums([row('E', 'C20A', 'DE', 5), row('E', 'C10A', 'DE', 5)]), 'E', labels);
    const b = activities(tradeSums([row('E', 'C10A', 'DE', 5), row('E', 'C20A', 'DE', 5)]), 'E', labels);
    expect(a).toEqual(b);
    expect(a.map((x) => x.code)).toEqual(['C10A', 'C20A']);
  });
});

describe('totals', () => {
  it('computes shares, null where they do not apply', () => {
    expect(share(5, 10)).toBe(0.5);
    expect(share(5, null)).toBeNull();
    expect(share(0, 0)).toBeNull();
    const t = flowTotal(4192.1e6, 71307.5e6, 580354.5e6);
    expect(t.total_eur).toBe(4192.1e6);
    expect(t.share_of_region).toBeCloseTo(0.058789, 6);
    expect(t.share_of_france).toBeCloseTo(0.0072233, 7);
    expect(flowTotal(1, null, null)).toEqual({
      total_eur: 1,
      share_of_region: null,
      share_of_france: null,
      previous_eur: null,
      change_rate: null,
    });
  });
});
