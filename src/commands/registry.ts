import type { Command } from 'commander';

/** Each sub-command lives in its own module under src/commands and is registered here. */
export function registerCommands(program: Command): void {
  void program;
}
