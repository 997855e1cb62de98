// The indicator registry: keys, known answers, and that every consumer and the docs follow it.
import fs from 'node:fs';
import { describe, expect, it } from 'vitest';
import {
  balanceShare,
  formatIndicator,
  indicatorLabel,
  NOT_APPLICABLE,
  INDICATORS,
  indicatorValues,
  NOT_AVAILABLE,
  withIndicators,
} from '../../../src/figures/indicators/registry.js';
import { FIGURES_SCHEMA } from '../../../src/figures/types.js';
import { tidyFigures } from '../../../src/report/tidy-figures.js';
import { INDICATORS as MAP_INDICATORS } from '../../../src/report/site/indicators.js';
import { plainSpaces } from '../../../src/format/fr.js';
import { departementFigures } from '../../report/site/fixtures.js';

describe('indicator registry', () => {
  it('has unique keys, lower-case and hyphenated', () => {
    const keys = INDICATORS.map((d) => d.key);
    expect(new Set(keys).size).toBe(keys.length);
    for (const k of keys) expect(k).toMatch(/^[a-z]+(-[a-z]+)*$/);
  });

  it('gives the balance as a share of trade, with its previous value', () => {
    expect(balanceShare(300, 100)).toBe(0.5);
    expect(balanceShare(100, 300)).toBe(-0.5);
    expect(balanceShare(0, 0)).toBeNull();
    expect(balanceShare(null, 5)).toBeNull();
    const f = departementFigures({ DE: 3_000 }, 3_000);
    const base = {
      ...f,
      exports: { ...f.exports, total_eur: 3_000, previous_eur: 1_000 },
      imports: { ...f.imports, total_eur: 1_000, previous_eur: 1_000 },
    };
    expect(withIndicators(base).indicators['solde-part-echanges']).toEqual({ value: 0.5, previous: 0 });
  });

  it('reads every value of a figures record, nulls where it does not apply', () => {
    const f = departementFigures({ US: 250, DE: 750 }, 1_000);
    const values = indicatorValues(f);
    expect(Object.keys(values)).toEqual(INDICATORS.map((d) => d.key));
    expect(values['exportations']).toEqual({ value: 1_000, previous: null });
    expect(values['part-etats-unis']!.value).toBe(0.25);
    expect(values['rang-exportations']).toEqual({ value: null, previous: null });
  });

  it('versions the figures and puts the indicators in the tidy export', () => {
    const f = departementFigures({ US: 250 }, 1_000);
    expect(f.schema).toBe(FIGURES_SCHEMA);
    const rows = tidyFigures(f).map((r) => r.indicator);
    expect(rows).toContain('indicators.exportations.value');
    expect(rows).toContain('indicators.solde-part-echanges.value');
    expect(rows).not.toContain('schema');
  });

  it('formats values in French and says when one is not available', () => {
    const share = INDICATORS.find((d) => d.key === 'solde-part-echanges')!;
    expect(plainSpaces(formatIndicator(share, -0.062))).toBe('−6,2 %');
    expect(plainSpaces(formatIndicator(share, 0.1))).toBe('+10,0 %');
    expect(formatIndicator(share, null)).toBe(NOT_AVAILABLE);
  });

  it('labels a rank with the peers of each kind of territory shown, and gives France none', () => {
    const rank = INDICATORS.find((d) => d.key === 'rang-exportations')!;
    expect(indicatorLabel(rank, ['departement'])).toBe('Rang des exportations parmi les départements');
    expect(indicatorLabel(rank, ['region', 'france'])).toBe('Rang des exportations parmi les régions');
    expect(indicatorLabel(rank, ['region', 'departement', 'france'])).toBe(
      'Rang des exportations parmi les départements (les régions pour une région)',
    );
    expect(formatIndicator(rank, null, 'france')).toBe(NOT_APPLICABLE);
    expect(formatIndicator(rank, null, 'region')).toBe(NOT_AVAILABLE);
    // Every rank of the registry names its peers, and only ranks do.
    for (const d of INDICATORS) {
      if (d.scale !== 'rank') expect(d.among).toBeUndefined();
      else expect(indicatorLabel(d, ['departement'])).toMatch(/ parmi les départements$/);
    }
  });

  it('is the list the site map offers, in the same order', () => {
    expect(MAP_INDICATORS.map((i) => i.key)).toEqual(INDICATORS.map((d) => d.key));
  });

  it('has a section in docs/indicateurs.md for every key, with its label', () => {
    const doc = fs.readFileSync(new URL('../../../docs/indicateurs.md', import.meta.url), 'utf8');
    for (const d of INDICATORS) expect(doc).toContain(`## \`${d.key}\` — ${indicatorLabel(d)}\n`);
  });
});
