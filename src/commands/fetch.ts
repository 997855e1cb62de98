// `territrade fetch`: downloads the official DGDDI files of a year (and ANCT's list of the
// Territoires d'industrie) from data.gouv.fr, then imports them.
import path from 'node:path';
import type { Command } from 'commander';
import { UserError } from '../errors.js';
import {
  ENV_API,
  ENV_DEADLINE,
  ENV_DGDDI_DATASET,
  ENV_SOURCES,
  ENV_TI_DATASET,
  resolveStorePath,
} from '../pipeline/settings.js';
import { addStoreOption, parseIntegerOption } from './common.js';

const DEFAULT_DEST = path.join('data', 'raw');

interface FetchCliOptions {
  year?: number;
  dest?: string;
  import: boolean;
  list?: boolean;
  territoires?: boolean;
  url?: string[];
  api?: string;
  dataset?: string;
  timeout?: number;
  deadline?: number;
  maxSize?: number;
  sources?: string;
  store?: string;
}

/** Option parsers throw plain errors; the CLI shows them as one French line. */
function userErrors<T>(parse: (value: string) => T): (value: string) => T {
  return (value) => {
    try {
      return parse(value);
    } catch (err) {
      throw new UserError(err instanceof Error ? err.message : String(err));
    }
  };
}

function parseApiUrl(value: string): string {
  if (!/^https?:\/\/[^/\s]+/i.test(value))
    throw new UserError(`--api attend une adresse http:// ou https:// (reçu : « ${value} »)`);
  return value;
}

async function fetchAction(opts: FetchCliOptions): Promise<void> {
  const overrides = {
    ...(opts.api !== undefined ? { api: opts.api } : {}),
    ...(opts.dataset !== undefined ? { dataset: opts.dataset } : {}),
    ...(opts.timeout !== undefined ? { timeoutSeconds: opts.timeout } : {}),
    ...(opts.deadline !== undefined ? { deadlineSeconds: opts.deadline } : {}),
    ...(opts.maxSize !== undefined ? { maxSizeMb: opts.maxSize } : {}),
    ...(opts.sources !== undefined ? { sources: opts.sources } : {}),
  };
  const { fetchFromCli } = await import('../pipeline/fetch.js');
  await fetchFromCli({
    overrides,
    dest: opts.dest ?? DEFAULT_DEST,
    storePath: resolveStorePath(opts.store),
    ...(opts.year !== undefined ? { year: opts.year } : {}),
    import: opts.import,
    list: opts.list ?? false,
    territoires: opts.territoires ?? false,
    ...(opts.url ? { urls: opts.url } : {}),
    log: (line) => process.stderr.write(`${line}\n`),
    out: (line) => process.stdout.write(`${line}\n`),
  });
}

export function registerFetchCommand(program: Command): void {
  const command = program
    .command('fetch')
    .description(
      "télécharge les fichiers officiels annuels de la DGDDI (exportations et importations) de l'année la plus récente trouvée dans ses sources (data.gouv.fr, douane.gouv.fr), puis les importe",
    )
    .option(
      '--year <année>',
      'année à télécharger (défaut : la dernière année complète publiée)',
      userErrors(parseIntegerOption('--year', 1990, 2100)),
    )
    .option('--dest <dossier>', `dossier où enregistrer les fichiers (défaut : ${DEFAULT_DEST})`)
    .option('--no-import', 'télécharge seulement, sans importer dans la base')
    .option('--list', 'affiche, source par source, les années et fichiers trouvés, sans rien télécharger')
    .option('--territoires', "télécharge et importe seulement la liste officielle des Territoires d'industrie (ANCT)")
    .option('--url <adresse...>', "télécharge directement ces fichiers (sans passer par l'API), puis les importe")
    .option(
      '--api <adresse>',
      `adresse de data.gouv.fr (défaut : $${ENV_API} ou https://www.data.gouv.fr)`,
      userErrors(parseApiUrl),
    )
    .option(
      '--dataset <id>',
      `consulte seulement ce jeu de données data.gouv.fr (identifiant ou slug ; ou $${ENV_DGDDI_DATASET} ; $${ENV_TI_DATASET} pour celui de l'ANCT)`,
    )
    .option(
      '--timeout <secondes>',
      "délai sans réponse avant abandon d'une tentative (défaut : 60)",
      userErrors(parseIntegerOption('--timeout', 1, 3600)),
    )
    .option(
      '--sources <fichier>',
      `fichier JSON des sources et motifs de noms (défaut : $${ENV_SOURCES} ou reference-data/sources-dgddi.json)`,
    )
    .option(
      '--deadline <secondes>',
      `durée maximale d'un téléchargement, nouveaux essais compris (défaut : $${ENV_DEADLINE} ou 1800)`,
      userErrors(parseIntegerOption('--deadline', 1, 86400)),
    )
    .option(
      '--max-size <Mo>',
      "taille maximale d'un fichier téléchargé, en Mo (défaut : 1000)",
      userErrors(parseIntegerOption('--max-size', 1, 100_000)),
    );
  addStoreOption(command);
  command.addHelpText(
    'after',
    `
Exemples :
  territrade fetch                      dernière année complète, puis import
  territrade fetch --year 2023          fichiers de 2023
  territrade fetch --list               années et fichiers trouvés, source par source
  territrade fetch --territoires        liste officielle des Territoires d'industrie
  territrade fetch --no-import --dest telechargements

Source : DGDDI, statistiques régionales et départementales du commerce extérieur
(data.gouv.fr et douane.gouv.fr, Licence Ouverte 2.0). Les sources consultées et les motifs
de noms de fichiers sont dans reference-data/sources-dgddi.json (voir le README).
Chaque téléchargement échoué est réessayé 3 fois.`,
  );
  command.action(fetchAction);
}
