// fetch's trade files from the configured sources: consult them all, say which failed, choose
// the year, and warn plainly when the newest year found is old.
import { UserError } from '../errors.js';
import type { FetchConfig } from './config.js';
import { chooseYear, isStale, manualProcedure, staleWarning } from './choose.js';
import { discover, type Candidate, type SourceReport } from './discover.js';
import { formatSourcesListing, joinYears } from './listing.js';
import { loadSources, type SourcesConfig } from './sources.js';

/** The shipped or user's sources; only the named dataset with --dataset. */
export function sourcesFor(config: FetchConfig): SourcesConfig {
  const loaded = loadSources(config.sourcesFile);
  if (!config.datasetOnly) return loaded;
  return {
    ...loaded,
    sources: [
      {
        id: 'dataset',
        type: 'datagouv-dataset',
        label: `data.gouv.fr, jeu « ${config.dgddiDataset} »`,
        dataset: config.dgddiDataset,
      },
    ],
  };
}

/**
 * Every source's report. Failed sources are logged; when none could be read, the command fails
 * (with the source's own message when there is only one).
 */
export async function consultSources(config: FetchConfig, log: (line: string) => void): Promise<SourceReport[]> {
  const reports = await discover(sourcesFor(config), config, log);
  const failed = reports.filter((r) => r.error !== null);
  if (failed.length === reports.length) {
    // No network: say how to get the files without fetch.
    const manual = failed.every((r) => r.offline) ? `\n${manualProcedure().join('\n')}` : '';
    if (failed.length === 1) throw new UserError(`${failed[0]!.error!}${manual}`);
    throw new UserError(
      `aucune source n'a pu être consultée : ${failed.map((r) => `${r.source.label} (${r.error})`).join(' ; ')}${manual}`,
    );
  }
  for (const r of failed) log(`Attention : source ${r.source.label} injoignable ou illisible, ignorée (${r.error})`);
  return reports;
}

/** The export and import files of the year asked for, or of the newest complete year. */
export function checkChoice(
  reports: SourceReport[],
  year: number | undefined,
): { year: number; files: [Candidate, Candidate] } {
  const choice = chooseYear(reports, year);
  if (choice.ok) return choice;
  const years = choice.complete.length ? `années disponibles : ${joinYears(choice.complete)}` : 'aucune année complète';
  const names = reports.map((r) => r.source.label).join(', ');
  if (choice.year === null) {
    throw new UserError(
      `aucun fichier annuel d'exportations et d'importations reconnu dans les sources consultées (${names}) ; les adresses ou les noms des fichiers ont peut-être changé : voir territrade fetch --list, ou donnez les adresses avec --url.`,
    );
  }
  if (choice.partial) {
    const has = choice.partial === 'E' ? 'exportations' : 'importations';
    const lacks = choice.partial === 'E' ? 'importations' : 'exportations';
    throw new UserError(
      `pour ${choice.year}, le fichier des ${has} est publié mais pas celui des ${lacks} ; ${years}.`,
    );
  }
  throw new UserError(`aucun fichier pour l'année ${choice.year} dans les sources consultées (${names}) ; ${years}.`);
}

/** `fetch --list`: the listing, and the warning when the newest year is old. */
export function sourcesListing(reports: SourceReport[], now: Date): string[] {
  const choice = chooseYear(reports);
  const lines = formatSourcesListing(reports, choice);
  if (choice.ok && isStale(choice.year, now)) lines.push(...staleWarning(choice.year, now));
  return lines;
}

/** Lines to show before downloading, or [] when the year is recent or was asked for. */
export function staleNotice(year: number, asked: boolean, now: Date): string[] {
  return !asked && isStale(year, now) ? staleWarning(year, now) : [];
}
