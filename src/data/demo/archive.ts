// The demo year packaged like DGDDI's annual regional ZIPs: the main file, the four label files
// copied byte for byte from reference-data/, and a marker file by which the importer recognises
// fictional data. Fixed entry order and timestamps make the archives byte-identical per seed.
import { mkdir, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { zipSync, type Zippable } from 'fflate';
import { UserError } from '../../errors.js';
import { NBSP } from '../../format/fr.js';
import { readReferenceFile } from '../../reference/files.js';
import { generateDemoYear } from './year.js';
import { validateDemoOptions, type DemoYearOptions } from './generate.js';
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

/** The French text of the marker file. */
export function demoMarkerText({ year, seed }: DemoYearOptions): string {
  const ref = DEMO_TARGETS.referenceYear;
  return [
    'DONNÉES FICTIVES DE DÉMONSTRATION',
    '',
    'Ces fichiers ont été générés par territrade pour montrer l’outil. Ils suivent exactement le',
    'format des statistiques régionales du commerce extérieur de la DGDDI, mais leurs chiffres sont',
    `inventés${NBSP}: ce ne sont pas des données de la Direction générale des Douanes et Droits indirects.`,
    '',
    `Année${NBSP}: ${year}`,
    `Graine${NBSP}: ${seed}`,
    '',
    `Seuls les totaux de la France, de la région Auvergne-Rhône-Alpes et du département de la Loire`,
    `reprennent les totaux publiés pour ${ref}${year === ref ? '' : ` (réutilisés pour ${year})`}${NBSP}; tout le reste est fictif.`,
    '',
  ].join('\r\n');
}

/** ZIP timestamp: 1 January of the following year, clamped to the range ZIP can store. */
function archiveTime(year: number): Date {
  // Built in local time because ZIP stores local date fields: the bytes then do not depend on
  // the machine's time zone.
  return new Date(Math.min(2099, Math.max(1980, year + 1)), 0, 1);
}

/** Writes `DEMO_regional_<year>_export.zip` and `…_import.zip` into `dir`; returns their paths. */
export async function writeDemoArchives(options: DemoArchiveOptions): Promise<string[]> {
  const { dir, year, seed } = options;
  validateDemoOptions({ year, seed });
  const files = generateDemoYear({ year, seed });
  const labels = DEMO_LABEL_FILES.map((name) => [name, readReferenceFile(name)] as const);
  const marker = new TextEncoder().encode(demoMarkerText({ year, seed }));
  const mtime = archiveTime(year);

  try {
    await mkdir(dir, { recursive: true });
  } catch (err) {
    throw new UserError(`Impossible de créer le dossier ${dir}${NBSP}: ${(err as Error).message}`);
  }
  const paths: string[] = [];
  for (const [flow, suffix, main] of [
    ['export', 'Export', files.exports],
    ['import', 'Import', files.imports],
  ] as const) {
    const entries: Zippable = {};
    entries[`Region_${year}_${suffix}.txt`] = Buffer.from(main, 'latin1');
    for (const [name, bytes] of labels) entries[name] = bytes;
    entries[DEMO_MARKER_FILE] = marker;
    // Level 1: a few per cent larger than level 6 but clearly faster on the 22 MB main files.
    const zip = zipSync(entries, { level: 1, mtime });
    const path = join(dir, `DEMO_regional_${year}_${flow}.zip`);
    try {
      await writeFile(path, zip);
    } catch (err) {
      throw new UserError(`Impossible d’écrire l’archive de démonstration ${path}${NBSP}: ${(err as Error).message}`);
    }
    paths.push(path);
  }
  return paths;
}
