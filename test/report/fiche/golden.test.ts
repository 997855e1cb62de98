// Golden HTML of the Loire's fiche (demo data), to show what each change does to the page. The
// date (2026-01-01) and version ('version-de-test') are fixed by the test; normalisation and the
// rules for a missing or changed golden are those of test/helpers/golden.ts.
import { inject, it } from 'vitest';
import { assertGolden } from '../../helpers/golden.js';
import { renderFiche } from '../../../src/report/fiche/index.js';
import { demoFiche, demoFicheInput } from './demo-fiche.js';

it('la fiche de la Loire est identique à sa référence (test/output/fiche/42-loire.html)', async () => {
  assertGolden('fiche/42-loire.html', await demoFiche(inject('demoStore'), '42'));
});

/** The printed fiche's « Pistes d'action » section (issue 23: its paper form). */
async function paperLeads(query: string): Promise<string> {
  const input = await demoFicheInput(inject('demoStore'), query);
  const html = renderFiche({ ...input, variant: 'print' });
  const m = /<section [^>]*aria-labelledby="pistes-titre"[\s\S]*?<\/section>/.exec(html);
  if (!m) throw new Error(`${query} : pas de section « Pistes d’action » imprimée`);
  return `${m[0]}\n`;
}

it.each([
  ['42', 'fiche/pistes-papier-42-loire.html'],
  ['region:84', 'fiche/pistes-papier-84-auvergne-rhone-alpes.html'],
  ['france', 'fiche/pistes-papier-france.html'],
])(
  'les « Pistes d’action » imprimées de %s sont identiques à leur référence (test/output/%s)',
  async (query, golden) => {
    assertGolden(golden, await paperLeads(query));
  },
);
