import { writeOptionFile } from './output-file.js';
import type { Command } from 'commander';
import { plainSpaces } from '../format/fr.js';
import { addPeriodOptions, addStoreOption, noteOnce, openingStore, parsePartnerList } from './common.js';
import type { StoreOpening } from '../pipeline/store-opening.js';

interface CompareCliOptions {
  store?: string;
  year?: number;
  lastQuarters?: number;
  compareTo?: number;
  partner?: string[];
  json?: boolean;
  csv?: string;
  sansReferences?: boolean;
}

export function registerCompareCommand(program: Command): void {
  addStoreOption(
    addPeriodOptions(
      program
        .command('compare')
        .description(
          'compare de 2 à 8 territoires côte à côte, chacun avec sa région et la France : tous les indicateurs',
        )
        .argument(
          '<territoires...>',
          'départements (42, Loire), régions (region:84), france ou Territoires d’industrie (leurs départements), séparés par des espaces ou des virgules',
        ),
    )
      .option(
        '--partner <codes>',
        'pays des douanes (code ou nom) comparés dans les deux sens en plus des États-Unis (ex. CN, ou CN,DE, option répétable)',
        parsePartnerList,
      )
      .option('--sans-references', 'sans les régions ni la France ajoutées en référence')
      .option('--json', 'écrit la comparaison en JSON (mêmes clés et valeurs que figures --json)')
      .option('--csv <fichier>', 'écrit aussi la comparaison en CSV pour un tableur français (BOM, « ; », virgule)'),
  )
    .addHelpText(
      'after',
      '\nExemples :\n  territrade compare 42 69 38\n  territrade compare 42,69,38 --json\n  territrade compare "Roannais Forez" 69 --csv comparaison.csv\n  territrade compare 42 69 --partner CN,DE --sans-references\n',
    )
    .action(async (queries: string[], options: CompareCliOptions) => {
      const opening = await openingStore(options.store);
      try {
        await compare(opening, queries, options);
      } finally {
        await opening.release();
      }
    });
}

async function compare(opening: StoreOpening, queries: string[], options: CompareCliOptions): Promise<void> {
  const [{ storedComparison }, { compareCsv, compareJson, compareText }] = await Promise.all([
    import('../pipeline/compare.js'),
    import('../report/text/compare-output.js'),
  ]);
  const selection = {
    year: options.year,
    lastQuarters: options.lastQuarters,
    compareTo: options.compareTo,
    partners: options.partner,
    references: options.sansReferences !== true,
    notify: noteOnce(),
  };
  const { territories, notices } = await storedComparison(opening, queries, selection);
  const partners = options.partner ?? [];
  if (options.csv !== undefined) writeOptionFile('--csv', options.csv, compareCsv(territories, partners));
  for (const notice of notices) if (options.json) process.stderr.write(`${plainSpaces(notice)}\n`);
  process.stdout.write(
    options.json
      ? `${JSON.stringify(compareJson(territories, notices), null, 2)}\n`
      : `${plainSpaces(compareText(territories, partners, notices))}\n`,
  );
}
