// Bookkeeping of imported trade files: the `sources` table, replacement of earlier imports by
// (year, flow, quarter), and the warnings on codes that have no label.
import { formatNumber } from '../../format/fr.js';
import type { InputFile } from '../input-files.js';
import type { Store } from '../store.js';
import { groupParts, type Loaded, type StagePart } from './trade.js';

export async function nextSourceId(store: Store): Promise<number> {
  const [row] = await store.all('SELECT coalesce(max(id), 0) + 1 AS id FROM sources');
  return Number(row!['id']);
}

/** Deletes the rows of earlier imports for the same year, flow and quarters; returns how many. */
export async function replaceQuarters(store: Store, parts: StagePart[], keepSource: number): Promise<number> {
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

export async function insertSource(store: Store, id: number, file: InputFile, staged: Loaded, demo: boolean, importedAt: string): Promise<void> {
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
export async function dropEmptySources(store: Store): Promise<void> {
  await store.run('DELETE FROM sources WHERE id NOT IN (SELECT DISTINCT source_id FROM trade)');
}

export async function unknownCodeWarnings(store: Store, sourceIds: number[]): Promise<string[]> {
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
