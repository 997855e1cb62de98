// `territrade import`: DGDDI files → store, in one transaction. Every trade line is checked
// while DuckDB loads it (numbers, flow, quarter in the INSERT; codes on their distinct values);
// only when that finds something does dgddi-format.ts re-read the files for line-numbered French
// messages. Nothing is written unless every file is valid.
import crypto from 'node:crypto';
import fs from 'node:fs';
import { UserError } from '../errors.js';
import { formatNumber } from '../format/fr.js';
import { parseLabelFile, type LabelRow } from '../reference/labels.js';
import { decodeText } from '../reference/text.js';
import { expectedDgddiRegion, isKnownDgddiDepartement } from '../reference/territories.js';
import { parseAnctTerritoiresCsv } from '../reference/territoires-industrie.js';
import type { TerritoireIndustrie } from '../figures/types.js';
import {
  fileNameHints,
  findLineIssues,
  FLOW_NAMES,
  PATTERNS,
  TRADE_COLUMNS,
  type Flow,
  type LineIssue,
} from './dgddi-format.js';
import { expandInputs, type InputFile } from './input-files.js';
import { ensureSeeded, replaceTerritoires, upsertLabels } from './seed.js';
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

interface FileIssues {
  file: InputFile;
  issues: LineIssue[];
  count: number;
}

const sqlString = (s: string) => `'${s.replace(/'/g, "''")}'`;

/** Every column is read as text, quotes taken literally, so that every rule is checked on what the file says. */
function readCsvSql(diskPath: string): string {
  const columns = TRADE_COLUMNS.map((c) => `'${c}': 'VARCHAR'`).join(', ');
  return `read_csv(${sqlString(diskPath)}, delim=';', header=false, auto_detect=false, quote='', escape='',
    columns={${columns}}, strict_mode=true, null_padding=false, all_varchar=true, encoding='utf-8')`;
}

async function sha256(filePath: string): Promise<string> {
  const hash = crypto.createHash('sha256');
  for await (const chunk of fs.createReadStream(filePath)) hash.update(chunk as Buffer);
  return hash.digest('hex');
}

/** Reads a trade file's text for the line-level checks (BOM removed; UTF-8, else Windows-1252). */
function tradeText(file: InputFile): string {
  const buf = fs.readFileSync(file.diskPath);
  return decodeText(buf).text;
}

/** Cheap checks that DuckDB would report badly: empty, binary, not text. Reads only what it must. */
function fileLevelError(file: InputFile): string | null {
  const fd = fs.openSync(file.diskPath, 'r');
  try {
    const chunk = Buffer.alloc(65536);
    let offset = 0;
    let first = true;
    for (;;) {
      const n = fs.readSync(fd, chunk, 0, chunk.length, offset);
      if (n === 0) return 'fichier vide';
      const bytes = chunk.subarray(0, n);
      if (first && bytes.includes(0)) return "ce n'est pas un fichier texte (octets binaires) : attendu le fichier TXT de la DGDDI";
      first = false;
      // Anything but blanks and line ends means there is content to check line by line.
      if (bytes.some((b) => b !== 0x20 && b !== 0x09 && b !== 0x0a && b !== 0x0d)) return null;
      offset += n;
    }
  } finally {
    fs.closeSync(fd);
  }
}

