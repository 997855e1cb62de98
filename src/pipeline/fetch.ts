// `territrade fetch` from start to end: find the files, download them, import them.
import fs from 'node:fs';
import { UserError } from '../errors.js';
import { formatCount } from '../format/fr.js';
import { visibleText } from '../format/visible-text.js';
import { importFiles, territoiresListKind, type ImportReport } from '../store/import/import-files.js';
import { withStore } from '../store/store.js';
import { resolveFetchConfig, type ConfigOverrides, type FetchConfig } from '../fetch/config.js';
import { checkChoice, consultSources, sourcesListing, staleNotice } from '../fetch/consult.js';
import { fetchDataset } from '../fetch/datagouv.js';
import { downloadFile, type DownloadRequest, type DownloadResult } from '../fetch/download.js';
import { formatTerritoiresListing } from '../fetch/listing.js';
import { fileNameFromUrl, safeFileName, selectTerritoiresList } from '../fetch/match.js';
import { defaultDownloadProgress, type DownloadProgressFactory } from '../fetch/download-progress.js';

export interface FetchRunOptions {
  config: FetchConfig;
  /** Folder the files are saved in. */
  dest: string;
  storePath: string;
  year?: number;
  /** False with --no-import: download only. */
  import: boolean;
  list: boolean;
  /** Only the Territoires d'industrie list. */
  territoires: boolean;
  /** Files to download directly, without the API. */
  urls?: string[];
  /** Progress and diagnostics (stderr). */
  log: (line: string) => void;
  /** Results (stdout). */
  out: (line: string) => void;
  progress?: DownloadProgressFactory;
  /** Today, to tell whether the newest year found is old (tests fix it). */
  now?: Date;
}

export interface FetchRunResult {
  downloads: DownloadResult[];
  year?: number;
  imports: ImportReport[];
  warnings: string[];
}

/** The progress display already told about fresh downloads; say what it could not. */
function describeDownload(result: DownloadResult): string | null {
  if (result.status === 'unchanged') return `${result.path} : déjà téléchargé et identique, conservé.`;
  return result.resumed ? `${result.path} : téléchargement terminé après reprise.` : null;
}

/** Whether the store still holds the default list shipped with territrade (a missing store will). */
async function needsOfficialTerritoires(storePath: string): Promise<boolean> {
  if (!fs.existsSync(storePath)) return true;
  return (await withStore(storePath, territoiresListKind, { readOnly: true })) === 'default';
}

async function fetchTerritoires(options: FetchRunOptions): Promise<DownloadResult> {
  const dataset = await fetchDataset(options.config, options.config.tiDataset, options.log);
  const found = selectTerritoiresList(dataset.resources);
  if (!found) {
    throw new UserError(
      `aucune liste des communes des Territoires d'industrie (liste-ti-com…csv) dans le jeu de données « ${visibleText(dataset.title || options.config.tiDataset, 200)} » : ${visibleText(dataset.page, 300)}`,
    );
  }
  return download(options, {
    url: found.resource.url,
    fileName: found.fileName,
    checksum: found.resource.checksum,
    size: found.resource.filesize,
    lastModified: found.resource.lastModified,
  });
}

async function download(options: FetchRunOptions, request: Omit<DownloadRequest, 'destDir'>): Promise<DownloadResult> {
  const downloadOptions = options.progress
    ? { network: options.config.network, log: options.log, progress: options.progress }
    : { network: options.config.network, log: options.log };
  const result = await downloadFile({ ...request, destDir: options.dest }, downloadOptions);
  const line = describeDownload(result);
  if (line) options.log(line);
  return result;
}

async function importDownloaded(options: FetchRunOptions, paths: string[]): Promise<ImportReport> {
  return withStore(options.storePath, (store) => importFiles(store, paths, { log: options.log }));
}

function summarize(options: FetchRunOptions, report: ImportReport): void {
  for (const warning of report.warnings) options.log(`Attention : ${warning}`);
  if (report.rows > 0) options.out(`Import terminé : ${formatCount(report.rows, 'ligne')} dans ${options.storePath}.`);
}

/**
 * The file each --url is saved under, checked before anything is downloaded: the same address
 * twice is fetched once; two addresses ending with the same file name would overwrite each other.
 */
