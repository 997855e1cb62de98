// The fiche's trade with the United States and China both ways (issue 22 point 3): known answers.
import { describe, expect, it } from 'vitest';
import type { ExposureOverTime } from '../../../src/figures/position/over-time.js';
import {
  watchedPartnersSentences,
  watchedPartnersTable,
  watchedPartnersVisibleTable,
} from '../../../src/report/fiche/watched-partners.js';
import { exposureBlock, makeFigures } from '../../helpers/figures.js';

const block = (partner: string, over: Partial<ExposureOverTime>): ExposureOverTime =>
  exposureBlock(partner, partner, over);

const f = makeFigures({
  exposure: {
    united_states: block('US', {
      exports_eur: 40e6,
      share_of_exports: 0.1,
      france_share_of_exports: 0.08,
      imports_eur: 25e6,
      share_of_imports: 0.05,
      france_share_of_imports: 0.061,
    }),
    CN: block('CN', {
      exports_eur: 12e6,
      share_of_exports: 0.03,
      france_share_of_exports: 0.04,
      imports_eur: 60e6,
      share_of_imports: 0.12,
      france_share_of_imports: 0.098,
    }),
  },
});

describe('the United States and China both ways', () => {
  it('says the US imports, then China both ways, beside France’s shares', () => {
    const [us, cn] = watchedPartnersSentences(f);
    expect(us).toBe(
      "Les États-Unis fournissent <strong>5,0\u00A0%</strong> des importations du département (25,0\u00A0M€), contre 6,1\u00A0% pour l'ensemble de la France.",
    );
    expect(cn).toBe(
      "La Chine reçoit <strong>3,0\u00A0%</strong> des exportations du département (12,0\u00A0M€) et fournit <strong>12,0\u00A0%</strong> des importations (60,0\u00A0M€), contre 4,0\u00A0% et 9,8\u00A0% pour l'ensemble de la France.",
    );
  });

  it('writes one CSV row per partner with the raw values', () => {
    const t = watchedPartnersTable(f);
    expect(t.rows).toEqual([
      ['États-Unis', 'US', 40e6, 0.1, 0.08, 25e6, 0.05, 0.061],
      ['Chine', 'CN', 12e6, 0.03, 0.04, 60e6, 0.12, 0.098],
    ]);
    expect(t.kinds).toHaveLength(t.columns.length);
  });

  it('shows a column per partner, without France’s lines for France itself', () => {
    expect(watchedPartnersVisibleTable(f)).toContain('Part des importations de la France');
    const france = makeFigures({ ...f, territory: { ...f.territory, kind: 'france', code: 'FR', name: 'France' } });
    expect(watchedPartnersVisibleTable(france)).not.toContain('de la France</th>');
  });
});
