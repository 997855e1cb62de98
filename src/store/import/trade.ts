// Trade files (DGDDI regional CSV): loaded straight into `trade` and checked while DuckDB reads
// them — numbers, flow and quarter in the INSERT, codes on their few distinct values.
import crypto from 'node:crypto';
import fs from 'node:fs';
import { expectedDgddiRegion, isKnownDgddiDepartement } from '../../reference/territories.js';
import { fileNameHints, KEY_COLUMNS, PATTERNS, TRADE_COLUMNS, type Flow, type YearRange } from '../../dgddi/format.js';
import { UserError } from '../../errors.js';
import type { InputFile } from '../../dgddi/input-files.js';
import type { Store } from '../store.js';
import { sqlString } from '../duckdb.js';
import { isWatermarked, WATERMARK_SQL } from '../../dgddi/demo-watermark.js';

export interface StagePart {
  year: number;
  flow: Flow;
  quarter: number;
  rows: number;
}

export type CodeColumn = 'a129' | 'cpf4' | 'country';

export interface Loaded {
  rows: number;
  parts: StagePart[];
  sha256: string;
  /** Lines per code, for each coded column (the unknown-code warnings use them). */
  codes: Record<CodeColumn, Map<string, number>>;
  /** The rows carry the demo generator's watermark (dgddi/demo-watermark.ts). */
  watermarked: boolean;
}

/** Why DuckDB refused a trade file; the line-numbered message is written afterwards. */
export interface LoadFailure {
  failure: string;
  /** Keys (as `lineKey` writes them) found on more than one line: a sample, and how many extra lines. */
  duplicates?: { keys: string[]; extraLines: number };
}

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

/** Cheap checks that DuckDB would report badly: empty, binary, not text. Reads only what it must. */
export function fileLevelError(file: InputFile): string | null {
  const fd = fs.openSync(file.diskPath, 'r');
  try {
    const chunk = Buffer.alloc(65536);
    let offset = 0;
    let first = true;
    for (;;) {
      const n = fs.readSync(fd, chunk, 0, chunk.length, offset);
      if (n === 0) return 'fichier vide';
      const bytes = chunk.subarray(0, n);
      if (first && bytes.includes(0))
        return "ce n'est pas un fichier texte (octets binaires) : attendu le fichier TXT de la DGDDI";
      first = false;
      // Anything but blanks and line ends means there is content to check line by line.
      if (bytes.some((b) => b !== 0x20 && b !== 0x09 && b !== 0x0a && b !== 0x0d)) return null;
      offset += n;
    }
  } finally {
    fs.closeSync(fd);
  }
}

