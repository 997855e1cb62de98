import { InvalidArgumentError, type Command } from 'commander';

/** Adds the shared `--store PATH` option. */
export function addStoreOption(command: Command): Command {
  return command.option('--store <chemin>', 'base DuckDB à utiliser (défaut : $TERRITRADE_STORE ou data/territrade.duckdb)');
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
