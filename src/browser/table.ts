// The index page's table: sorting by a column and download as a CSV file.
import { ascending, descending } from 'd3-array';
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

/** A CSV field for a French spreadsheet: formulas defused, quoted when needed. */
function csvField(value: string): string {
  const text = /^[=+\-@\t\r]/.test(value) ? "'" + value : value;
  return /[;"\r\n']/.test(text) ? '"' + text.replace(/"/g, '""') + '"' : text;
}

// The table as a CSV file, in its current order and with its current last column (French
// spreadsheet conventions, as the fiches' CSV files: BOM, ';', decimal comma, raw numbers).
export function tableDownload(spec: SpecialisationData): void {
  const download = document.getElementById('telecharger-csv');
  download?.addEventListener('click', () => {
    const table = document.querySelector<HTMLTableElement>('table.triable')!;
    const heads = Array.from(
      table.tHead!.rows[0]!.cells,
      (th) => th.textContent.trim() + (th.getAttribute('data-unite') ?? ''),
    );
    const lines = [heads.concat(['Période']).map(csvField).join(';')];
    for (const row of Array.from(table.tBodies[0]!.rows)) {
      const cells = Array.from(row.cells, (cell) =>
        cell.classList.contains('nombre')
          ? (cell.getAttribute('data-valeur') ?? '').replace('.', ',')
          : csvField(cell.textContent.trim()),
      );
      lines.push(cells.concat([spec.p]).join(';'));
    }
    const a = document.createElement('a');
    a.href = URL.createObjectURL(
      new Blob(['\ufeff' + lines.join('\r\n') + '\r\n'], { type: 'text/csv;charset=utf-8' }),
    );
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