export function groupParts(parts: StagePart[]): { year: number; flow: Flow; quarters: number[]; rows: number }[] {
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

/**
 * Keys present on more than one line of source `id` (official files hold each key once): a
 * sample and the number of extra lines, or null. Only called when the hashes said so.
 */
async function duplicateKeys(store: Store, id: number, sampleSize: number): Promise<LoadFailure['duplicates'] | null> {
  const rows = await store.all(
    `SELECT concat_ws(';', ${KEY_COLUMNS.join(', ')}) AS k, sum(count(*) - 1) OVER () AS extra FROM trade WHERE source_id = ${id}
     GROUP BY ${KEY_COLUMNS.join(', ')} HAVING count(*) > 1 ORDER BY k LIMIT ${sampleSize}`,
  );
  if (rows.length === 0) return null; // two keys with one hash: no repeat after all
  return { keys: rows.map((r) => String(r['k'])), extraLines: Number(rows[0]!['extra']) };
}

/**
 * SQL expression: the column as an integer, or an error (which aborts the statement). A regular
 * expression, which DuckDB runs about three times faster than length() with ltrim() here.
 */
function checkedInteger(column: string, minDigits: number, maxDigits: number, sqlType: string): string {
  return `CASE WHEN regexp_full_match(${column}, '[0-9]{${minDigits},${maxDigits}}') THEN CAST(${column} AS ${sqlType}) ELSE error('${column}') END`;
}

/**
 * Loads one trade file straight into `trade` under source `id`, checking as it goes: numbers,
 * flow and quarter in the INSERT itself, then the codes on their few distinct values. Any
 * problem returns a failure; the caller rolls the transaction back.
 */
export async function loadTradeFile(
  store: Store,
  file: InputFile,
  id: number,
  years: YearRange,
  sampleSize: number,
): Promise<Loaded | LoadFailure> {
  const levelError = fileLevelError(file);
  if (levelError) return { failure: levelError };
  // Hashed while DuckDB loads (the JS thread would wait anyway).
  const digest = sha256(file.diskPath);
  digest.catch(() => {}); // awaited below when the file is valid
  try {
    await store.run(
      `INSERT INTO trade SELECT ${id},
         CASE WHEN flow IN ('E', 'I') THEN flow ELSE error('flow') END,
         CASE WHEN year BETWEEN '${years.min}' AND '${years.max}' THEN ${checkedInteger('year', 4, 4, 'SMALLINT')} ELSE error('year') END,
         CASE WHEN quarter IN ('1', '2', '3', '4') THEN CAST(quarter AS TINYINT) ELSE error('quarter') END,
         dept, region, a129, cpf4, country,
         ${checkedInteger('value', 1, 15, 'BIGINT')},
         ${checkedInteger('mass', 1, 15, 'BIGINT')}
       FROM ${readCsvSql(file.csvPath ?? file.diskPath)}`,
    );
  } catch (err) {
    if (err instanceof UserError) throw err; // disk full, damaged store: not the file's fault
    return { failure: err instanceof Error ? err.message.split('\n')[0]! : String(err) };
  }
  const hints = fileNameHints(file.baseName);
  const codes = {} as Loaded['codes'];
  for (const column of ['a129', 'cpf4', 'country'] as const) {
    const rows = await store.all(`SELECT ${column} AS v, count(*) AS n FROM trade WHERE source_id = ${id} GROUP BY 1`);
    codes[column] = new Map(rows.map((r) => [String(r['v']), Number(r['n'])]));
  }
  const badCode = (column: CodeColumn) => [...codes[column].keys()].find((v) => !PATTERNS[column].test(v));
  const bad =
    badCode('a129') ??
    badCode('cpf4') ??
    badCode('country') ??
    (await store.all(`SELECT DISTINCT dept, region FROM trade WHERE source_id = ${id}`))
      .map((r) => [String(r['dept']), String(r['region'])] as const)
      .filter(([dept, region]) => !isKnownDgddiDepartement(dept) || expectedDgddiRegion(dept) !== region)
      .map(([dept, region]) => `${dept};${region}`)[0];
  if (bad !== undefined) return { failure: `valeur invalide « ${bad} »` };
  // One pass gives the parts and, per part, how many distinct keys (hashed: cheap) it holds,
  // and how many lines carry the demo watermark.
  const counted = await store.all(
    `SELECT year, flow, quarter, count(*) AS n, count(DISTINCT hash(dept, cpf4, country)) AS k, ${WATERMARK_SQL}
     FROM trade WHERE source_id = ${id} GROUP BY ALL ORDER BY ALL`,
  );
  const sum = (column: string) => counted.reduce((s, p) => s + Number(p[column]), 0);
  const watermarked = isWatermarked(sum('eligible'), sum('marked'));
  const parts = counted.map((p) => ({
    year: Number(p['year']),
    flow: p['flow'] as Flow,
    quarter: Number(p['quarter']),
    rows: Number(p['n']),
  }));
  if (parts.length === 0) return { failure: 'aucune ligne de données' };
  if (counted.some((p) => p['n'] !== p['k'])) {
    const duplicates = await duplicateKeys(store, id, sampleSize);
    if (duplicates) return { failure: 'lignes en double', duplicates };
  }
  const mismatch = parts.find(
    (p) => (hints.flow && p.flow !== hints.flow) || (hints.year !== null && p.year !== hints.year),
  );
  if (mismatch) return { failure: `flux ${mismatch.flow} ou année ${mismatch.year} contraire au nom du fichier` };
  return { rows: parts.reduce((s, p) => s + p.rows, 0), parts, sha256: await digest, codes, watermarked };
}
