// Reference files given to `import`: DGDDI label files and the official list of Territoires
// d'industrie. Each is parsed whole (they are small) and replaces what the store held.
import fs from 'node:fs';
import { UserError } from '../../errors.js';
import { parseLabelFile, type LabelRow } from '../../reference/labels.js';
import { parseAnctTerritoiresCsv } from '../../reference/territoires-industrie.js';
import type { TerritoireIndustrie } from '../../model/territory.js';
import type { InputFile } from '../../dgddi/input-files.js';
import { replaceTerritoires, upsertLabels } from '../seed.js';
import type { Store } from '../store.js';

function refused(err: unknown): unknown {
  return err instanceof UserError ? new UserError(`import refusé ; rien n'a été importé. ${err.message}`) : err;
}

/** Imports one label file; returns how many codes it held. */
export async function importLabelFile(store: Store, file: InputFile): Promise<number> {
  const role = file.role;
  if (role.kind !== 'labels' || role.labelKind === 'departement_region')
    throw new Error(`not a label file: ${file.displayName}`);
  let rows: LabelRow[];
  try {
    rows = parseLabelFile(fs.readFileSync(file.diskPath), file.displayName, role.labelKind);
  } catch (err) {
    throw refused(err);
  }
  await upsertLabels(store, role.labelKind, rows, file.baseName);
  return rows.length;
}

/** Imports the official list of Territoires d'industrie; returns how many territories it held. */
export async function importTerritoiresFile(store: Store, file: InputFile): Promise<number> {
  let list: TerritoireIndustrie[];
  try {
    list = parseAnctTerritoiresCsv(fs.readFileSync(file.diskPath), file.displayName);
  } catch (err) {
    throw refused(err);
  }
  await replaceTerritoires(store, list, 'official', file.baseName);
  return list.length;
}
