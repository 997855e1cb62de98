// The reference codes of the demo year, read from the tool's reference data: the 101 DGDDI
// départements with their DGDDI région, the A129 goods codes with their CPF4 codes, and the
// country codes currently valid in DGDDI's Libelle_PAYS.txt (not the ISO fallback names).
import { currentLabels, parseLabelFile } from '../reference/labels.js';
import { readReferenceFile } from '../reference/files.js';
import { a129Products, cpf4Products } from '../reference/products.js';
import { departements } from '../reference/territories.js';
import type { DemoReference } from './catalogue.js';

const PAYS_FILE = 'Libelle_PAYS.txt';

export function loadDemoReference(): DemoReference {
  const goods = a129Products();
  const byA129 = new Map<string, string[]>([...goods.keys()].map((code) => [code, []]));
  for (const { code, a129 } of cpf4Products().values()) byA129.get(a129)?.push(code);
  const countries = [...currentLabels(parseLabelFile(readReferenceFile(PAYS_FILE), PAYS_FILE, 'pays')).keys()];
  return {
    departements: departements().map(({ dgddi, dgddiRegion }) => ({ dgddi, dgddiRegion })),
    products: [...byA129].map(([a129, cpf4]) => ({ a129, cpf4 })),
    countries,
  };
}
