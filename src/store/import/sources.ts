// Bookkeeping of imported trade files: the `sources` table (replacement of earlier imports:
// replace-quarters.ts), and the warnings on codes that have no label.
import { formatNumber } from '../../format/fr.js';
import type { InputFile } from '../../dgddi/input-files.js';
import type { Store } from '../store.js';
import { groupParts, type CodeColumn, type Loaded } from './trade.js';

export async function nextSourceId(store: Store): Promise<number> {
  const [row] = await store.all('SELECT coalesce(max(id), 0) + 1 AS id FROM sources');
  return Number(row!['id']);
}

export async function insertSource(
  store: Store,
  id: number,
  file: InputFile,
  staged: Loaded,
  demo: boolean,
  importedAt: string,
): Promise<void> {
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
  await store.run('DELETE FROM sources WHERE id NOT IN (SELECT DISTINCT source_id FROM trade_totals)');
}

/** Codes well formed but without a label, per coded column, with how many lines carry them. */
export async function unknownCodeWarnings(store: Store, loaded: Loaded[]): Promise<string[]> {
  const checks: [CodeColumn, string, string][] = [
    ['a129', 'a129', 'A129'],
    ['cpf4', 'cpf4', 'CPF4'],
    ['country', 'pays', 'pays'],
  ];
  const warnings: string[] = [];
  for (const [column, kind, name] of checks) {
    const known = new Set(
      (await store.all('SELECT DISTINCT code FROM labels WHERE kind = ?', [kind])).map((r) => String(r['code'])),
    );
    const unknown = new Map<string, number>();
    for (const l of loaded)
      for (const [code, n] of l.codes[column]) if (!known.has(code)) unknown.set(code, (unknown.get(code) ?? 0) + n);
    if (unknown.size === 0) continue;
    const sorted = [...unknown.keys()].sort();
    const lines = [...unknown.values()].reduce((s, n) => s + n, 0);
    const codes = sorted.slice(0, 10).join(', ');
    warnings.push(
      `${sorted.length} code${sorted.length > 1 ? 's' : ''} ${name} sans libellé (${codes}${sorted.length > 10 ? ', …' : ''}) dans ${formatNumber(lines)} ligne${lines > 1 ? 's' : ''} : lignes conservées, code affiché à la place du libellé.`,
    );
  }
  return warnings;
}
