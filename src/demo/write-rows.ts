// The text of one flow's file for one year: the départements' rows in the official order
// (quarter, département, A129, CPF4, partner), written as bytes rather than one string per line,
// since half a million small strings per flow would cost more in garbage collection than
// everything else. Masses carry the demo watermark.
import { AsciiWriter, encodeAscii } from './ascii-writer.js';
import type { Catalogue } from './catalogue.js';
import type { DepartementRows } from './rows.js';
import { watermarkMass } from '../dgddi/demo-watermark.js';

/** A flow's file: its bytes, and how many rows it holds for each quarter (index 0: T1). */
export interface FlowRows {
  bytes: Buffer;
  rowsByQuarter: number[];
}

/** Total rows of a flow's file. */
export function rowCount(file: FlowRows): number {
  return file.rowsByQuarter.reduce((s, n) => s + n, 0);
}

export function writeFlowRows(
  cat: Catalogue,
  departements: readonly { dgddi: string; dgddiRegion: string }[],
  flowCode: 'E' | 'I',
  year: number,
  deptRows: readonly DepartementRows[],
  quarters: readonly number[],
  capacity: number,
): FlowRows {
  const out = new AsciiWriter(capacity);
  const cellKeys = cat.cpf4.map((c, k) => encodeAscii(`${cat.a129[cat.cpf4A129[k]!]};${c};`));
  const countryKeys = cat.countries.map((c) => encodeAscii(`${c};`));
  const cpf4Numbers = cat.cpf4.map(Number);
  const rowsByQuarter = [0, 0, 0, 0];
  for (const quarter of quarters) {
    const q = quarter - 1;
    departements.forEach((d, i) => {
      const rows = deptRows[i]!;
      const prefix = encodeAscii(`${flowCode};${quarter};${year};${d.dgddi};${d.dgddiRegion};`);
      for (let c = 0; c < rows.cellCpf4.length; c++) {
        const value = rows.quarterValue[4 * c + q]!;
        if (value < 0) continue;
        const cpf4 = rows.cellCpf4[c]!;
        // Every row carries the demo watermark in its mass (dgddi/demo-watermark.ts).
        const mass = watermarkMass(rows.quarterMass[4 * c + q]!, value, cpf4Numbers[cpf4]!, quarter, year);
        out.line(prefix, cellKeys[cpf4]!, countryKeys[rows.cellCountry[c]!]!, value, mass);
        rowsByQuarter[q] = rowsByQuarter[q]! + 1;
      }
    });
  }
  return { bytes: out.bytes(), rowsByQuarter };
}
