import path from 'node:path';
import type { Command } from 'commander';
import { diskFullError, isDiskFull } from '../errors.js';
import { plainSpaces } from '../format/fr.js';
import { generationDate } from '../report/fiche/date.js';
import { addConfigOption, addStoreOption, parseIntegerOption } from './common.js';
import { resolveStorePath } from '../pipeline/settings.js';

export const DEFAULT_OUT_DIR = 'out';

const BUILD_HELP = `
Sorties (dans --out) :
  departements/42-loire.html et .pdf, regions/84-auvergne-rhone-alpes.html et .pdf, france.html et .pdf
  donnees/42-loire.json (indicateurs) et un CSV par graphique (séparateur « ; », UTF-8 avec BOM)
  index.html : carte, recherche et liens vers toutes les fiches

Les PDF sont imprimés par un Chromium du système (CHROMIUM_PATH, sinon chromium-headless-shell, le plus rapide, puis chromium…) ;
sans Chromium, seules les pages HTML sont produites. Avec SOURCE_DATE_EPOCH, la date de
génération est fixée et deux constructions identiques donnent les mêmes fichiers, PDF compris.

Exemples :
  territrade build
  territrade build --only 42,region:84,france --no-pdf
  territrade build --only "Roannais Forez"
  territrade build --year 2023 --out publication --jobs 4
`;

interface BuildCliOptions {
  store?: string;
  year?: number;
  lastQuarters?: number;
  out: string;
  only?: string;
  clean?: boolean;
  pdf: boolean;
  jobs: number;
  config?: string;
}

async function buildAction(options: BuildCliOptions): Promise<void> {
  // The build's machinery (DuckDB, charts, fonts) loads only when it runs, not for --help.
  // The settings are checked first: a malformed file stops the build before anything is read or written.
  const publication = (await import('../pipeline/config-file.js')).loadPublication(options.config);
  const storePath = resolveStorePath(options.store);
  // Chromium starts first: its launch overlaps the loading of the build's modules and the store's reading.
  const printer = (await import('../pipeline/printing.js')).startPrinter(options.pdf, options.jobs, process.env);
  let modules, choice;
  try {
    modules = await Promise.all([
      import('../pipeline/only.js'),
      import('../pipeline/territoires.js'),
      import('../pipeline/build-progress.js'),
      import('../pipeline/build.js'),
      import('../report/text/build-summary.js'),
    ]);
    const [{ onlyItems, parseOnly }, { tiListFor }] = modules;
    choice =
      options.only === undefined
        ? undefined
        : parseOnly(options.only, await tiListFor(storePath, onlyItems(options.only)));
  } catch (err) {
    await printer.printing?.abort();
    throw err;
  }
  const [, , { defaultProgress }, { runBuild }, { buildSummary }] = modules;
  for (const notice of choice?.notices ?? []) process.stdout.write(`${plainSpaces(`Note : ${notice}`)}\n`);
  const outDir = path.normalize(options.out);
  const report = await runBuild({
    storePath,
    year: options.year,
    lastQuarters: options.lastQuarters,
    outDir,
    only: choice?.territories,
    clean: options.clean,
    pdf: options.pdf,
    jobs: options.jobs,
    generatedAt: generationDate(),
    publication,
    printer,
    progress: defaultProgress(),
    notify: (notice) => process.stdout.write(`${plainSpaces(`Note : ${notice}`)}\n`),
  }).catch((err: unknown) => {
    // The build writes into a temporary folder next to --out: name it, out/ is left as it was.
    if (isDiskFull(err))
      throw diskFullError(err, `dossier de sortie ${outDir}`, `Le dossier ${outDir} précédent n'a pas été modifié.`);
    throw err;
  });
  for (const line of buildSummary(report)) process.stdout.write(`${plainSpaces(line)}\n`);
}

export function registerBuildCommand(program: Command): void {
  addConfigOption(
    addStoreOption(
      program
        .command('build')
        .description(
          "produit les fiches (HTML et PDF) de chaque département, de chaque région et de la France, leurs données (JSON, CSV) et la page d'accueil du site",
        )
        .option(
          '--year <année>',
          'année (défaut : la plus récente de la base)',
          parseIntegerOption('année', 1990, 2100),
        )
        .option('--out <dossier>', 'dossier de sortie, remplacé en entier à la fin de la construction', DEFAULT_OUT_DIR)
        .option(
          '--last-quarters <n>',
          'les n derniers trimestres de la base, même sur deux années (au lieu de --year)',
          parseIntegerOption('--last-quarters', 1, 40),
        )
        .option(
          '--only <territoires>',
          'seulement ces territoires, séparés par des virgules (ex. 42,69,region:84,france ; un Territoire d’industrie, ex. « Roannais Forez », donne ses départements) ; les autres fiches du dossier de sortie sont gardées',
        )
        .option('--clean', 'avec --only : supprime les autres fiches du dossier de sortie')
        .option('--no-pdf', 'sans les PDF (pages HTML et données seulement)')
        .option('--jobs <n>', 'nombre de pages imprimées en PDF en parallèle', parseIntegerOption('--jobs', 1, 32), 2),
    ),
  )
    .addHelpText('after', BUILD_HELP)
    .action(buildAction);
}
