// Reference files given to `import`: DGDDI label files and the official list of Territoires
// d'industrie. A label file is read a piece at a time (a hostile one can be any size); the list
// of Territoires d'industrie is parsed whole and replaces what the store held.
import fs from 'node:fs';
import { UserError } from '../../errors.js';
import { readLabelFile } from '../../reference/labels.js';
import { parseAnctTerritoiresCsv } from '../../reference/territoires-industrie.js';
import type { TerritoireIndustrie } from '../../model/territory.js';
import type { InputFile } from '../../dgddi/input-files.js';
import { replaceTerritoires, upsertLabelBatches } from '../seed.js';
import type { Store } from '../store.js';

function refused(err: unknown): unknown {
  return err instanceof UserError ? new UserError(`import refusé ; rien n'a été importé. ${err.message}`) : err;
}

/** Imports one label file, a piece at a time (any size: never read whole); returns how many rows it held. */
export async function importLabelFile(store: Store, file: InputFile): Promise<number> {
  const role = file.role;
  if (role.kind !== 'labels' || role.labelKind === 'departement_region')
    throw new Error(`not a label file: ${file.displayName}`);
  try {
    return await upsertLabelBatches(
      store,
      role.labelKind,
      readLabelFile(file.diskPath, file.displayName, role.labelKind),
      file.baseName,
    );
  } catch (err) {
    throw refused(err);
  }
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
