import type { Command } from 'commander';
import { addStoreOption } from './common.js';
import { resolveStorePath } from '../pipeline/settings.js';

export function registerStatusCommand(program: Command): void {
  addStoreOption(
    program
      .command('status')
      .description(
        'décrit le contenu de la base : années, trimestres, flux, lignes, fichiers sources, démo ou officiel',
      ),
  )
    .addHelpText('after', '\nExemple :\n  territrade status\n')
    .action(async (options: { store?: string }) => {
      const [{ storeStatus }, { storeStatusText }] = await Promise.all([
        import('../pipeline/status.js'),
        import('../report/text/store-status.js'),
      ]);
      const status = await storeStatus(resolveStorePath(options.store));
      process.stdout.write(`${storeStatusText(status)}\n`);
    });
}
