// `territrade import`: DGDDI files → store, in one transaction. Every trade line is checked
// (by SQL over a staging table, fast; the line-numbered French messages come from
// dgddi-format.ts when that check finds anything). Nothing is written unless every file is valid.
import crypto from 'node:crypto';
import fs from 'node:fs';
import { UserError } from '../errors.js';
import { formatNumber } from '../format/fr.js';
import { parseLabelFile, type LabelRow } from '../reference/labels.js';
import { decodeText } from '../reference/text.js';
import { parseAnctTerritoiresCsv } from '../reference/territoires-industrie.js';
import type { TerritoireIndustrie } from '../figures/types.js';
import {
  fileNameHints,
  findLineIssues,
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

/** The staging table is read as text so that every rule is checked on what the file says. */
function readCsvSql(diskPath: string): string {
  const columns = TRADE_COLUMNS.map((c) => `'${c}': 'VARCHAR'`).join(', ');
  return `read_csv(${sqlString(diskPath)}, delim=';', header=false, auto_detect=false, quote='', escape='',
    columns={${columns}}, strict_mode=true, null_padding=false, all_varchar=true, encoding='utf-8')`;
}

/** SQL condition true for an invalid staging row; mirrors dgddi-format.ts lineError. */
function invalidRowSql(hints: { year: number | null; flow: Flow | null }): string {
  const re = (col: string, pattern: RegExp) => `NOT regexp_matches(coalesce(s.${col}, ''), ${sqlString(pattern.source)})`;
  const parts = [
    re('flow', PATTERNS.flow),
    re('quarter', PATTERNS.quarter),
    re('year', PATTERNS.year),
    'd.dgddi IS NULL',
    re('a129', PATTERNS.a129),
    re('cpf4', PATTERNS.cpf4),
    re('country', PATTERNS.country),
    re('value', PATTERNS.amount),
    re('mass', PATTERNS.amount),
  ];
  if (hints.flow) parts.push(`s.flow <> ${sqlString(hints.flow)}`);
  if (hints.year !== null) parts.push(`s.year <> ${sqlString(String(hints.year))}`);
  return parts.join(' OR ');
}

function sha256(filePath: string): string {
  return crypto.createHash('sha256').update(fs.readFileSync(filePath)).digest('hex');
}

/** Reads a trade file's text for the line-level checks (BOM removed; invalid bytes made visible). */
function tradeText(file: InputFile): string {
  const buf = fs.readFileSync(file.diskPath);
  return decodeText(buf).text;
}

/** Cheap checks that DuckDB would report badly: empty, binary, not text. */
function fileLevelError(file: InputFile): string | null {
  const buf = fs.readFileSync(file.diskPath);
  if (buf.length === 0 || buf.toString('latin1').trim() === '') return 'fichier vide';
  const head = buf.subarray(0, 65536);
  if (head.includes(0)) return "ce n'est pas un fichier texte (octets binaires) : attendu le fichier TXT de la DGDDI";
  return null;
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

      const failures: FileIssues[] = [];
      const newSourceIds: number[] = [];
      const covered = new Map<string, string>(); // year|flow|quarter → file that brought it
      for (const file of inputs.files.filter((f) => f.role.kind === 'trade')) {
        const result = await stageTradeFile(store, file, options);
        if ('issues' in result) {
          failures.push(result);
          continue;
        }
        const demo = demoGroups.has(file.group);
        report.demo ||= demo;
        for (const { year, flow, quarter } of result.parts) {
          const key = `${year}|${flow}|${quarter}`;
          const earlier = covered.get(key);
          if (earlier) {
            report.warnings.push(`${file.displayName} remplace ${earlier} pour ${flow === 'E' ? 'les exportations' : 'les importations'} du trimestre ${quarter} ${year} (fichier donné plus tard).`);
          }
          covered.set(key, file.displayName);
        }
        const replaced = await replaceQuarters(store, result.parts);
        report.replacedRows += replaced;
        const id = await insertSource(store, file, result, demo, importedAt);
        newSourceIds.push(id);
        await store.run(`INSERT INTO trade SELECT ${id}, flow, CAST(year AS SMALLINT), CAST(quarter AS TINYINT), dept, region, a129, cpf4, country, CAST(value AS BIGINT), CAST(mass AS BIGINT) FROM staging`);
        await store.run('DROP TABLE staging');
        report.rows += result.rows;
        for (const p of groupParts(result.parts)) {
          report.files.push({ path: file.displayName, kind: 'trade', year: p.year, flow: p.flow, quarters: p.quarters, rows: p.rows });
        }
        log(`Données : ${file.displayName} (${formatNumber(result.rows)} lignes${demo ? ', données fictives de démonstration' : ''})`);
      }
      if (failures.length) throw new UserError(formatIssues(failures, maxErrors));
      for (const f of inputs.files.filter((f) => f.role.kind === 'demo-marker')) report.files.push({ path: f.displayName, kind: 'demo-marker' });
      if (report.files.every((f) => f.kind === 'demo-marker')) {
        throw new UserError(`aucun fichier de données reconnu parmi : ${paths.join(', ')}.`);
      }
      await dropEmptySources(store);
      if (newSourceIds.length) report.warnings.push(...(await unknownCodeWarnings(store, newSourceIds)));
      return report;
    });
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

