import { writeOptionFile } from './output-file.js';
import type { Command } from 'commander';
import { plainSpaces } from '../format/fr.js';
import type { DirectionKey } from '../model/direction.js';
import {
  addPeriodOptions,
  addStoreOption,
  noteOnce,
  openingStore,
  parseFlowOption,
  parseIntegerOption,
  parsePartnerOption,
} from './common.js';

interface RankCliOptions {
  store?: string;
  year?: number;
  lastQuarters?: number;
  compareTo?: number;
  partner?: string;
  flow?: DirectionKey;
  regions?: boolean;
  top?: number;
  products?: boolean;
  json?: boolean;
  csv?: string;
  list?: boolean;
}

const HELP = `
INDICATEUR est une clé (part-etats-unis) ou un libellé (« Part des exportations vers les États-Unis »)
de la liste donnée par --list ; « partenaire » avec --partner classe par la part des exportations
vers ce pays, ou avec --flow imports par la part des importations qui en proviennent. Les valeurs sont celles de « territrade figures --json ».

Exemples :
  territrade rank --list
  territrade rank part-etats-unis --top 10 --products
  territrade rank partenaire --partner CN --json
  territrade rank partenaire --partner CN --flow imports --top 10 --products
  territrade rank exportations --regions --csv regions.csv
`;

export function registerRankCommand(program: Command): void {
  addStoreOption(
    addPeriodOptions(
      program
        .command('rank')
        .description('classe tous les départements (ou les régions) selon un indicateur')
        .argument('[indicateur]', 'clé ou libellé d’un indicateur (voir --list), ou « partenaire » avec --partner')
        .option('--list', 'liste les indicateurs, par clé et libellé')
        .option('--regions', 'classe les régions au lieu des départements')
        .option('--top <n>', 'seulement les n premiers', parseIntegerOption('--top', 1, 200))
        .option('--products', 'ajoute les trois activités derrière chaque valeur')
        .option(
          '--partner <code>',
          'pays des douanes (ex. CN, « Chine ») : part des exportations vers lui',
          parsePartnerOption,
        )
        .option(
          '--flow <flux>',
          'avec « partenaire » : exports (défaut) ou imports, part des importations venant du pays',
          parseFlowOption,
        ),
    )
      .option('--json', 'écrit le classement en JSON')
      .option('--csv <fichier>', 'écrit aussi le classement en CSV pour un tableur français (BOM, « ; », virgule)'),
  )
    .addHelpText('after', HELP)
    .action(async (query: string | undefined, options: RankCliOptions) => {
      if (options.list || query === undefined) {
        const { rankList } = await import('../report/text/rank-output.js');
        process.stdout.write(`${plainSpaces(rankList())}\n`);
        return;
      }
      // The store opens while the ranking's modules load.
      const opening = await openingStore(options.store);
      try {
        const [{ storedRanking }, out] = await Promise.all([
          import('../pipeline/rank.js'),
          import('../report/text/rank-output.js'),
        ]);
        const ranking = await storedRanking(opening, query, {
          year: options.year,
          lastQuarters: options.lastQuarters,
          compareTo: options.compareTo,
          partner: options.partner,
          flow: options.flow,
          regions: options.regions,
          notify: noteOnce(),
        });
        if (options.csv !== undefined) writeOptionFile('--csv', options.csv, out.rankCsv(ranking, options.top));
        process.stdout.write(
          options.json
            ? `${JSON.stringify(out.rankJson(ranking, options.top), null, 2)}\n`
            : `${plainSpaces(out.rankText(ranking, options.top, options.products === true))}\n`,
        );
      } finally {
        await opening.release();
      }
    });
}
