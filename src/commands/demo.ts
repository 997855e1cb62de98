import path from 'node:path';
import type { Command } from 'commander';
import { writeDemoArchives } from '../data/demo/archive.js';
import { DEMO_DEFAULT_SEED } from '../data/demo/targets.js';
import { resolveStorePath } from '../data/store.js';
import { addStoreOption, parseIntegerOption } from './common.js';
import { importIntoStore, printImportReport } from './import.js';

export const DEFAULT_DEMO_DIR = path.join('data', 'demo');

export function registerDemoCommand(program: Command): void {
  addStoreOption(
    program
      .command('demo')
      .description(
        "génère une année de données FICTIVES au format officiel DGDDI (deux ZIP annuels, plus d'un million de lignes, totaux calés sur ceux publiés pour 2024) puis les importe",
      )
      .option('--year <année>', 'année des données générées', parseIntegerOption('année', 1990, 2100), 2024)
      .option('--seed <n>', 'graine du générateur (même graine → mêmes fichiers)', parseIntegerOption('graine', 0, 2 ** 31 - 1), DEMO_DEFAULT_SEED)
      .option('--dir <dossier>', 'dossier où écrire les ZIP générés', DEFAULT_DEMO_DIR),
  )
    .addHelpText('after', '\nExemples :\n  territrade demo\n  territrade demo --year 2023 --seed 7 --store /tmp/demo.duckdb\n')
    .action(async (options: { year: number; seed: number; dir: string; store?: string }) => {
      const storePath = resolveStorePath(options.store);
      process.stdout.write(`Génération des données fictives de démonstration ${options.year} (graine ${options.seed})…\n`);
      const files = await writeDemoArchives({ dir: options.dir, year: options.year, seed: options.seed });
      for (const f of files) process.stdout.write(`  ${f}\n`);
      process.stdout.write('Import…\n');
      const report = await importIntoStore(storePath, files, (line) => process.stdout.write(`  ${line}\n`));
      printImportReport(report, storePath);
    });
}
