// `territrade demo`: generates the fictional history step by step (a ZIP pair per year, then the
// latest publication) and imports each step into the store while the next one is generated.
import path from 'node:path';
import { formatCount } from '../format/fr.js';
import { withImportStore, type ImportReport } from './import.js';

export interface DemoRunOptions {
  /** Folder the generated ZIP files are written to. */
  dir: string;
  years: number[];
  seed: number;
  /** With the latest publication after the last year. */
  latest: boolean;
  storePath: string;
  /** What is generated and imported, step by step (stdout). */
  out: (line: string) => void;
}

/** Generates and imports the demo history; a store file this run created is removed if it fails. */
export async function runDemo(options: DemoRunOptions): Promise<ImportReport> {
  const { dir, years, seed, latest, out } = options;
  const [{ latestPeriod }, { writeDemoHistoryInWorker }, { runAhead }, { importFiles, emptyImportReport }] =
    await Promise.all([
      import('../demo/history-archive.js'),
      import('../demo/history-thread.js'),
      import('../demo/run-ahead.js'),
      import('../store/import/import-files.js'),
    ]);
  const first = years[0]!;
  const last = years[years.length - 1]!;
  const span = first === last ? `${first}` : `${first}–${last}`;
  const what = latest ? `${span} et dernière publication ${latestPeriod(last).label}` : span;
  out(`Génération et import des données fictives de démonstration ${what} (graine ${seed}) dans ${dir}…`);
  const report: ImportReport = emptyImportReport();
  await withImportStore(options.storePath, async (store) => {
    // The next step is generated, in a worker thread, while this one is imported.
    for await (const step of runAhead(writeDemoHistoryInWorker({ dir, years, seed, latest }))) {
      const imported = await importFiles(store, step.paths);
      report.files.push(...imported.files);
      report.rows += imported.rows;
      report.replacedRows += imported.replacedRows;
      report.replaced.push(...imported.replaced);
      report.kept.push(...imported.kept);
      report.warnings.push(...imported.warnings);
      report.demo ||= imported.demo;
      const names = step.paths.map((p) => path.basename(p)).join(', ');
      out(`  ${step.label} : ${names} (${formatCount(imported.rows, 'ligne')})`);
      if (step.latest) {
        out(
          `    elle remplace les trimestres T2 à T4 ${step.latest.replaces} des fichiers annuels, par les mêmes chiffres`,
        );
      }
    }
  });
  return report;
}
