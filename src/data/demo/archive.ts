// The demo year packaged like DGDDI's annual regional ZIPs: the main file, the four label files
// copied byte for byte from reference-data/, and a marker file by which the importer recognises
// fictional data. Fixed entry order and timestamps make the archives byte-identical per seed.
import { mkdir, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { zipSync, type Zippable } from 'fflate';
import { UserError } from '../../errors.js';
import { NBSP } from '../../format/fr.js';
import { readReferenceFile } from '../../reference/files.js';
import { yieldToEventLoop } from './run-ahead.js';
import { generateDemoYear } from './year.js';
import { validateDemoOptions, type DemoYearFiles, type DemoYearOptions } from './generate.js';
import { DEMO_MARKER_FILE, DEMO_TARGETS } from './targets.js';

/** Label files shipped in every official regional ZIP, in the order they are archived. */
export const DEMO_LABEL_FILES = [
  'Departement_region.txt',
  'Libelle_A129.txt',
  'Libelle_CPF4_rev2.1.txt',
  'Libelle_PAYS.txt',
] as const;

export interface DemoArchiveOptions extends DemoYearOptions {
  /** Directory receiving the two ZIP files (created if missing). */
  dir: string;
}

/** The French text of the marker file, for one year or for a "dernière publication" period. */
export function demoMarkerText({ year, seed }: DemoYearOptions, period?: string): string {
  const ref = DEMO_TARGETS.referenceYear;
  const published = `Seuls les totaux ${ref} de la France, de la région Auvergne-Rhône-Alpes et du département de la Loire`;
  const calibration =
    period !== undefined
      ? [
          `Les trimestres de ${year - 1} y sont, à l’identique, ceux des fichiers annuels ${year - 1} de la démonstration${NBSP};`,
          `ceux de ${year} sont inventés.`,
          published,
          `reprennent les totaux publiés${NBSP}; tout le reste est fictif.`,
        ]
      : year === ref
        ? [
            `Seuls les totaux de la France, de la région Auvergne-Rhône-Alpes et du département de la Loire`,
            `reprennent les totaux publiés pour ${ref}${NBSP}; tout le reste est fictif.`,
          ]
        : [`Les chiffres de ${year} sont inventés.`, published, `reprennent les totaux publiés${NBSP}; tout le reste est fictif.`];
  return [
    'DONNÉES FICTIVES DE DÉMONSTRATION',
    '',
    'Ces fichiers ont été générés par territrade pour montrer l’outil. Ils suivent exactement le',
    'format des statistiques régionales du commerce extérieur de la DGDDI, mais leurs chiffres sont',
    `inventés${NBSP}: ce ne sont pas des données de la Direction générale des Douanes et Droits indirects.`,
    '',
    period === undefined ? `Année${NBSP}: ${year}` : `Dernière publication${NBSP}: ${period}`,
    `Graine${NBSP}: ${seed}`,
    '',
    ...calibration,
    '',
  ].join('\r\n');
}

/** ZIP timestamp: 1 January of the following year, clamped to the range ZIP can store. */
export function archiveTime(year: number, month = 0): Date {
  // Built in local time because ZIP stores local date fields: the bytes then do not depend on
  // the machine's time zone.
  return new Date(Math.min(2099, Math.max(1980, year + 1)), month, 1);
}

/** One archive to write: its file name and its main data file (name and text). */
export interface DemoArchive {
  zipName: string;
  mainName: string;
  text: string;
}

/**
 * Writes each archive into `dir` with the label files and the marker; returns their paths.
 * Fixed entry order and timestamps make the archives byte-identical per seed.
 */
export async function writeArchives(dir: string, archives: readonly DemoArchive[], marker: string, mtime: Date): Promise<string[]> {
  const labels = DEMO_LABEL_FILES.map((name) => [name, readReferenceFile(name)] as const);
  const markerBytes = new TextEncoder().encode(marker);
  try {
    await mkdir(dir, { recursive: true });
  } catch (err) {
    throw new UserError(`Impossible de créer le dossier ${dir}${NBSP}: ${(err as Error).message}`);
  }
  const paths: string[] = [];
  for (const { zipName, mainName, text } of archives) {
    const entries: Zippable = {};
    entries[mainName] = Buffer.from(text, 'latin1');
    for (const [name, bytes] of labels) entries[name] = bytes;
    entries[DEMO_MARKER_FILE] = markerBytes;
    // Level 1: a few per cent larger than level 6 but clearly faster on the 22 MB main files.
    const zip = zipSync(entries, { level: 1, mtime });
    await yieldToEventLoop();
    const path = join(dir, zipName);
    try {
      await writeFile(path, zip);
    } catch (err) {
      throw new UserError(`Impossible d’écrire l’archive de démonstration ${path}${NBSP}: ${(err as Error).message}`);
    }
    paths.push(path);
  }
  return paths;
}

/** The annual archives of one year, named like DGDDI's (`Region_<year>_Export.txt` inside). */
export function annualArchives(year: number, files: DemoYearFiles): DemoArchive[] {
  return [
    { zipName: `DEMO_regional_${year}_export.zip`, mainName: `Region_${year}_Export.txt`, text: files.exports },
    { zipName: `DEMO_regional_${year}_import.zip`, mainName: `Region_${year}_Import.txt`, text: files.imports },
  ];
}

/** Writes `DEMO_regional_<year>_export.zip` and `…_import.zip` into `dir`; returns their paths. */
export async function writeDemoArchives(options: DemoArchiveOptions): Promise<string[]> {
  const { dir, year, seed } = options;
  validateDemoOptions({ year, seed });
  const files = generateDemoYear({ year, seed });
  return writeArchives(dir, annualArchives(year, files), demoMarkerText({ year, seed }), archiveTime(year));
}
