import type { Command } from 'commander';
import { formatCount } from '../format/fr.js';
import type { ImportReport } from '../pipeline/import.js';
import { addStoreOption } from './common.js';
import { resolveStorePath } from '../pipeline/settings.js';

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
      const { importIntoStore } = await import('../pipeline/import.js');
      const report = await importIntoStore(storePath, files, (line) => process.stdout.write(`${line}\n`));
      printImportReport(report, storePath);
    });
}
