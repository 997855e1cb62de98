// Writes reference-data/territoires-industrie-2024.csv: ANCT's Territoires d'industrie by
// groupement (reference-data/ti-groupements-2024.csv) resolved to communes and départements with
// the installed @etalab/decoupage-administratif. test/reference/ti-resolve.test.ts checks that the
// shipped file equals this output; run again after updating either input.
// Usage: npm run build && node scripts/territoires-industrie.mjs
import { readFileSync, writeFileSync } from 'node:fs';
import { decoupageCommunes, decoupageEpci, decoupageEpt } from '../dist/reference/decoupage.js';
import { formatShippedTi, parseTiGroupements, resolveTerritoiresIndustrie } from '../dist/reference/ti-resolve.js';

const input = new URL('../reference-data/ti-groupements-2024.csv', import.meta.url);
const output = new URL('../reference-data/territoires-industrie-2024.csv', import.meta.url);
const rows = parseTiGroupements(readFileSync(input, 'utf8'), 'ti-groupements-2024.csv');
const decoupage = { communes: decoupageCommunes(), epci: decoupageEpci(), ept: decoupageEpt() };
const list = resolveTerritoiresIndustrie(rows, decoupage, 'ti-groupements-2024.csv');
writeFileSync(output, formatShippedTi(list));
console.log(`${list.length} territoires, ${rows.length} groupements → ${output.pathname}`);
