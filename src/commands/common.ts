import { InvalidArgumentError, type Command } from 'commander';

/** Adds the shared `--store PATH` option. */
export function addStoreOption(command: Command): Command {
  return command.option(
    '--store <chemin>',
    'base DuckDB à utiliser (défaut : $TERRITRADE_STORE ou data/territrade.duckdb)',
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

/** A partner country code as the customs write it: two letters or digits, upper-cased ('cn' → 'CN'). */
export function parsePartnerOption(value: string): string {
  if (!/^[A-Za-z0-9]{2}$/.test(value)) {
    throw new InvalidArgumentError(
      `le code pays doit compter deux lettres, comme dans les fichiers des douanes (ex. CN, DE, US) (reçu : « ${value} »)`,
    );
  }
  return value.toUpperCase();
}
