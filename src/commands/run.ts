import { type Command, CommanderError, Help, type Argument, type Option } from 'commander';
import { UserError, diskFullError, fileSystemError, isDiskFull } from '../errors.js';
import { registerCommands } from './registry.js';
import { curlyApostrophes } from '../format/fr.js';

/** Commander writes its help and errors in English: these rules put them in French. */
const FRENCH_OUTPUT: [RegExp, string][] = [
  [/^Usage:/gm, 'Utilisation :'],
  [/^Options:/gm, 'Options :'],
  [/^Commands:/gm, 'Commandes :'],
  [/^Arguments:/gm, 'Arguments :'],
  [/^error: unknown command '([^']*)'/gm, 'Erreur : commande inconnue « $1 » (voir territrade --help)'],
  [/^error: unknown option '([^']*)'/gm, 'Erreur : option inconnue « $1 »'],
  [/^error: missing required argument '([^']*)'/gm, 'Erreur : argument obligatoire manquant « $1 »'],
  [
    /^error: too many arguments for '([^']*)'\. Expected (\d+) arguments? but got (\d+)\./gm,
    "Erreur : trop d'arguments pour « $1 » ($2 attendu(s), $3 reçu(s))",
  ],
  [/^error: too many arguments.*$/gm, "Erreur : trop d'arguments"],
  [/^error: option '([^']*)' argument missing/gm, "Erreur : l'option « $1 » attend une valeur"],
  [
    /^error: option '([^']*)' argument '([^']*)' is invalid\. /gm,
    "Erreur : valeur « $2 » invalide pour l'option « $1 » : ",
  ],
  [
    /^error: command-argument value '([^']*)' is invalid for argument '([^']*)'\. /gm,
    'Erreur : valeur « $1 » invalide pour « $2 » : ',
  ],
  [/\(Did you mean ([^?]*)\?\)/g, '(vouliez-vous dire $1 ?)'],
  [/^error: /gm, 'Erreur : '],
];

/** Commander's output in French, with typographic apostrophes (« l’aide », not « l'aide »). */
export function frenchCommanderText(text: string): string {
  return curlyApostrophes(FRENCH_OUTPUT.reduce((s, [re, by]) => s.replace(re, by), text));
}

/** Option and argument details ("default: …") in French, before commander wraps the lines. */
function frenchDetails(text: string): string {
  return text.replace(
    /\((default|choices|preset|env): /g,
    (_m, what: string) =>
      `(${{ default: 'défaut', choices: 'valeurs', preset: 'valeur implicite', env: 'variable' }[what]} : `,
  );
}

const FRENCH_HELP = {
  optionDescription: (option: Option) => frenchDetails(Help.prototype.optionDescription.call(new Help(), option)),
  argumentDescription: (argument: Argument) =>
    frenchDetails(Help.prototype.argumentDescription.call(new Help(), argument)),
};

/**
 * A reader that went away (`territrade figures france --json | head -1`) is not an error: the
 * command stops quietly, as Unix tools do, instead of dying on an unhandled `write EPIPE`.
 * Any cleanup registered on process 'exit' (build's temporary folder) still runs.
 */
export function endQuietlyOnClosedPipe(): void {
  const onError = (err: NodeJS.ErrnoException) => {
    if (err.code === 'EPIPE' || err.code === 'ERR_STREAM_DESTROYED') process.exit(Number(process.exitCode ?? 0));
    throw err;
  };
  process.stdout.on('error', onError);
  process.stderr.on('error', onError);
}

/** Builds the program, parses argv and turns known errors into one French line and exit code 1. */
export async function runCli(program: Command, argv: string[]): Promise<void> {
  endQuietlyOnClosedPipe();
  program
    .name('territrade')
    .description('Les indicateurs clés du commerce extérieur (données DGDDI) par département, région et pour la France')
    .helpOption('-h, --help', "affiche l'aide")
    .helpCommand('help [commande]', "affiche l'aide d'une commande")
    .showSuggestionAfterError(true)
    .configureHelp(FRENCH_HELP)
    .configureOutput({
      writeErr: (s) => process.stderr.write(frenchCommanderText(s)),
      writeOut: (s) => process.stdout.write(frenchCommanderText(s)),
    })
    .exitOverride();
  registerCommands(program);
  for (const command of program.commands) {
    command.helpOption('-h, --help', "affiche l'aide de la commande");
    command.exitOverride();
  }
  try {
    await program.parseAsync(argv);
  } catch (err) {
    if (err instanceof CommanderError) {
      process.exitCode = err.exitCode;
      return;
    }
    // A full disk is the environment, not a bug: one French sentence, wherever it happened.
    const known = err instanceof UserError ? err : isDiskFull(err) ? diskFullError(err) : fileSystemError(err);
    if (known) {
      process.stderr.write(`Erreur : ${known.message}\n`);
      process.exitCode = known.exitCode;
      return;
    }
    throw err;
  }
}
