// The demo year packaged like DGDDI's annual regional ZIPs: the main file, the four label files
// copied byte for byte from reference-data/, and a marker file by which the importer recognises
// fictional data. Fixed entry order and timestamps make the archives byte-identical per seed.
import { mkdir, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { UserError } from '../errors.js';
import { NBSP } from '../format/fr.js';
import { readReferenceFile } from '../reference/files.js';
import { createDemoGenerator } from './year.js';
import { validateDemoOptions, type DemoYearOptions } from './generate.js';
import { DEMO_MARKER_FILE } from '../dgddi/format.js';
import { DEMO_TARGETS } from './targets.js';
import { zipArchive } from './zip-write.js';

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
        : [
            `Les chiffres de ${year} sont inventés.`,
            published,
            `reprennent les totaux publiés${NBSP}; tout le reste est fictif.`,
          ];
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

/** One archive to write: its file name and its main data file (name and ASCII bytes). */
export interface DemoArchive {
  zipName: string;
  mainName: string;
  data: Uint8Array;
}

/** Deflate level of the archives: 1 is a few per cent larger than 6 but about 2.5 times faster. */
const ZIP_LEVEL = 1;

async function ensureDir(dir: string): Promise<void> {
  try {
    await mkdir(dir, { recursive: true });
  } catch (err) {
    throw new UserError(`Impossible de créer le dossier ${dir}${NBSP}: ${(err as Error).message}`);
  }
}

/**
 * Writes one archive into `dir` with the label files and the marker; returns its path. The
 * compression runs in the thread pool: the caller may generate the next file meanwhile.
 */
export async function writeArchive(dir: string, archive: DemoArchive, marker: string, mtime: Date): Promise<string> {
  await ensureDir(dir);
  const entries = [
    { name: archive.mainName, data: archive.data },
    ...DEMO_LABEL_FILES.map((name) => ({ name, data: readReferenceFile(name) })),
    { name: DEMO_MARKER_FILE, data: new TextEncoder().encode(marker) },
  ];
  const zip = await zipArchive(entries, mtime, ZIP_LEVEL);
  const path = join(dir, archive.zipName);
  try {
    await writeFile(path, zip);
  } catch (err) {
    throw new UserError(`Impossible d’écrire l’archive de démonstration ${path}${NBSP}: ${(err as Error).message}`);
  }
  return path;
}

/** The names of one year's annual archives, like DGDDI's (`Region_<year>_Export.txt` inside). */
export function annualNames(year: number, flow: 'exports' | 'imports'): { zipName: string; mainName: string } {
  return flow === 'exports'
    ? { zipName: `DEMO_regional_${year}_export.zip`, mainName: `Region_${year}_Export.txt` }
    : { zipName: `DEMO_regional_${year}_import.zip`, mainName: `Region_${year}_Import.txt` };
}

/** Writes `DEMO_regional_<year>_export.zip` and `…_import.zip` into `dir`; returns their paths. */
export async function writeDemoArchives(options: DemoArchiveOptions): Promise<string[]> {
  const { dir, year, seed } = options;
  validateDemoOptions({ year, seed });
  const gen = createDemoGenerator(seed);
  const marker = demoMarkerText({ year, seed });
  const paths: Promise<string>[] = [];
  for (const flow of ['exports', 'imports'] as const) {
    const archive = { ...annualNames(year, flow), data: gen.flowRows(flow, year).bytes };
    paths.push(writeArchive(dir, archive, marker, archiveTime(year)));
    paths[paths.length - 1]!.catch(() => undefined); // awaited below
  }
  return Promise.all(paths);
}
