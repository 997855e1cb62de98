import { describe, expect, it } from 'vitest';
import { siteEntryFromFigures, usShareOfExports } from '../../../src/report/site/index.js';
import { ARA, departementFigures } from './fixtures.js';

describe('siteEntryFromFigures', () => {
  it('copies the totals, the région and the Territoires d’industrie, and keeps the href', () => {
    const f = departementFigures({ DE: 600, US: 300, IT: 100 }, 4_000);
    const e = siteEntryFromFigures(f, 'departements/42-loire.html');
    expect(e).toEqual({
      territory: { kind: 'departement', code: '42', name: 'Loire', slug: '42-loire' },
      href: 'departements/42-loire.html',
      region: ARA,
      exports_eur: 4_000,
      imports_eur: 5_000_000_000,
      balance_eur: 4_000 - 5_000_000_000,
      us_share_of_exports: 300 / 4_000,
      territoires_industrie: ['Roannais Forez', 'Lezoux – Thiers – Ambert – Montbrison'],
    });
  });

  it('does not share arrays or objects with the figures', () => {
    const f = departementFigures({ US: 1 }, 10);
    const e = siteEntryFromFigures(f, 'x.html');
    e.territoires_industrie.push('autre');
    e.territory.name = 'changé';
    expect(f.territoires_industrie).toHaveLength(2);
    expect(f.territory.name).toBe('Loire');
  });

  it('computes the United States share from the exports to the United States', () => {
    expect(usShareOfExports(departementFigures({ US: 250, DE: 750 }, 1_000))).toBe(0.25);
    expect(usShareOfExports(departementFigures({ DE: 750 }, 1_000))).toBe(0);
  });

  it('is null when nothing is exported', () => {
    expect(usShareOfExports(departementFigures({}, 0))).toBeNull();
    expect(siteEntryFromFigures(departementFigures({ US: 0 }, 0), 'x.html').us_share_of_exports).toBeNull();
  });
});
