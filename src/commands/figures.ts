import type { Command } from 'commander';
import { plainSpaces } from '../format/fr.js';
import { addPeriodOptions, addStoreOption, noteOnce, openingStore, parsePartnerList } from './common.js';

export function registerFiguresCommand(program: Command): void {
  addStoreOption(
    addPeriodOptions(
      program
        .command('figures')
        .description("calcule les indicateurs d'un territoire : totaux, parts, partenaires, activités, flux")
        .argument(
          '<territoire>',
          "département (42, Loire, 2A, 971), région (region:84 ou son nom), france, ou Territoire d'industrie (ses départements)",
        ),
      'les n derniers trimestres de la base, même sur deux années (au lieu de --year)',
    )
      .option(
        '--partner <codes>',
        'pays des douanes (code ou nom) dont les échanges dans les deux sens sont détaillés en plus des États-Unis (ex. CN, ou CN,DE, option répétable)',
        parsePartnerList,
      )
      .option('--json', 'écrit les indicateurs en JSON'),
  )
    .addHelpText(
      'after',
      '\nExemples :\n  territrade figures 42\n  territrade figures region:84 --year 2024 --json\n  territrade figures france\n  territrade figures 42 --partner CN,DE --json\n  territrade figures 42 --last-quarters 4\n  territrade figures 42 --compare-to 2019\n  territrade figures "Roannais Forez"\n',
    )
    .action(
      async (
        query: string,
        options: {
          store?: string;
          year?: number;
          lastQuarters?: number;
          compareTo?: number;
          partner?: string[];
          json?: boolean;
        },
      ) => {
        const opening = await openingStore(options.store);
        try {
          const [{ storedFigures }, { figuresJson, figuresText }] = await Promise.all([
            import('../pipeline/figures.js'),
            import('../report/text/figures-output.js'),
          ]);
          const selection = {
            year: options.year,
            lastQuarters: options.lastQuarters,
            compareTo: options.compareTo,
            partners: options.partner,
            notify: noteOnce(),
          };
          const { choice, figures } = await storedFigures(opening, query, selection);
          const out = { ti: choice.ti, notice: choice.notice, figures };
          process.stdout.write(
            options.json ? `${JSON.stringify(figuresJson(out), null, 2)}\n` : `${plainSpaces(figuresText(out))}\n`,
          );
        } finally {
          await opening.release();
        }
      },
    );
}
