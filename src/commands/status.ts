import type { Command } from 'commander';
import { resolveStorePath } from '../store/store-path.js';
import { formatCount } from '../format/fr.js';
import { addStoreOption } from './common.js';

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
      const storePath = resolveStorePath(options.store);
      const [
        { sources, storedTerritoires, storedYears, yearInfo },
        { withStore },
        { sourceCoverage, storedQuarters },
        { sourceStatusLine },
      ] = await Promise.all([
        import('../store/queries.js'),
        import('../store/store.js'),
        import('../store/source-coverage.js'),
        import('../report/text/source-status.js'),
      ]);
      const text = await withStore(
        storePath,
        async (store) => {
          const lines = [`Base : ${storePath}`];
          const years = await storedYears(store);
          if (years.length === 0)
            lines.push('Aucune donnée : lancez « territrade demo » ou « territrade import FICHIER… ».');
          for (const year of years) {
            const info = await yearInfo(store, year);
            const q = (f: 'E' | 'I') =>
              info.quarters[f].length ? info.quarters[f].map((n) => `T${n}`).join(' ') : 'aucun';
            lines.push(
              `${year}${info.partial ? ' (année partielle)' : ''} — ${formatCount(info.rows, 'ligne')} — ${info.demo ? 'DONNÉES FICTIVES DE DÉMONSTRATION' : 'données officielles DGDDI'}`,
              `  exportations : ${q('E')} ; importations : ${q('I')}`,
            );
          }
          const files = await sources(store);
          if (files.length) {
            lines.push('Fichiers sources :');
            const coverage = sourceCoverage(files, await storedQuarters(store));
            const nameOf = (id: number) => files.find((f) => f.id === id)?.fileName ?? `fichier ${id}`;
            for (const s of files) lines.push(sourceStatusLine(s, coverage.get(s.id), nameOf));
          }
          const ti = await storedTerritoires(store);
          lines.push(
            `Territoires d'industrie : ${formatCount(ti.list.length, 'territoire')}, ${ti.kind === 'official' ? `liste officielle ANCT importée (${ti.source})` : `liste de l'ANCT fournie avec territrade (${ti.source})`}`,
          );
          return lines.join('\n');
        },
        { readOnly: true },
      );
      process.stdout.write(`${text}\n`);
    });
}
