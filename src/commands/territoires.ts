import type { Command } from 'commander';
import { plainSpaces } from '../format/fr.js';
import { addStoreOption } from './common.js';
import { resolveStorePath } from '../pipeline/settings.js';

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
      const [{ territoires }, { territoireText, territoiresListText, tiRecord }, { tiListSource }] = await Promise.all([
        import('../pipeline/territoires.js'),
        import('../report/text/territoires-list.js'),
        import('../report/ti-wording.js'),
      ]);
      const { list, kind, one } = await territoires(resolveStorePath(options.store), query);
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
