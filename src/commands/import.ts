import fs from 'node:fs';
import type { Command } from 'commander';
import type { ImportReport } from '../store/import/import-files.js';
import type { Store } from '../store/store.js';
import { resolveStorePath } from '../store/store-path.js';
import { formatCount } from '../format/fr.js';
import { addStoreOption } from './common.js';

/** Runs `fn` on the store opened for writing; a store file this run created is removed again if `fn` fails. */
export async function withImportStore<T>(storePath: string, fn: (store: Store) => Promise<T>): Promise<T> {
  // DuckDB loads when a store is opened, not when the program starts.
  const { Store } = await import('../store/store.js');
  const store = await Store.open(storePath);
  let ok = false;
  try {
    const result = await fn(store);
    ok = true;
    return result;
  } finally {
    store.close();
    if (!ok && store.created) {
      for (const f of [storePath, `${storePath}.wal`]) fs.rmSync(f, { force: true });
    }
  }
}

/** Imports into the store; a store file created by a failed import is removed again. */
export async function importIntoStore(
  storePath: string,
  files: string[],
  log: (line: string) => void,
): Promise<ImportReport> {
  const { importFiles } = await import('../store/import/import-files.js');
  return withImportStore(storePath, (store) => importFiles(store, files, { log }));
}

export function printImportReport(report: ImportReport, storePath: string): void {
  for (const w of report.warnings) process.stderr.write(`Attention : ${w}\n`);
  const replaced = report.replacedRows
    ? ` (${formatCount(report.replacedRows, "ligne d'un import antérieur remplacée", "lignes d'un import antérieur remplacées")})`
    : '';
  process.stdout.write(`Import terminé : ${formatCount(report.rows, 'ligne')}${replaced} dans ${storePath}.\n`);
  if (report.demo)
    process.stdout.write('Ces données sont fictives (démonstration) : toutes les sorties le signaleront.\n');
}

export function registerImportCommand(program: Command): void {
  addStoreOption(
    program
      .command('import')
      .description(
        "importe des fichiers DGDDI (ZIP annuel, REGIONAL_CPF4PAYSE/I.txt, Region_AAAA_Export.txt, .gz), des fichiers de libellés ou la liste officielle des Territoires d'industrie (liste-ti-com2023-*.csv) ; tout ou rien",
      )
      .argument('<fichiers...>', 'fichiers à importer'),
  )
    .addHelpText(
      'after',
      '\nExemple :\n  territrade import ~/Téléchargements/Region_2024_Export.zip ~/Téléchargements/Region_2024_Import.zip\n',
    )
    .action(async (files: string[], options: { store?: string }) => {
      const storePath = resolveStorePath(options.store);
      const report = await importIntoStore(storePath, files, (line) => process.stdout.write(`${line}\n`));
      printImportReport(report, storePath);
    });
}
