import { InvalidArgumentError, type Command } from 'commander';
import { plainSpaces } from '../format/fr.js';
import { visibleText } from '../format/visible-text.js';
import type { DirectionKey } from '../model/direction.js';
import { partnerCode, partnerSuggestions } from '../reference/countries.js';
import type { StoreOpening } from '../pipeline/store-opening.js';

/** Adds the shared `--store PATH` option. */
export function addStoreOption(command: Command): Command {
  return command.option(
    '--store <chemin>',
    'base DuckDB à utiliser (défaut : $TERRITRADE_STORE ou data/territrade.duckdb)',
  );
}

/** Adds the shared `--config FICHIER` option (the publisher's settings file). */
export function addConfigOption(command: Command): Command {
  return command.option(
    '--config <fichier>',
    'fichier de réglages de l’éditeur : nom, logo, contact, liens, introduction, titre, adresse du site (défaut : territrade.config.json du dossier courant, s’il existe ; voir docs/configuration.md)',
  );
}

/** Parses a positive integer option with a French error. */
export function parseIntegerOption(name: string, min: number, max: number) {
  return (value: string): number => {
    const n = Number(value);
    if (!/^\d+$/.test(value) || n < min || n > max) {
      throw new InvalidArgumentError(`${name} doit être un entier entre ${min} et ${max} (reçu : « ${value} »)`);
    }
    return n;
  };
}

/**
 * A partner country: a customs code ('cn' → 'CN') or a French name ('Chine'); an unknown one is
 * refused with the closest known codes ('UK' → « Royaume-Uni (GB) »).
 */
export function parsePartnerOption(value: string): string {
  const code = partnerCode(value);
  if (code !== null) return code;
  const close = partnerSuggestions(value);
  throw new InvalidArgumentError(
    `pays inconnu « ${visibleText(value, 40)} » : ni un code pays des douanes (ex. CN, DE, US) ni un nom de pays${
      close.length ? `. Vouliez-vous dire : ${close.join(', ')} ?` : ''
    }`,
  );
}

/** A flow: 'exports' or 'imports', also in French ('importations') or as the customs letter ('I'). */
export function parseFlowOption(value: string): DirectionKey {
  const v = value.trim().toLowerCase();
  if (['exports', 'export', 'exportations', 'e'].includes(v)) return 'exports';
  if (['imports', 'import', 'importations', 'i'].includes(v)) return 'imports';
  throw new InvalidArgumentError(`flux inconnu « ${visibleText(value, 40)} » : exports ou imports`);
}

/** Repeatable `--partner`, each value one code or several separated by commas ('CN,DE'); no repeats. */
export function parsePartnerList(value: string, previous: string[] = []): string[] {
  const codes = value
    .split(',')
    .map((v) => v.trim())
    .filter((v) => v !== '')
    .map(parsePartnerOption);
  return [...new Set([...previous, ...codes])];
}

/**
 * --year, --last-quarters and --compare-to, in that order: the period of figures, compare and rank
 * (`lastQuarters` words the second one, figures saying that a window may span two years).
 */
export function addPeriodOptions(
  command: Command,
  lastQuarters = 'les n derniers trimestres de la base (au lieu de --year)',
): Command {
  return command
    .option('--year <année>', 'année (défaut : la plus récente de la base)', parseIntegerOption('année', 1990, 2100))
    .option('--last-quarters <n>', lastQuarters, parseIntegerOption('--last-quarters', 1, 40))
    .option(
      '--compare-to <année>',
      "mesure les évolutions depuis cette année (mêmes trimestres) plutôt que depuis l'année précédente",
      parseIntegerOption('--compare-to', 1990, 2100),
    );
}

/**
 * A notice writer that says each sentence once (a Territoire d'industrie's départements, a
 * comparison's territories read the same period), as « Note : … » on standard error, so that
 * --json output stays parseable.
 */
export function noteOnce(): (notice: string) => void {
  const said = new Set<string>();
  return (notice) => {
    if (said.has(notice)) return;
    said.add(notice);
    process.stderr.write(`${plainSpaces(`Note : ${notice}`)}\n`);
  };
}

/**
 * The read-only store of --store (or the default one), its opening started now, before the modules
 * that read it are loaded (pipeline/store-opening.ts); the caller releases it.
 */
export async function openingStore(store: string | undefined): Promise<StoreOpening> {
  return (await import('../pipeline/store-opening.js')).openingStore(store);
}
