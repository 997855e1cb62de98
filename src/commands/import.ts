import type { Command } from 'commander';
import type { ImportReport } from '../pipeline/import.js';
import { importSummary } from '../report/text/import-summary.js';
import { addStoreOption } from './common.js';
import { resolveStorePath } from '../pipeline/settings.js';

/** Prints an import's warnings (stderr) and closing lines (stdout). */
export function printImportReport(report: ImportReport, storePath: string): void {
  const { warnings, lines } = importSummary(report, storePath);
  for (const w of warnings) process.stderr.write(`${w}\n`);
  for (const line of lines) process.stdout.write(`${line}\n`);
}

export function registerImportCommand(program: Command): void {
  addStoreOption(
    program
      .command('import')
      .description(
        "importe des fichiers DGDDI (ZIP annuel, REGIONAL_CPF4PAYSE/I.txt, Region_AAAA_Export.txt, .gz), des fichiers de libellés ou la liste officielle des Territoires d'industrie (liste-ti-com2023-*.csv) ; tout ou rien",
      )
      .argument('<fichiers...>', 'fichiers à importer')
      .option(
        '--force-older',
        "remplace aussi les trimestres que la base tient d'une publication plus récente (par défaut ils sont gardés)",
      ),
  )
    .addHelpText(
      'after',
      '\nExemple :\n  territrade import ~/Téléchargements/Region_2024_Export.zip ~/Téléchargements/Region_2024_Import.zip\n',
    )
    .action(async (files: string[], options: { store?: string; forceOlder?: boolean }) => {
      const storePath = resolveStorePath(options.store);
      const { importIntoStore } = await import('../pipeline/import.js');
      const log = (line: string) => process.stdout.write(`${line}\n`);
      const report = await importIntoStore(storePath, files, log, { forceOlder: options.forceOlder ?? false });
      printImportReport(report, storePath);
    });
}
