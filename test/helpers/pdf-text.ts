// A PDF's text as poppler's pdftotext gives it (pages separated by form feeds), for the tests
// that read printed fiches. Each caller normalises spaces as its check needs.
import { spawnSync } from 'node:child_process';

export interface PdfTextOptions {
  /** Keep the physical layout (columns side by side, pdftotext -layout). */
  layout?: boolean;
  /** Only these pages (1-based, inclusive). */
  first?: number;
  last?: number;
}

/** The text of `pdf`; throws, naming the file, when pdftotext fails. */
export function pdfText(pdf: string, o: PdfTextOptions = {}): string {
  const args = [
    ...(o.layout ? ['-layout'] : []),
    ...(o.first !== undefined ? ['-f', String(o.first)] : []),
    ...(o.last !== undefined ? ['-l', String(o.last)] : []),
    pdf,
    '-',
  ];
  const r = spawnSync('pdftotext', args, { encoding: 'utf8' });
  if (r.status !== 0) throw new Error(`pdftotext ${pdf} : ${r.stderr}`);
  return r.stdout;
}
