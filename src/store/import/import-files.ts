// `territrade import`: DGDDI files → store, in one transaction. Each kind of input has its own
// module under import/: trade files (checked while DuckDB loads them), their line-numbered
// messages after a refusal, label and Territoires d'industrie files, and the sources
// bookkeeping. Nothing is written unless every file is valid.
import path from 'node:path';
import { UserError } from '../../errors.js';
import { formatCount } from '../../format/fr.js';
import { acceptedYears, FLOW_NAMES, type Flow, type YearRange } from '../../dgddi/format.js';
import { importLabelFile, importTerritoiresFile } from './reference-files.js';
import { dropEmptySources, insertSource, nextSourceId, unknownCodeWarnings } from './sources.js';
import { replaceQuarters, type QuarterChange } from './replace-quarters.js';
import { formatIssues, scanTradeFile, withLfEnds, type FileIssues } from './trade-messages.js';
import { groupParts, loadTradeFile, type Loaded, type LoadFailure, type StagePart } from './trade.js';
import { clearWorkDir } from './work-dir.js';
import { expandInputs, type ExpandedInputs, type InputFile } from '../../dgddi/input-files.js';
import { ensureSeeded } from '../seed.js';
import type { Store } from '../store.js';
import { addSourceTotals } from '../totals.js';
import { cubeOverflow, refreshYearCube } from '../year-cube.js';
import { DEFAULT_LIMITS, quoteName, type UnpackLimits } from '../../dgddi/unpack.js';

export interface ImportedFile {
  path: string;
  kind: 'trade' | 'labels' | 'territoires' | 'demo-marker';
  year?: number;
  flow?: Flow;
  quarters?: number[];
  rows?: number;
}

export interface ImportReport {
  files: ImportedFile[];
  /** Trade rows written. */
  rows: number;
  /** Rows of earlier imports replaced by this one (same year, flow and quarter). */
  replacedRows: number;
  /** Quarters whose rows of an earlier import this one replaced. */
  replaced: QuarterChange[];
  /** Quarters this import did not bring, a newer publication in the store holding them. */
  kept: QuarterChange[];
  warnings: string[];
  demo: boolean;
}

export interface ImportOptions {
  log?: (line: string) => void;
  /** How many line errors the message lists (the total is always given). */
  maxErrors?: number;
  /** Size limits of unpacking (default: 2 Gio per archive). */
  limits?: UnpackLimits;
  /** Replace quarters even when the store holds them from a newer publication. */
  forceOlder?: boolean;
}

export function emptyImportReport(): ImportReport {
  return { files: [], rows: 0, replacedRows: 0, replaced: [], kept: [], warnings: [], demo: false };
}

/** Raised inside the import transaction when a trade file is invalid (so that it rolls back). */
class InvalidTradeData extends Error {
  constructor(
    readonly file: InputFile,
    readonly load: LoadFailure,
  ) {
    super(load.failure);
  }
}

export async function importFiles(store: Store, paths: string[], options: ImportOptions = {}): Promise<ImportReport> {
  if (paths.length === 0) throw new UserError('aucun fichier à importer.');
  const maxErrors = options.maxErrors ?? 10;
  const years = acceptedYears();
  // The store is open for writing, so no other import of it runs: leftovers are stale.
  const workDir = clearWorkDir(store.path);
  const inputs = await expandInputs(paths, workDir, options.limits ?? DEFAULT_LIMITS);
  // Rows need no order in the store: let DuckDB load with both cores.
  await store.run('SET preserve_insertion_order = false');
  try {
    for (let attempt = 0; ; attempt++) {
      try {
        return await importTransaction(store, paths, inputs, years, options);
      } catch (err) {
        if (!(err instanceof InvalidTradeData)) throw err;
        // The transaction is rolled back; now say precisely what is wrong, line by line.
        const scans = [];
        for (const file of inputs.files.filter((f) => f.role.kind === 'trade')) {
          scans.push(await scanTradeFile(file, years, maxErrors, file === err.file ? err.load.duplicates : undefined));
        }
        const found: FileIssues[] = scans.filter((s) => s.count > 0);
        const mixed = scans.filter((s) => s.mixedEnds && !s.file.csvPath);
        if (found.length === 0 && mixed.length > 0 && attempt === 0) {
          // Valid lines, but CRLF and LF mixed, which DuckDB's reader refuses: read LF copies.
          for (const [i, { file }] of mixed.entries()) {
            file.csvPath = path.join(workDir, `lf-${i}.txt`);
            await withLfEnds(file.diskPath, file.csvPath);
          }
          continue;
        }
        if (found.length === 0)
          throw new UserError(
            `import refusé ; rien n'a été importé, la base est inchangée. ${err.file.displayName} : fichier illisible (${err.load.failure}).`,
          );
        throw new UserError(formatIssues(found, maxErrors));
      }
    }
  } finally {
    inputs.cleanup();
  }
}

