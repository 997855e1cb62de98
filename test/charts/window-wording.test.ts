// Charts of a window of quarters across two years (`--last-quarters 4`): their titles,
// descriptions, tooltips and table headers say « sur la période T3 2024 – T2 2025 », never
// « en T3 2024 – T2 2025 ».
import { describe, expect, it } from 'vitest';
import {
  renderActivitiesTreemap,
  renderFlowSankey,
  renderPartnersChart,
  type ChartOutput,
} from '../../src/charts/index.js';
import { renderSpecialisationChart } from '../../src/charts/specialisation.js';
import { loadFixture } from './fixtures.js';
import { SPECIALISATION_FIXTURES } from './specialisation-fixtures.js';

const WINDOW = 'T3\u00A02024 – T2\u00A02025';
const BEFORE = 'T3\u00A02023 – T2\u00A02024';
/** « en » (or « En ») right before a quarter: the wording this test forbids. */
const EN_QUARTER = /\b[Ee]n[\s\u00A0]+T\d/;

function words(out: ChartOutput): string {
  return [out.title, out.description, out.table.caption, ...out.table.columns, out.svg].join('\n');
}

describe('charts over a window of quarters', () => {
  const inputs = loadFixture('loire');
  const subject = { ...inputs.partenaires.subject, year: WINDOW };

  it('partners chart, with its change on the previous window', () => {
    const input = inputs.partenaires;
    const out = renderPartnersChart({
      ...input,
      subject,
      changeSince: BEFORE,
      partners: input.partners.map((p, i) => ({ ...p, imports_change: 0.05, exports_change: i === 0 ? null : -0.02 })),
    });
    expect(out.description).toContain(`principaux pays partenaires de la Loire sur la période ${WINDOW}`);
    // A partner without trade in the previous window: its tooltip says so without « en ».
    expect(out.svg).toContain(`évolution non calculable (aucun échange sur la période ${BEFORE})`);
    expect(words(out)).not.toMatch(EN_QUARTER);
    expect(renderPartnersChart({ ...input, subject, partners: [] }).description).toBe(
      `Aucun pays partenaire n’est enregistré pour la Loire sur la période ${WINDOW}.`,
    );
  });

  it('activities treemap, with the previous window’s values in its table', () => {
    const out = renderActivitiesTreemap({ ...inputs.activites, subject, changeSince: BEFORE });
    expect(out.description).toContain(`de la Loire sur la période ${WINDOW}`);
    expect(out.table.columns).toContain(`Valeur sur la période ${BEFORE} (euros)`);
    expect(words(out)).not.toMatch(EN_QUARTER);
  });

  it('both Sankey diagrams, and an empty one', () => {
    for (const key of ['flux-exportations', 'flux-importations'] as const) {
      const out = renderFlowSankey({ ...inputs[key], subject });
      expect(out.description).toMatch(
        new RegExp(`^Diagramme de Sankey des (exportations|importations) de la Loire sur la période ${WINDOW}`),
      );
      expect(words(out)).not.toMatch(EN_QUARTER);
    }
    const empty = renderFlowSankey({
      ...inputs['flux-exportations'],
      subject,
      total_eur: 0,
      sources: [],
      targets: [],
      links: [],
    });
    expect(empty.description).toBe(`Aucune exportation n’est enregistrée pour la Loire sur la période ${WINDOW}.`);
    expect(words(empty)).not.toMatch(EN_QUARTER);
  });

  it('specialisation chart, and one with no activity above France', () => {
    const input = SPECIALISATION_FIXTURES['loire']!;
    const out = renderSpecialisationChart({ ...input, subject: { ...input.subject, year: WINDOW } });
    expect(out.description).toContain(`des exportations de la Loire sur la période ${WINDOW}`);
    expect(words(out)).not.toMatch(EN_QUARTER);
    const none = renderSpecialisationChart({ ...input, subject: { ...input.subject, year: WINDOW }, rows: [] });
    expect(none.description).toContain(`que dans celles de la France sur la période ${WINDOW}.`);
  });

  it('a calendar year still reads « en 2024 »', () => {
    expect(renderPartnersChart(inputs.partenaires).description).toMatch(
      /principaux pays partenaires de la Loire en 2024,/,
    );
  });
});