interface Staged {
  rows: number;
  parts: StagePart[];
  sha256: string;
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

/** Loads one trade file into the `staging` table and checks it; returns its issues if any. */
async function stageTradeFile(store: Store, file: InputFile, options: ImportOptions): Promise<Staged | FileIssues> {
  const keep = options.maxErrors ?? 10;
  const hints = fileNameHints(file.baseName);
  const levelError = fileLevelError(file);
  if (levelError) return { file, issues: [{ line: 1, reason: levelError }], count: 1 };
  const lineIssues = () => {
    const found = findLineIssues(tradeText(file), hints, keep);
    return found.count > 0 ? { file, ...found } : null;
  };
  await store.run('DROP TABLE IF EXISTS staging');
  try {
    await store.run(`CREATE TEMP TABLE staging AS SELECT * FROM ${readCsvSql(file.diskPath)}`);
  } catch (err) {
    // DuckDB refuses the file as a whole (column count, encoding…): find the lines ourselves.
    const found = lineIssues();
    if (found) return found;
    const reason = err instanceof Error ? err.message.split('\n')[0]! : String(err);
    return { file, issues: [{ line: 1, reason: `fichier illisible (${reason})` }], count: 1 };
  }
  const [check] = await store.all(
    `SELECT count(*) AS n, count(*) FILTER (WHERE ${invalidRowSql(hints)}) AS bad
     FROM staging s LEFT JOIN ref_departement d ON s.dept = d.dgddi AND s.region = d.dgddi_region`,
  );
  const n = Number(check!['n']);
  if (Number(check!['bad']) > 0) {
    await store.run('DROP TABLE staging');
    const found = lineIssues();
    if (found) return found;
    return { file, issues: [{ line: 1, reason: 'lignes invalides (détail indisponible)' }], count: Number(check!['bad']) };
  }
  if (n === 0) {
    await store.run('DROP TABLE staging');
    return { file, issues: [{ line: 1, reason: 'aucune ligne de données' }], count: 1 };
  }
  const parts = await store.all(
    'SELECT CAST(year AS INTEGER) AS year, flow, CAST(quarter AS INTEGER) AS quarter, count(*) AS n FROM staging GROUP BY ALL ORDER BY ALL',
  );
  return {
    rows: n,
    sha256: sha256(file.diskPath),
    parts: parts.map((p) => ({ year: Number(p['year']), flow: p['flow'] as Flow, quarter: Number(p['quarter']), rows: Number(p['n']) })),
  };
}

/** Deletes the rows of earlier imports for the same year, flow and quarters; returns how many. */
async function replaceQuarters(store: Store, parts: StagePart[]): Promise<number> {
  let replaced = 0;
  for (const p of parts) {
    const [row] = await store.all('SELECT count(*) AS n FROM trade WHERE year = ? AND flow = ? AND quarter = ?', [p.year, p.flow, p.quarter]);
    const n = Number(row!['n']);
    if (n > 0) {
      await store.run('DELETE FROM trade WHERE year = ? AND flow = ? AND quarter = ?', [p.year, p.flow, p.quarter]);
      replaced += n;
    }
  }
  return replaced;
}

async function insertSource(store: Store, file: InputFile, staged: Staged, demo: boolean, importedAt: string): Promise<number> {
  const [row] = await store.all('SELECT coalesce(max(id), 0) + 1 AS id FROM sources');
  const id = Number(row!['id']);
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
  return id;
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

