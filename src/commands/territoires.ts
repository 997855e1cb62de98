import type { Command } from 'commander';
import { plainSpaces } from '../format/fr.js';
import { addStoreOption } from './common.js';
import { resolveStorePath } from '../pipeline/settings.js';

const HELP = `
Un département (42, Loire), une région (region:84, Bretagne) ou une commune (Roanne) donne les
territoires qui y ont au moins une commune ; un nom ou un identifiant ANCT, le territoire en détail.

Exemples :
  territrade territoires
  territrade territoires 42
  territrade territoires --departement Loire
  territrade territoires "Roannais Forez"
  territrade territoires Roanne
  territrade territoires ti-9307 --json
`;

export function registerTerritoiresCommand(program: Command): void {
  addStoreOption(
    program
      .command('territoires')
      .description(
        "liste les Territoires d'industrie (région, départements, groupements), ceux d'un département, d'une région ou d'une commune, ou en décrit un",
      )
      .argument(
        '[territoire]',
        "nom (Roannais Forez, roannais) ou identifiant ANCT (ti-8417) d'un territoire ; département, région ou commune",
      )
      .option('--departement <département>', "les territoires d'un département (42, Loire)")
      .option('--json', 'écrit la liste ou le territoire en JSON'),
  )
    .addHelpText('after', HELP)
    .action(async (query: string | undefined, options: { store?: string; json?: boolean; departement?: string }) => {
      const [{ territoires }, { territoiresListText, tiRecord }, search_, { tiListSource }] = await Promise.all([
        import('../pipeline/territoires.js'),
        import('../report/text/territoires-list.js'),
        import('../report/text/territoires-search.js'),
        import('../report/ti-wording.js'),
      ]);
      const { territoiresSearchJson, territoiresSearchText } = search_;
      const { list, kind, search } = await territoires(resolveStorePath(options.store), query, options.departement);
      if (options.json) {
        const body = search
          ? territoiresSearchJson(search, kind)
          : { list: kind, source: tiListSource(kind), territories: list.map(tiRecord) };
        process.stdout.write(`${JSON.stringify(body, null, 2)}\n`);
      } else {
        const text = search
          ? territoiresSearchText(search, options.departement ?? query ?? '', list, kind)
          : territoiresListText(list, kind);
        process.stdout.write(`${plainSpaces(text)}\n`);
      }
    });
}
