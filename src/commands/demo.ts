import path from 'node:path';
import { InvalidArgumentError, type Command } from 'commander';
import { UserError } from '../errors.js';
import { acceptedYears, DEMO_DEFAULT_SEED, resolveStorePath } from '../pipeline/settings.js';
import { addStoreOption, parseIntegerOption } from './common.js';
import { printImportReport } from './import.js';

export const DEFAULT_DEMO_DIR = path.join('data', 'demo');

export const DEMO_DEFAULT_YEARS = { from: 2019, to: 2024 } as const;
const MAX_YEARS = 30;

/** The years the import accepts (dgddi-format.ts), said once for every message. */
function importYears(): string {
  const { min, max } = acceptedYears();
  return `les années de ${min} à ${max} que l'import accepte`;
}

/**
 * Parses `2019-2024` or `2024` into consecutive years (French error otherwise), within the
 * years the import accepts: checked before anything is generated.
 */
export function parseYearRange(value: string): number[] {
  const { min, max } = acceptedYears();
  const m = /^(\d{4})(?:\s*[-–]\s*(\d{4}))?$/.exec(value.trim());
  const from = m ? Number(m[1]) : NaN;
  const to = m ? Number(m[2] ?? m[1]) : NaN;
  if (!m || from < min || to > max || from > to || to - from >= MAX_YEARS) {
    throw new InvalidArgumentError(
      `les années doivent être une année ou une période « début-fin » dans ${importYears()}, d'au plus ${MAX_YEARS} ans (reçu : « ${value} »)`,
    );
  }
  return Array.from({ length: to - from + 1 }, (_, i) => from + i);
}

/** --year: one year the import accepts. */
function parseDemoYear(value: string): number {
  const { min, max } = acceptedYears();
  if (!/^\d{4}$/.test(value) || Number(value) < min || Number(value) > max) {
    throw new InvalidArgumentError(`l'année doit être l'une des ${importYears()} (reçu : « ${value} »)`);
  }
  return Number(value);
}

interface DemoOptions {
  years?: number[];
  year?: number;
  seed: number;
  dir: string;
  store?: string;
}

export function registerDemoCommand(program: Command): void {
  addStoreOption(
    program
      .command('demo')
      .description(
        "génère un historique de données FICTIVES au format officiel DGDDI (deux ZIP annuels par année, plus d'un million de lignes chacune, et la « dernière publication » des cinq derniers trimestres ; totaux 2024 calés sur ceux publiés, autres années inventées) puis les importe",
      )
      .option(
        '--years <début-fin>',
        `années générées, plus la dernière publication qui suit (défaut : ${DEMO_DEFAULT_YEARS.from}-${DEMO_DEFAULT_YEARS.to})`,
        parseYearRange,
      )
      .option('--year <année>', 'une seule année (ses deux ZIP annuels, sans dernière publication)', parseDemoYear)
      .option(
        '--seed <n>',
        'graine du générateur (même graine → mêmes fichiers)',
        parseIntegerOption('graine', 0, 2 ** 31 - 1),
        DEMO_DEFAULT_SEED,
      )
      .option('--dir <dossier>', 'dossier où écrire les ZIP générés', DEFAULT_DEMO_DIR),
  )
    .addHelpText(
      'after',
      '\nExemples :\n  territrade demo\n  territrade demo --years 2022-2024\n  territrade demo --year 2023 --seed 7 --store /tmp/demo.duckdb\n',
    )
    .action(async (options: DemoOptions) => {
      if (options.years && options.year !== undefined) throw new UserError('donnez --years ou --year, pas les deux.');
      const latest = options.year === undefined;
      const years =
        options.year !== undefined
          ? [options.year]
          : (options.years ?? parseYearRange(`${DEMO_DEFAULT_YEARS.from}-${DEMO_DEFAULT_YEARS.to}`));
      const storePath = resolveStorePath(options.store);
      const lastYear = years[years.length - 1]!;
      if (latest && lastYear + 1 > acceptedYears().max) {
        throw new UserError(
          `la dernière publication qui suit ${lastYear} porterait sur ${lastYear + 1}, hors des ${importYears()} : finissez la période en ${lastYear - 1} au plus tard, ou générez cette seule année avec --year ${lastYear}.`,
        );
      }
      const { runDemo } = await import('../pipeline/demo.js');
      const out = (line: string) => process.stdout.write(`${line}\n`);
      const report = await runDemo({ dir: options.dir, years, seed: options.seed, latest, storePath, out });
      printImportReport(report, storePath);
    });
}
