// `territrade import`: DGDDI files → store, in one transaction. Each kind of input has its own
// module under import/: trade files (checked while DuckDB loads them), their line-numbered
// messages after a refusal, label and Territoires d'industrie files, and the sources
// bookkeeping. Nothing is written unless every file is valid.
import { UserError } from '../errors.js';
import { formatNumber } from '../format/fr.js';
import { FLOW_NAMES, type Flow } from './dgddi-format.js';
import { importLabelFile, importTerritoiresFile } from './import/reference-files.js';
import { dropEmptySources, insertSource, nextSourceId, replaceQuarters, unknownCodeWarnings } from './import/sources.js';
import { describeInvalidTrade } from './import/trade-messages.js';
import { groupParts, loadTradeFile } from './import/trade.js';
import { expandInputs } from './input-files.js';
import { ensureSeeded } from './seed.js';
import type { Store } from './store.js';

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
  warnings: string[];
  demo: boolean;
}

export interface ImportOptions {
  log?: (line: string) => void;
  /** How many line errors the message lists (the total is always given). */
  maxErrors?: number;
}

/** Raised inside the import transaction when a trade file is invalid (so that it rolls back). */
class InvalidTradeData extends Error {
  constructor(readonly detail: string) {
    super(detail);
  }
}

export async function importFiles(store: Store, paths: string[], options: ImportOptions = {}): Promise<ImportReport> {
  if (paths.length === 0) throw new UserError('aucun fichier à importer.');
  const log = options.log ?? (() => {});
  const maxErrors = options.maxErrors ?? 10;
  const inputs = expandInputs(paths);
  // Rows need no order in the store: let DuckDB load with both cores.
  await store.run('SET preserve_insertion_order = false');
  try {
    return await store.transaction(async () => {
      await ensureSeeded(store);
      const report: ImportReport = { files: [], rows: 0, replacedRows: 0, warnings: [], demo: false };
      const importedAt = new Date().toISOString();
      const demoGroups = new Set(inputs.files.filter((f) => f.role.kind === 'demo-marker').map((f) => f.group));

      // Labels first, so that the unknown-code warnings see them.
      for (const file of inputs.files) {
        const role = file.role;
        if (role.kind !== 'labels' || role.labelKind === 'departement_region') continue;
        const rows = await importLabelFile(store, file);
        report.files.push({ path: file.displayName, kind: 'labels', rows });
        log(`Libellés : ${file.displayName} (${formatNumber(rows)} codes)`);
      }

      for (const file of inputs.files.filter((f) => f.role.kind === 'territoires')) {
        const rows = await importTerritoiresFile(store, file);
        report.files.push({ path: file.displayName, kind: 'territoires', rows });
        log(`Territoires d'industrie : liste officielle ${file.displayName} (${formatNumber(rows)} territoires)`);
      }

      const covered = new Map<string, string>(); // year|flow|quarter → file that brought it
      const newSourceIds: number[] = [];
      let nextId = await nextSourceId(store);
      for (const file of inputs.files.filter((f) => f.role.kind === 'trade')) {
        const id = nextId++;
        const loaded = await loadTradeFile(store, file, id);
        if ('failure' in loaded) throw new InvalidTradeData(loaded.failure);
        const demo = demoGroups.has(file.group);
        report.demo ||= demo;
        for (const { year, flow, quarter } of loaded.parts) {
          const earlier = covered.get(`${year}|${flow}|${quarter}`);
          if (earlier) {
            report.warnings.push(`${file.displayName} remplace ${earlier} pour les ${FLOW_NAMES[flow]} du trimestre ${quarter} ${year} (fichier donné plus tard).`);
          }
          covered.set(`${year}|${flow}|${quarter}`, file.displayName);
        }
        report.replacedRows += await replaceQuarters(store, loaded.parts, id);
        await insertSource(store, id, file, loaded, demo, importedAt);
        newSourceIds.push(id);
        report.rows += loaded.rows;
        for (const p of groupParts(loaded.parts)) {
          report.files.push({ path: file.displayName, kind: 'trade', year: p.year, flow: p.flow, quarters: p.quarters, rows: p.rows });
        }
        log(`Données : ${file.displayName} (${formatNumber(loaded.rows)} lignes${demo ? ', données fictives de démonstration' : ''})`);
      }
      for (const f of inputs.files.filter((f) => f.role.kind === 'demo-marker')) report.files.push({ path: f.displayName, kind: 'demo-marker' });
      if (report.files.every((f) => f.kind === 'demo-marker')) {
        throw new UserError(`aucun fichier de données reconnu parmi : ${paths.join(', ')}.`);
      }
      await dropEmptySources(store);
      if (newSourceIds.length) report.warnings.push(...(await unknownCodeWarnings(store, newSourceIds)));
      return report;
    });
  } catch (err) {
    // The transaction is rolled back; now say precisely what is wrong, line by line.
    if (err instanceof InvalidTradeData) throw new UserError(describeInvalidTrade(inputs.files, err.detail, maxErrors));
    throw err;
  } finally {
    inputs.cleanup();
  }
}

/** Which list of Territoires d'industrie the store holds. */
export async function territoiresListKind(store: Store): Promise<'default' | 'official'> {
  return (await store.metaValue('ti_list')) === 'official' ? 'official' : 'default';
}
