import path from 'node:path';
import { InvalidArgumentError, type Command } from 'commander';
import type { ExportFormat } from '../pipeline/export.js';
import { exportSummary } from '../report/text/export-summary.js';
import { addConfigOption, addStoreOption } from './common.js';
import { resolveStorePath } from '../pipeline/settings.js';

const DEFAULT_EXPORT_DIR = 'export';

/** '2024', '2022,2024' or '2019-2024' → the years, with a French error otherwise. */
export function parseYears(value: string): number[] {
  const years: number[] = [];
  for (const part of value.split(',').map((p) => p.trim())) {
    const m = /^(\d{4})(?:-(\d{4}))?$/.exec(part);
    const from = Number(m?.[1]);
    const to = m?.[2] === undefined ? from : Number(m[2]);
    if (!m || to < from || from < 1990 || to > 2100) {
      throw new InvalidArgumentError(
        `années attendues sous la forme 2024, 2022,2024 ou 2019-2024 (reçu : « ${value} »)`,
      );
    }
    for (let y = from; y <= to; y++) years.push(y);
  }
  return years;
}

const FORMATS: readonly ExportFormat[] = ['parquet', 'csv', 'csv-excel', 'xlsx'];

function parseFormat(value: string): ExportFormat {
  const format = FORMATS.find((f) => f === value);
  if (!format) throw new InvalidArgumentError(`format ${FORMATS.join(', ')} attendu (reçu : « ${value} »)`);
  return format;
}

export function registerExportCommand(program: Command): void {
  addConfigOption(
    addStoreOption(
      program
        .command('export')
        .description(
          'exporte les lignes de la base avec leurs libellés et tous les indicateurs, en Parquet ou CSV, pour les analyser ailleurs',
        )
        .option(
          '--format <format>',
          'parquet, csv (virgule, point décimal), csv-excel (Excel en français : BOM, « ; », virgule décimale) ou xlsx (indicateurs en classeur Excel, échanges en csv-excel)',
          parseFormat,
          'parquet' as ExportFormat,
        )
        .option('--out <dossier>', "dossier de sortie, remplacé en entier à la fin de l'export", DEFAULT_EXPORT_DIR)
        .option(
          '--years <années>',
          'années à exporter : 2024, 2022,2024 ou 2019-2024 (défaut : toutes celles de la base)',
          parseYears,
        ),
    ),
  )
    .addHelpText(
      'after',
      '\nExemples :\n  territrade export\n  territrade export --format csv --out analyses --years 2023-2024\n  territrade export --format csv-excel --years 2024\n  territrade export --format xlsx --years 2024\n',
    )
    .action(
      async (options: { store?: string; format: ExportFormat; out: string; years?: number[]; config?: string }) => {
        // The settings are read as `build` reads them, and a malformed file stops the export before anything is read.
        const publication = (await import('../pipeline/config-file.js')).loadPublication(options.config);
        const outDir = path.normalize(options.out);
        const { runExport } = await import('../pipeline/export.js');
        const report = await runExport({
          storePath: resolveStorePath(options.store),
          outDir,
          format: options.format,
          years: options.years,
          publication,
        });
        const lines = exportSummary(report, outDir, options.format);
        process.stdout.write(`${lines.join('\n')}\n`);
      },
    );
}