export function urlFiles(urls: string[]): { url: string; fileName: string }[] {
  const byName = new Map<string, string>();
  const files: { url: string; fileName: string }[] = [];
  for (const url of new Set(urls)) {
    if (!/^https?:\/\//i.test(url))
      throw new UserError(`adresse invalide pour --url (http:// ou https:// attendu) : ${url}`);
    const fileName = safeFileName(fileNameFromUrl(url));
    if (!fileName) throw new UserError(`impossible de déduire un nom de fichier de l'adresse ${url}`);
    const other = byName.get(fileName.toLowerCase());
    if (other !== undefined) {
      throw new UserError(
        `deux adresses donnent le même nom de fichier « ${fileName} » et s'écraseraient : ${other} et ${url} ; téléchargez-les en deux fois avec des --dest différents.`,
      );
    }
    byName.set(fileName.toLowerCase(), url);
    files.push({ url, fileName });
  }
  return files;
}

/** Imports downloaded files into the store, recording and summarising the import. */
async function importInto(options: FetchRunOptions, result: FetchRunResult, paths: string[]): Promise<void> {
  const report = await importDownloaded(options, paths);
  result.imports.push(report);
  summarize(options, report);
}

/** --url: the files given, downloaded as they are. */
async function fetchUrls(options: FetchRunOptions, urls: string[], result: FetchRunResult): Promise<FetchRunResult> {
  if (options.list || options.territoires || options.year !== undefined) {
    throw new UserError(
      '--url ne se combine pas avec --year, --list ni --territoires : les fichiers donnés sont téléchargés tels quels.',
    );
  }
  for (const { url, fileName } of urlFiles(urls)) result.downloads.push(await download(options, { url, fileName }));
  if (options.import)
    await importInto(
      options,
      result,
      result.downloads.map((d) => d.path),
    );
  return result;
}

/** --list: the sources (or the Territoires d'industrie's files) and what they hold, nothing downloaded. */
async function listSources(options: FetchRunOptions): Promise<void> {
  let lines: string[];
  if (options.territoires) {
    const dataset = await fetchDataset(options.config, options.config.tiDataset, options.log);
    lines = formatTerritoiresListing(dataset, selectTerritoiresList(dataset.resources));
  } else {
    lines = sourcesListing(await consultSources(options.config, options.log), options.now ?? new Date());
  }
  for (const line of lines) options.out(line);
}

/** --territoires: the official list of the Territoires d'industrie. */
async function fetchTerritoiresList(options: FetchRunOptions, result: FetchRunResult): Promise<FetchRunResult> {
  const downloaded = await fetchTerritoires(options);
  result.downloads.push(downloaded);
  if (options.import) {
    await importInto(options, result, [downloaded.path]);
    options.out(`Liste officielle des Territoires d'industrie importée dans ${options.storePath}.`);
  }
  return result;
}

/** The official list of the Territoires d'industrie after the trade files: a failure is only a warning. */
async function fetchTerritoiresAfterTrade(options: FetchRunOptions, result: FetchRunResult): Promise<void> {
  try {
    const downloaded = await fetchTerritoires(options);
    result.downloads.push(downloaded);
    if (options.import) {
      const report = await importDownloaded(options, [downloaded.path]);
      result.imports.push(report);
      options.out(`Liste officielle des Territoires d'industrie importée dans ${options.storePath}.`);
    }
  } catch (err) {
    if (!(err instanceof UserError)) throw err;
    const warning = `la liste officielle des Territoires d'industrie n'a pas pu être obtenue (${err.message}) ; la liste fournie avec territrade reste utilisée. Réessayez avec territrade fetch --territoires.`;
    result.warnings.push(warning);
    options.log(`Attention : ${warning}`);
  }
}

/** Runs the command; every failure is a UserError with a French message. */
export async function runFetch(options: FetchRunOptions): Promise<FetchRunResult> {
  const result: FetchRunResult = { downloads: [], imports: [], warnings: [] };
  if (options.urls?.length) return fetchUrls(options, options.urls, result);
  if (options.list) {
    await listSources(options);
    return result;
  }
  if (options.territoires) return fetchTerritoiresList(options, result);

  // Decided before downloading so that the store is not held open during downloads.
  const wantTerritoires = await needsOfficialTerritoires(options.storePath);
  const reports = await consultSources(options.config, options.log);
  const selection = checkChoice(reports, options.year);
  result.year = selection.year;
  // Said before anything is downloaded: the user may prefer to fetch newer files by hand.
  const stale = staleNotice(selection.year, options.year !== undefined, options.now ?? new Date());
  for (const line of stale) options.log(line);
  if (stale.length) result.warnings.push(stale[0]!);
  options.log(`Année ${selection.year} : ${selection.files.map((f) => f.fileName).join(' et ')}`);
  for (const file of selection.files) {
    const { url, fileName, checksum, filesize: size, lastModified } = file;
    result.downloads.push(await download(options, { url, fileName, checksum, size, lastModified }));
  }
  if (options.import)
    await importInto(
      options,
      result,
      result.downloads.map((d) => d.path),
    );
  // The official list improves every fiche, but trade data must not be lost for its sake.
  if (wantTerritoires) await fetchTerritoiresAfterTrade(options, result);
  return result;
}

/** `territrade fetch` as the CLI runs it: the configuration from its options and the environment, progress on the terminal. */
export function fetchFromCli(
  options: Omit<FetchRunOptions, 'config' | 'progress'> & { overrides: ConfigOverrides },
): Promise<FetchRunResult> {
  const { overrides, ...run } = options;
  return runFetch({ ...run, config: resolveFetchConfig(overrides), progress: defaultDownloadProgress(options.log) });
}
