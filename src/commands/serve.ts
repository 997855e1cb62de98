import type { Command } from 'commander';
import { parseIntegerOption } from './common.js';

export const DEFAULT_SERVE_PORT = 8080;
export const DEFAULT_SITE_DIR = 'out';

export function registerServeCommand(program: Command): void {
  program
    .command('serve')
    .description('sert le site construit (index et fiches) en local, en lecture seule, sur 127.0.0.1')
    .option('--port <port>', 'port d’écoute', parseIntegerOption('port', 0, 65535), DEFAULT_SERVE_PORT)
    .option('--dir <dossier>', 'dossier du site construit', DEFAULT_SITE_DIR)
    .addHelpText(
      'after',
      '\nLe site n’est accessible que depuis cette machine. Ctrl-C arrête le serveur.\n\nExemples :\n  territrade build && territrade serve\n  territrade serve --port 3000 --dir /tmp/site\n',
    )
    .action(async (options: { port: number; dir: string }) => {
      const { startSiteServer } = await import('../serve/server.js');
      const site = await startSiteServer(options.dir, options.port);
      process.stdout.write(
        `Site servi depuis ${site.root}\nOuvrez ${site.url} dans un navigateur (Ctrl-C pour arrêter).\n`,
      );
      await new Promise<void>((resolve) => {
        const stop = () => {
          process.off('SIGINT', stop);
          process.off('SIGTERM', stop);
          process.stdout.write('\nServeur arrêté.\n');
          void site.close().then(resolve);
        };
        process.on('SIGINT', stop);
        process.on('SIGTERM', stop);
      });
    });
}
