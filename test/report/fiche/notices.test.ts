import { describe, expect, it } from 'vitest';
import type { Figures, TerritoryRef } from '../../../src/figures/types.js';
import {
  ELECTRICITY_SHARE_OF_FRANCE,
  ficheNotices,
  HYDROCARBONS_SHARE_OF_IMPORTS,
  SUPPLIES_SHARE_OF_TRADE,
} from '../../../src/report/fiche/notices.js';
import { makeFigures } from '../../helpers/figures.js';

const dept = (code: string, name: string): TerritoryRef => ({ kind: 'departement', code, name, slug: `${code}-x` });
const kinds = (f: Figures) => ficheNotices(f).map((n) => n.kind);

/** Figures whose imports (1 000 M€) hold `activities` (code → M€) and whose partners are `partners`. */
function figures(
  territory: TerritoryRef,
  options: {
    activities?: Record<string, number>;
    partners?: { country: string; imports: number; exports: number }[];
    electricity?: { index: number; share_of_france: number };
  } = {},
): Figures {
  const base = makeFigures({ territory });
  const activities = Object.entries(options.activities ?? {}).map(([code, m]) => ({
    ...base.activities.imports[0]!,
    code,
    value_eur: m * 1e6,
    share: m / 1000,
    previous: null,
  }));
  const e = options.electricity;
  return makeFigures({
    territory,
    imports: { ...base.imports, total_eur: 1e9, share_of_france: e ? e.share_of_france : 0.01 },
    exports: { ...base.exports, total_eur: 1e9 },
    activities: { exports: base.activities.exports, imports: activities },
    partners: (options.partners ?? []).map((p) => ({
      ...base.partners[0]!,
      country: p.country,
      name: p.country,
      imports_eur: p.imports * 1e6,
      exports_eur: p.exports * 1e6,
      balance_eur: (p.exports - p.imports) * 1e6,
      previous: null,
    })),
    specialisation: {
      exports: [],
      imports: e
        ? [
            {
              code: 'D35A',
              name: 'Électricité',
              a17: 'DE',
              share: 0.2,
              france_share: 0.2 / e.index,
              index: e.index,
              previous: null,
            },
          ]
        : [],
    },
  });
}

describe('notices of the conventions, decided from the data', () => {
  it('gives Paris its gas and electricity notice when it receives most of France’s electricity imports', () => {
    // Paris on the demo data: index 9,4 × 9,8 % of France's imports = 92 % of its electricity imports.
    const paris = figures(dept('75', 'Paris'), { electricity: { index: 9.385, share_of_france: 0.0983 } });
    expect(kinds(paris)).toEqual(['energie']);
    expect(ficheNotices(paris)[0]!.text).toContain('92,3\u00A0% des importations françaises d’électricité');
    const below = figures(dept('75', 'Paris'), {
      electricity: { index: 4, share_of_france: (ELECTRICITY_SHARE_OF_FRANCE - 0.01) / 4 },
    });
    expect(kinds(below)).toEqual([]);
  });

  it('explains hydrocarbons where they weigh at least the threshold of the imports (port départements)', () => {
    const port = figures(dept('76', 'Seine-Maritime'), { activities: { B06Z: 380, C19Z: 30, C20A: 590 } });
    expect(HYDROCARBONS_SHARE_OF_IMPORTS).toBe(0.4);
    expect(kinds(port)).toEqual(['hydrocarbures']);
    expect(ficheNotices(port)[0]!.text).toContain('41,0\u00A0% des importations');
    expect(kinds(figures(dept('42', 'Loire'), { activities: { B06Z: 56.5, C19Z: 130.8, C24A: 812.7 } }))).toEqual([]);
  });

  it('explains « Avitaillement et soutage » where it weighs in the exports or imports', () => {
    const supplies = figures(dept('13', 'Bouches-du-Rhône'), {
      partners: [
        { country: 'QS', imports: 0, exports: 40 },
        { country: 'QR', imports: 0, exports: 20 },
        { country: 'DE', imports: 300, exports: 200 },
      ],
    });
    expect(SUPPLIES_SHARE_OF_TRADE).toBe(0.05);
    expect(kinds(supplies)).toEqual(['avitaillement']);
    expect(ficheNotices(supplies)[0]!.text).toMatch(/^ 6,0\u00A0% des exportations de ce territoire/);
    const little = figures(dept('13', 'Bouches-du-Rhône'), { partners: [{ country: 'QS', imports: 10, exports: 10 }] });
    expect(kinds(little)).toEqual([]);
  });

  it('names Monaco and Corse as what they are, and the DROM as before', () => {
    expect(kinds(figures(dept('99', 'Monaco')))).toEqual(['monaco']);
    expect(ficheNotices(figures(dept('99', 'Monaco')))[0]!.text).toContain('n’est pas un département français');
    expect(kinds(figures(dept('20', 'Corse (2A, 2B)')))).toEqual(['corse']);
    expect(kinds(figures({ kind: 'region', code: '94', name: 'Corse', slug: '94-corse' }))).toEqual(['corse']);
    expect(kinds(figures(dept('971', 'Guadeloupe')))).toEqual(['drom']);
  });

  it('gives France none of the data-driven notices: it holds every convention', () => {
    const fr = figures(
      { kind: 'france', code: 'FR', name: 'France', slug: 'france' },
      {
        activities: { B06Z: 900 },
        electricity: { index: 1, share_of_france: 1 },
      },
    );
    expect(kinds(fr)).toEqual([]);
  });
});
