// Hand-made change figures for the « Évolution » section: the figures' shapes, built from M€.
import { DEFAULT_PUBLICATION } from '../../../src/model/publication.js';
import type { Figures } from '../../../src/figures/types.js';
import type { ChangeFigures } from '../../../src/report/fiche/evolution.js';
import { withCharts, type FicheInput } from '../../../src/report/fiche/index.js';
import { departementFigures } from '../site/fixtures.js';
import { makeFigures } from '../../helpers/figures.js';

const M = (v: number) => Math.round(v * 1e6);

function mover(code: string, name: string, now: number, before: number) {
  return { code, name, value_eur: M(now), previous_eur: M(before), change_eur: M(now) - M(before) };
}

const loireRef = { kind: 'departement' as const, code: '42', name: 'Loire', slug: '42-loire' };

/** Loire 2024 against 2023, history 2019–2025 (2025: T1–T2). */
export function loireChanges(): ChangeFigures {
  return {
    territory: loireRef,
    year: 2024,
    quarters: [1, 2, 3, 4],
    period: { from: '2024-T1', to: '2024-T4', quarters: 4 },
    previous_period: { from: '2023-T1', to: '2023-T4' },
    history: [
      [2019, 4010.5, 4390.2, 4],
      [2020, 3350.8, 3720.4, 4],
      [2021, 3890.1, 4310.9, 4],
      [2022, 4305.6, 5120.3, 4],
      [2023, 4063.2, 4801.7, 4],
      [2024, 4192.1, 4742.8, 4],
      [2025, 2130.4, 2305.9, 2],
    ].map(([year, e, i, q]) => ({ year: year!, exports_eur: M(e!), imports_eur: M(i!), quarters: q! })),
    series: { quarters: [], rolling: [] },
    demo: false,
    exports: { total_eur: M(4192.1), previous_eur: M(4063.2), change_rate: M(4192.1) / M(4063.2) - 1 },
    imports: { total_eur: M(4742.8), previous_eur: M(4801.7), change_rate: M(4742.8) / M(4801.7) - 1 },
    movers: {
      exports: {
        partners: {
          gains: [mover('US', 'États-Unis', 306, 251.4), mover('ES', 'Espagne', 453.7, 420.1)],
          losses: [mover('DE', 'Allemagne', 675.2, 712.9)],
        },
        activities: {
          gains: [mover('C28D', "Machines d'usage général", 520, 470.3)],
          losses: [mover('C24A', 'Produits sidérurgiques', 470, 512.5), mover('C13Z', 'Produits textiles', 0, 3.2)],
        },
      },
      imports: {
        partners: { gains: [mover('VN', 'Viêt Nam', 12.5, 0)], losses: [mover('CN', 'Chine', 560, 601.3)] },
        activities: { gains: [], losses: [] },
      },
    },
  };
}

/** The same over the latest four quarters, without the same window a year earlier. */
export function windowWithoutPrevious(): ChangeFigures {
  const f = loireChanges();
  return {
    ...f,
    year: null,
    quarters: [3, 4, 1, 2],
    period: { from: '2024-T3', to: '2025-T2', quarters: 4 },
    previous_period: null,
    exports: { ...f.exports, previous_eur: null, change_rate: null },
    imports: { ...f.imports, previous_eur: null, change_rate: null },
    movers: {
      exports: { partners: { gains: [], losses: [] }, activities: { gains: [], losses: [] } },
      imports: { partners: { gains: [], losses: [] }, activities: { gains: [], losses: [] } },
    },
  };
}

/** A département's figures (the site's hand-made ones) with the Loire's history and previous values. */
export function withHistory(): Figures {
  const base = departementFigures({ US: 300e6, DE: 600e6 }, 4_192_100_000);
  const c = loireChanges();
  return makeFigures({
    ...base,
    period: c.period,
    previous_period: c.previous_period,
    history: c.history,
    movers: c.movers,
    exports: { ...base.exports, previous_eur: c.exports.previous_eur, change_rate: c.exports.change_rate },
    imports: { ...base.imports, previous_eur: c.imports.previous_eur, change_rate: c.imports.change_rate },
    partners: base.partners.map((p, i) => ({
      ...p,
      previous: { exports_eur: i === 0 ? 250e6 : 0, imports_eur: 80 },
    })),
  });
}

export function input(f: Figures, variant: FicheInput['variant'] = 'screen'): FicheInput {
  return {
    main: withCharts(f),
    comparisons: [],
    links: {
      fiche: () => null,
      csv: (t, key) => `donnees/${t.slug}-${key}.csv`,
      xlsx: (t) => `donnees/${t.slug}.xlsx`,
      json: (t) => `donnees/${t.slug}.json`,
      index: 'index.html',
    },
    meta: {
      generatedAt: new Date(Date.UTC(2026, 0, 1)),
      toolVersion: 'test',
      sources: [],
      publication: DEFAULT_PUBLICATION,
    },
    variant,
  };
}
