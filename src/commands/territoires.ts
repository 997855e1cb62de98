import fs from 'node:fs';
import type { Command } from 'commander';
import { resolveStorePath } from '../store/store-path.js';
import { plainSpaces } from '../format/fr.js';
import type { TiTerritory } from '../model/territoires-industrie.js';
import type { TerritoiresListKind } from '../model/territory.js';
import { addStoreOption } from './common.js';

/** ANCT's list imported into the store if there is one, else the list shipped with territrade. */
async function territoiresInForce(storePath: string): Promise<{ list: TiTerritory[]; kind: TerritoiresListKind }> {
  const [{ shippedTerritoiresIndustrie }, { tiTerritoryOf }] = await Promise.all([
    import('../reference/territoires-industrie.js'),
    import('../reference/ti-query.js'),
  ]);
  if (fs.existsSync(storePath)) {
    // DuckDB only when there is a store to read.
    const [{ storedTerritoires }, { withStore }] = await Promise.all([
      import('../store/queries.js'),
      import('../store/store.js'),
    ]);
    const stored = await withStore(storePath, storedTerritoires, { readOnly: true });
    if (stored.kind === 'official') return { list: stored.list.map(tiTerritoryOf), kind: 'official' };
  }
  return { list: shippedTerritoiresIndustrie(), kind: 'default' };
}

export function registerTerritoiresCommand(program: Command): void {
  addStoreOption(
    program
      .command('territoires')
      .description("liste les Territoires d'industrie (région, départements, groupements), ou en décrit un")
      .argument('[territoire]', "nom (Roannais Forez, roannais) ou identifiant ANCT (ti-8417) d'un territoire")
      .option('--json', 'écrit la liste ou le territoire en JSON'),
  )
    .addHelpText(
      'after',
      '\nExemples :\n  territrade territoires\n  territrade territoires "Roannais Forez"\n  territrade territoires ti-9307 --json\n',
    )
    .action(async (query: string | undefined, options: { store?: string; json?: boolean }) => {
      const [
        { list, kind },
        { findTerritoireIndustrie },
        { territoireText, territoiresListText, tiRecord },
        { tiListSource },
      ] = await Promise.all([
        territoiresInForce(resolveStorePath(options.store)),
        import('../reference/ti-query.js'),
        import('../report/text/territoires-list.js'),
        import('../report/ti-wording.js'),
      ]);
      const one = query === undefined ? null : findTerritoireIndustrie(list, query);
      if (options.json) {
        const source = tiListSource(kind);
        const body = one
          ? { list: kind, source, territory: tiRecord(one) }
          : { list: kind, source, territories: list.map(tiRecord) };
        process.stdout.write(`${JSON.stringify(body, null, 2)}\n`);
      } else {
        process.stdout.write(`${plainSpaces(one ? territoireText(one, kind) : territoiresListText(list, kind))}\n`);
      }
    });
}
