// Golden HTML of the Loire's fiche (demo data), to show what each change does to the page. The
// date (2026-01-01) and version ('version-de-test') are fixed by the test; normalisation and the
// rules for a missing or changed golden are those of test/helpers/golden.ts.
import { inject, it } from 'vitest';
import { assertGolden } from '../../helpers/golden.js';
import { demoFiche } from './demo-fiche.js';

it('la fiche de la Loire est identique à sa référence (test/output/fiche/42-loire.html)', async () => {
  assertGolden('fiche/42-loire.html', await demoFiche(inject('demoStore'), '42'));
});
