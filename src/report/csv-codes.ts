// What the data files add to the fiche's tables: the codes behind the names (country codes and
// A129 activity codes, so that a file can be joined with other data) and the period, on every
// line, so that a file read alone says what it covers. The fiche's own HTML tables keep the names.
import type { ChartTable } from '../charts/types.js';
import type { Figures, FlowMatrix, FlowNode } from '../figures/types.js';
import type { DataKey } from './fiche/types.js';
import { tablePeriod } from './period-labels.js';

/** A code column inserted after column `after`, coding that column's names. */
interface CodeColumn {
  after: number;
  header: string;
  code: (name: string | number) => string;
}

function codeOf(nodes: readonly FlowNode[]): (name: string | number) => string {
  const byName = new Map(nodes.map((n) => [n.name, n.code]));
  return (name) => byName.get(String(name)) ?? '';
}

/** The codes of a flow table's first two columns: its sources (left of the Sankey) and targets (right). */
function flowCodes(flow: FlowMatrix, sourceHeader: string, targetHeader: string): CodeColumn[] {
  return [
    { after: 0, header: sourceHeader, code: codeOf(flow.sources) },
    { after: 1, header: targetHeader, code: codeOf(flow.targets) },
  ];
}

/** The table with a code column after each named column it can code, and the period last. */
function withColumns(table: ChartTable, codes: CodeColumn[], period: string): ChartTable {
  const sorted = [...codes].sort((a, b) => b.after - a.after);
  const columns = [...table.columns];
  const kinds = [...table.kinds];
  for (const c of sorted) {
    columns.splice(c.after + 1, 0, c.header);
    kinds.splice(c.after + 1, 0, 'text');
  }
  const rows = table.rows.map((row) => {
    const out = [...row];
    for (const c of sorted) out.splice(c.after + 1, 0, c.code(row[c.after]!));
    return [...out, period];
  });
  return { ...table, columns: [...columns, 'Période'], kinds: [...kinds, 'text'], rows };
}

/** The table a data file holds: the fiche's table with its codes and period. */
export function csvTable(key: DataKey, table: ChartTable, f: Figures): ChartTable {
  const period = tablePeriod(f);
  switch (key) {
    case 'partenaires': {
      const byName = new Map(f.partners.map((p) => [p.name, p.country]));
      return withColumns(table, [{ after: 0, header: 'Code pays', code: (n) => byName.get(String(n)) ?? '' }], period);
    }
    case 'flux-exportations':
      return withColumns(table, flowCodes(f.flows.exports, 'Code A129', 'Code pays'), period);
    case 'flux-importations':
      return withColumns(table, flowCodes(f.flows.imports, 'Code pays', 'Code A129'), period);
    case 'evolution':
      // One row per year of the store, each named by its year and quarters: the fiche's period
      // on every line would be wrong.
      return table;
    default:
      return withColumns(table, [], period);
  }
}