/** The label files and the official list of Territoires d'industrie among the inputs. */
async function importReferenceFiles(
  store: Store,
  inputs: ExpandedInputs,
  report: ImportReport,
  log: (line: string) => void,
): Promise<void> {
  for (const file of inputs.files) {
    const role = file.role;
    if (role.kind !== 'labels' || role.labelKind === 'departement_region') continue;
    const rows = await importLabelFile(store, file);
    report.files.push({ path: file.displayName, kind: 'labels', rows });
    log(`Libellés : ${file.displayName} (${formatCount(rows, 'code')})`);
  }

  for (const file of inputs.files.filter((f) => f.role.kind === 'territoires')) {
    const rows = await importTerritoiresFile(store, file);
    report.files.push({ path: file.displayName, kind: 'territoires', rows });
    log(`Territoires d'industrie : liste officielle ${file.displayName} (${formatCount(rows, 'territoire')})`);
  }
}

/**
 * Records which file brings each quarter of each flow: inside one archive no entry may silently
 * hide another (refused); across files, replace-quarters.ts decides and the report says.
 */
function checkCoverage(file: InputFile, parts: Loaded['parts'], covered: Map<string, InputFile>): void {
  for (const { year, flow, quarter } of parts) {
    const earlier = covered.get(`${year}|${flow}|${quarter}`);
    if (earlier && file.archive !== null && earlier.group === file.group) {
      const name = (f: InputFile) => quoteName(f.displayName.slice(f.archive!.length + 1));
      throw new UserError(
        `import refusé ; rien n'a été importé, la base est inchangée. ${file.archive} : les entrées ${name(earlier)} et ${name(file)} portent toutes deux les ${FLOW_NAMES[flow]} du trimestre ${quarter} ${year} ; l'archive est ambiguë.`,
      );
    }
    covered.set(`${year}|${flow}|${quarter}`, file);
  }
}

async function importTransaction(
  store: Store,
  paths: string[],
  inputs: ExpandedInputs,
  years: YearRange,
  options: ImportOptions,
): Promise<ImportReport> {
  const log = options.log ?? (() => {});
  return store.transaction(async () => {
    await ensureSeeded(store);
    const report: ImportReport = emptyImportReport();
    const importedAt = new Date().toISOString();
    const demoGroups = new Set(inputs.files.filter((f) => f.role.kind === 'demo-marker').map((f) => f.group));

    // Labels first, so that the unknown-code warnings see them.
    await importReferenceFiles(store, inputs, report, log);

    const covered = new Map<string, InputFile>(); // year|flow|quarter → file that brought it
    const loadedFiles: Loaded[] = [];
    const cubeFiles: { name: string; parts: Loaded['parts'] }[] = []; // named if year_cube overflows
    let nextId = await nextSourceId(store);
    for (const file of inputs.files.filter((f) => f.role.kind === 'trade')) {
      const id = nextId++;
      const loaded = await loadTradeFile(store, file, id, years, options.maxErrors ?? 10);
      if ('failure' in loaded) throw new InvalidTradeData(file, loaded);
      await addSourceTotals(store, id);
      // Demo by its marker file, or by the watermark in its rows (whatever the file is called).
      const demo = demoGroups.has(file.group) || loaded.watermarked;
      checkCoverage(file, loaded.parts, covered);
      const replacement = await replaceQuarters(store, loaded.parts, id, options.forceOlder ?? false);
      report.replacedRows += replacement.replacedRows;
      report.replaced.push(...replacement.replaced);
      report.kept.push(...replacement.kept);
      // The source keeps every quarter of the file: its last one ranks it as a publication.
      await insertSource(store, id, file, loaded, demo, importedAt);
      loadedFiles.push(loaded);
      cubeFiles.push({ name: file.displayName, parts: loaded.parts });
      const rows = loaded.rows - replacement.keptRows;
      report.rows += rows;
      // Demo only for rows that went in: a file whose quarters were all kept out changed nothing.
      report.demo ||= demo && rows > 0;
      const isKept = (p: StagePart) =>
        replacement.kept.some((k) => k.year === p.year && k.flow === p.flow && k.quarter === p.quarter);
      for (const p of groupParts(loaded.parts.filter((p) => !isKept(p)))) {
        report.files.push({
          path: file.displayName,
          kind: 'trade',
          year: p.year,
          flow: p.flow,
          quarters: p.quarters,
          rows: p.rows,
        });
      }
      log(
        `Données : ${file.displayName} (${formatCount(rows, 'ligne')}${demo ? ', données fictives de démonstration' : ''})`,
      );
    }
    for (const f of inputs.files.filter((f) => f.role.kind === 'demo-marker'))
      report.files.push({ path: f.displayName, kind: 'demo-marker' });
    if (loadedFiles.length === 0 && report.files.every((f) => f.kind === 'demo-marker')) {
      throw new UserError(`aucun fichier de données reconnu parmi : ${paths.join(', ')}.`);
    }
    await dropEmptySources(store);
    // Every flow × year a file brought (or replaced quarters of) is summed anew.
    await refreshYearCube(
      store,
      loadedFiles.flatMap((l) => l.parts),
    ).catch((err: unknown) => Promise.reject(cubeOverflow(err, cubeFiles)));
    if (loadedFiles.length) report.warnings.push(...(await unknownCodeWarnings(store, loadedFiles)));
    return report;
  });
}

/** Which list of Territoires d'industrie the store holds. */
export async function territoiresListKind(store: Store): Promise<'default' | 'official'> {
  return (await store.metaValue('ti_list')) === 'official' ? 'official' : 'default';
}
