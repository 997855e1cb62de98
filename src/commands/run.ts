import { Command, CommanderError } from 'commander';
import { UserError } from '../errors.js';
import { registerCommands } from './registry.js';

const FRENCH_HELP = {
  usage: 'Utilisation :',
};

/** Builds the program, parses argv and turns known errors into one French line and exit code 1. */
export async function runCli(program: Command, argv: string[]): Promise<void> {
  program
    .name('territrade')
    .description('Les indicateurs clés du commerce extérieur (données DGDDI) par département, région et pour la France')
    .helpOption('-h, --help', "affiche l'aide")
    .helpCommand('help [commande]', "affiche l'aide d'une commande")
    .configureHelp({ sortSubcommands: false })
    .configureOutput({
      writeErr: (s) => process.stderr.write(s.replace(/^Usage:/m, FRENCH_HELP.usage)),
      writeOut: (s) => process.stdout.write(s.replace(/^Usage:/m, FRENCH_HELP.usage)),
    })
    .exitOverride();
  registerCommands(program);
  try {
    await program.parseAsync(argv);
  } catch (err) {
    if (err instanceof CommanderError) {
      process.exitCode = err.exitCode;
      return;
    }
    if (err instanceof UserError) {
      process.stderr.write(`Erreur : ${err.message}\n`);
      process.exitCode = err.exitCode;
      return;
    }
    throw err;
  }
}
