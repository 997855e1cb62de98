import type { Command } from 'commander';
import { registerBuildCommand } from './build.js';
import { registerCompareCommand } from './compare.js';
import { registerExportCommand } from './export.js';
import { registerFetchCommand } from './fetch.js';
import { registerDemoCommand } from './demo.js';
import { registerFiguresCommand } from './figures.js';
import { registerImportCommand } from './import.js';
import { registerRankCommand } from './rank.js';
import { registerStatusCommand } from './status.js';
import { registerServeCommand } from './serve.js';
import { registerTerritoiresCommand } from './territoires.js';

/** Each sub-command lives in its own module under src/commands and is registered here. */
export function registerCommands(program: Command): void {
  registerImportCommand(program);
  registerDemoCommand(program);
  registerStatusCommand(program);
  registerFiguresCommand(program);
  registerTerritoiresCommand(program);
  registerCompareCommand(program);
  registerRankCommand(program);
  registerFetchCommand(program);
  registerBuildCommand(program);
  registerExportCommand(program);
  registerServeCommand(program);
}
