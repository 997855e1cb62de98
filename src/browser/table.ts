// The index page's table: sorting by a column and download as a CSV file.
import { ascending, descending } from 'd3-array';
import { BOM, csvHeader, csvLine, EXCEL_FR, type CsvKind } from '../format/csv.js';
import { all } from './dom.js';

/** The specialisation data the server embeds (#donnees-specialisation). */
export interface SpecialisationData {
  /** Activity codes, in the order of each row. */
  a: string[];
  /** Index per fiche href, one value per activity (null: no exports of it). */
  v: Record<string, (number | null)[]>;
  /** Class breaks and colours (the server's SPECIALISATION_BREAKS and _COLOURS). */
  s: number[];
  c: string[];
  /** The period, for the CSV's last column, and the CSV's file name. */
  p: string;
  n: string;
}

// The table as a CSV file, in its current order and with its current last column, written by
// territrade's one CSV writer in the fiches' files' dialect (BOM, ';', decimal comma, raw numbers).
export function tableDownload(spec: Pick<SpecialisationData, 'p' | 'n'>): void {
  const download = document.getElementById('telecharger-csv');
  download?.addEventListener('click', () => {
    const table = document.querySelector<HTMLTableElement>('table.triable')!;
    const heads = Array.from(
      table.tHead!.rows[0]!.cells,
      (th) => th.textContent.trim() + (th.getAttribute('data-unite') ?? ''),
    );
    let text = BOM + csvHeader(heads.concat(['Période']), EXCEL_FR);
    for (const row of Array.from(table.tBodies[0]!.rows)) {
      const kinds: CsvKind[] = [];
      const values = Array.from(row.cells, (cell) => {
        const numeric = cell.classList.contains('nombre');
        const raw = cell.getAttribute('data-valeur') ?? '';
        kinds.push(numeric ? 'number' : cell.classList.contains('code') ? 'code' : 'text');
        return numeric ? (raw === '' ? null : Number(raw)) : cell.textContent.trim();
      });
      text += csvLine(values.concat([spec.p]), kinds.concat(['text']), EXCEL_FR);
    }
    const a = document.createElement('a');
    a.href = URL.createObjectURL(new Blob([text], { type: 'text/csv;charset=utf-8' }));
    a.download = spec.n;
    document.body.appendChild(a);
    a.click();
    document.body.removeChild(a);
  });
}

/** Sorts the table by a column's data-valeur: numbers from the largest, texts from A; a second click reverses. */
function sortByColumn(th: HTMLTableCellElement): void {
  const table = th.closest('table')!;
  const column = Array.prototype.indexOf.call(th.parentNode!.children, th);
  const numeric = th.getAttribute('data-tri') === 'nombre';
  const was = th.getAttribute('aria-sort');
  const order = was ? (was === 'ascending' ? 'descending' : 'ascending') : numeric ? 'descending' : 'ascending';
  for (const other of all('th[aria-sort]', table)) other.removeAttribute('aria-sort');
  th.setAttribute('aria-sort', order);
  const body = table.tBodies[0]!;
  const key = (row: HTMLTableRowElement): string | number => {
    const v = row.cells[column]!.getAttribute('data-valeur') ?? '';
    return numeric ? (v === '' ? -Infinity : Number(v)) : v;
  };
  const rows = Array.from(body.rows).sort((a, b) =>
    order === 'ascending' ? ascending(key(a), key(b)) : descending(key(a), key(b)),
  );
  for (const row of rows) body.appendChild(row);
}

export function tableSorting(): void {
  for (const button of all('table.triable th[data-tri] button')) {
    button.addEventListener('click', () => sortByColumn(button.parentNode as HTMLTableCellElement));
  }
}
