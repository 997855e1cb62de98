// What the data files add to the fiche's tables: the period, on every line, so that a file read
// alone says what it covers. The codes behind the names (country codes and A129 activity codes,
// so that a file can be joined with other data) are the charts' own code columns, which the
// fiche's HTML tables hide.
import type { ChartTable } from '../charts/types.js';
import type { Figures } from '../figures/types.js';
import type { DataKey } from './fiche/types.js';
import { tablePeriod } from './period-labels.js';

/** The table a data file holds: the fiche's table with the period last. */
export function csvTable(key: DataKey, table: ChartTable, f: Figures): ChartTable {
  // The evolution table has one row per year of the store, each named by its year and
  // quarters: the fiche's period on every line would be wrong.
  if (key === 'evolution') return table;
  const period = tablePeriod(f);
  return {
    ...table,
    columns: [...table.columns, 'Période'],
    kinds: [...table.kinds, 'text'],
    rows: table.rows.map((row) => [...row, period]),
  };
}