function formatIssues(all: FileIssues[], maxErrors: number): string {
  const total = all.reduce((n, f) => n + f.count, 0);
  const lines: string[] = [];
  for (const f of all) {
    for (const issue of f.issues) {
      if (lines.length >= maxErrors) break;
      lines.push(`  ${f.file.displayName}:${issue.line}: ${issue.reason}`);
    }
  }
  const more = total - lines.length;
  const head = `import refusé : ${formatNumber(total)} ligne${total > 1 ? 's' : ''} invalide${total > 1 ? 's' : ''} ; rien n'a été importé, la base est inchangée.`;
  return [head, ...lines, ...(more > 0 ? [`  … et ${formatNumber(more)} autre${more > 1 ? 's' : ''} erreur${more > 1 ? 's' : ''}.`] : [])].join('\n');
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
        let rows: LabelRow[];
        try {
          rows = parseLabelFile(fs.readFileSync(file.diskPath), file.displayName, role.labelKind);
        } catch (err) {
          throw err instanceof UserError ? new UserError(`import refusé ; rien n'a été importé. ${err.message}`) : err;
        }
        await upsertLabels(store, role.labelKind, rows, file.baseName);
        report.files.push({ path: file.displayName, kind: 'labels', rows: rows.length });
        log(`Libellés : ${file.displayName} (${formatNumber(rows.length)} codes)`);
      }

      for (const file of inputs.files.filter((f) => f.role.kind === 'territoires')) {
        let list: TerritoireIndustrie[];
        try {
          list = parseAnctTerritoiresCsv(fs.readFileSync(file.diskPath), file.displayName);
        } catch (err) {
          throw err instanceof UserError ? new UserError(`import refusé ; rien n'a été importé. ${err.message}`) : err;
        }
        await replaceTerritoires(store, list, 'official', file.baseName);
        report.files.push({ path: file.displayName, kind: 'territoires', rows: list.length });
        log(`Territoires d'industrie : liste officielle ${file.displayName} (${formatNumber(list.length)} territoires)`);
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

interface StagePart {
  year: number;
  flow: Flow;
  quarter: number;
  rows: number;
}

interface Loaded {
  rows: number;
  parts: StagePart[];
  sha256: string;
}

/** Raised inside the import transaction when a trade file is invalid (so that it rolls back). */
class InvalidTradeData extends Error {
  constructor(readonly detail: string) {
    super(detail);
  }
}

function groupParts(parts: StagePart[]): { year: number; flow: Flow; quarters: number[]; rows: number }[] {
  const byKey = new Map<string, { year: number; flow: Flow; quarters: number[]; rows: number }>();
  for (const p of parts) {
    const key = `${p.year}|${p.flow}`;
    const g = byKey.get(key) ?? { year: p.year, flow: p.flow, quarters: [], rows: 0 };
    g.quarters.push(p.quarter);
    g.rows += p.rows;
    byKey.set(key, g);
  }
  return [...byKey.values()].map((g) => ({ ...g, quarters: g.quarters.sort() }));
}

/** SQL expression: the column as an integer, or an error (which aborts the statement). */
function checkedInteger(column: string, minDigits: number, maxDigits: number, sqlType: string): string {
  return `CASE WHEN length(${column}) BETWEEN ${minDigits} AND ${maxDigits} AND ltrim(${column}, '0123456789') = '' THEN CAST(${column} AS ${sqlType}) ELSE error('${column}') END`;
}

/**
 * Loads one trade file straight into `trade` under source `id`, checking as it goes: numbers,
 * flow and quarter in the INSERT itself, then the codes on their few distinct values. Any
 * problem returns a failure; the caller rolls the transaction back.
 */
async function loadTradeFile(store: Store, file: InputFile, id: number): Promise<Loaded | { failure: string }> {
  const levelError = fileLevelError(file);
  if (levelError) return { failure: levelError };
  try {
    await store.run(
      `INSERT INTO trade SELECT ${id},
         CASE WHEN flow IN ('E', 'I') THEN flow ELSE error('flow') END,
         ${checkedInteger('year', 4, 4, 'SMALLINT')},
         CASE WHEN quarter IN ('1', '2', '3', '4') THEN CAST(quarter AS TINYINT) ELSE error('quarter') END,
         dept, region, a129, cpf4, country,
         ${checkedInteger('value', 1, 15, 'BIGINT')},
         ${checkedInteger('mass', 1, 15, 'BIGINT')}
       FROM ${readCsvSql(file.diskPath)}`,
    );
  } catch (err) {
    return { failure: err instanceof Error ? err.message.split('\n')[0]! : String(err) };
  }
  const hints = fileNameHints(file.baseName);
  const distinct = async (expr: string) =>
    (await store.all(`SELECT DISTINCT ${expr} AS v FROM trade WHERE source_id = ${id}`)).map((r) => String(r['v']));
  const bad =
    (await distinct('a129')).find((v) => !PATTERNS.a129.test(v)) ??
    (await distinct('cpf4')).find((v) => !PATTERNS.cpf4.test(v)) ??
    (await distinct('country')).find((v) => !PATTERNS.country.test(v)) ??
    (await distinct(`dept || ';' || region`)).find((v) => {
      const [dept = '', region] = v.split(';');
      return !isKnownDgddiDepartement(dept) || expectedDgddiRegion(dept) !== region;
    });
  if (bad !== undefined) return { failure: `valeur invalide « ${bad} »` };
  const parts = (
    await store.all(`SELECT year, flow, quarter, count(*) AS n FROM trade WHERE source_id = ${id} GROUP BY ALL ORDER BY ALL`)
  ).map((p) => ({ year: Number(p['year']), flow: p['flow'] as Flow, quarter: Number(p['quarter']), rows: Number(p['n']) }));
  if (parts.length === 0) return { failure: 'aucune ligne de données' };
  const mismatch = parts.find((p) => (hints.flow && p.flow !== hints.flow) || (hints.year !== null && p.year !== hints.year));
  if (mismatch) return { failure: `flux ${mismatch.flow} ou année ${mismatch.year} contraire au nom du fichier` };
  return { rows: parts.reduce((s, p) => s + p.rows, 0), parts, sha256: await sha256(file.diskPath) };
}

/** Line-numbered French messages for every invalid trade file (run after the rollback). */
function describeInvalidTrade(files: InputFile[], detail: string, maxErrors: number): string {
  const found: FileIssues[] = [];
  for (const file of files.filter((f) => f.role.kind === 'trade')) {
    const levelError = fileLevelError(file);
    if (levelError) {
      found.push({ file, issues: [{ line: 1, reason: levelError }], count: 1 });
      continue;
    }
    const text = tradeText(file);
    if (text.trim() === '') {
      found.push({ file, issues: [{ line: 1, reason: 'aucune ligne de données' }], count: 1 });
      continue;
    }
    const { issues, count } = findLineIssues(text, fileNameHints(file.baseName), maxErrors);
    if (count > 0) found.push({ file, issues, count });
  }
  if (found.length === 0) return `import refusé ; rien n'a été importé, la base est inchangée. Fichier illisible : ${detail}`;
  return formatIssues(found, maxErrors);
}

async function nextSourceId(store: Store): Promise<number> {
  const [row] = await store.all('SELECT coalesce(max(id), 0) + 1 AS id FROM sources');
  return Number(row!['id']);
}

/** Deletes the rows of earlier imports for the same year, flow and quarters; returns how many. */
async function replaceQuarters(store: Store, parts: StagePart[], keepSource: number): Promise<number> {
  let replaced = 0;
  for (const p of parts) {
    const where = 'WHERE year = ? AND flow = ? AND quarter = ? AND source_id <> ?';
    const params = [p.year, p.flow, p.quarter, keepSource];
    const [row] = await store.all(`SELECT count(*) AS n FROM trade ${where}`, params);
    const n = Number(row!['n']);
    if (n > 0) {
      await store.run(`DELETE FROM trade ${where}`, params);
      replaced += n;
    }
  }
  return replaced;
}

async function insertSource(store: Store, id: number, file: InputFile, staged: Loaded, demo: boolean, importedAt: string): Promise<void> {
  const groups = groupParts(staged.parts);
  const years = [...new Set(groups.map((g) => g.year))];
  const flows = [...new Set(groups.map((g) => g.flow))];
  const quarters = staged.parts.map((p) => `${p.year}T${p.quarter}`).filter((v, i, a) => a.indexOf(v) === i);
  await store.run('INSERT INTO sources VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)', [
    id,
    file.displayName,
    file.group,
    staged.sha256,
    Math.max(...years),
    flows.join(','),
    quarters.join(','),
    staged.rows,
    demo,
    importedAt,
  ]);
}

/** Sources whose every row was replaced by a later import are forgotten. */
async function dropEmptySources(store: Store): Promise<void> {
  await store.run('DELETE FROM sources WHERE id NOT IN (SELECT DISTINCT source_id FROM trade)');
}


async function unknownCodeWarnings(store: Store, sourceIds: number[]): Promise<string[]> {
  const ids = sourceIds.join(', ');
  const checks: [string, string, string][] = [
    ['a129', 'a129', 'A129'],
    ['cpf4', 'cpf4', 'CPF4'],
    ['country', 'pays', 'pays'],
  ];
  const warnings: string[] = [];
  for (const [column, kind, name] of checks) {
    const rows = await store.all(
      `SELECT ${column} AS code, count(*) AS n FROM trade WHERE source_id IN (${ids})
       AND ${column} NOT IN (SELECT code FROM labels WHERE kind = '${kind}') GROUP BY 1 ORDER BY 1`,
    );
    if (rows.length === 0) continue;
    const lines = rows.reduce((s, r) => s + Number(r['n']), 0);
    const codes = rows.slice(0, 10).map((r) => String(r['code'])).join(', ');
    warnings.push(
      `${rows.length} code${rows.length > 1 ? 's' : ''} ${name} sans libellé (${codes}${rows.length > 10 ? ', …' : ''}) dans ${formatNumber(lines)} ligne${lines > 1 ? 's' : ''} : lignes conservées, code affiché à la place du libellé.`,
    );
  }
  return warnings;
}

/** Which list of Territoires d'industrie the store holds. */
export async function territoiresListKind(store: Store): Promise<'partial' | 'official'> {
  return (await store.metaValue('ti_list')) === 'official' ? 'official' : 'partial';
}

