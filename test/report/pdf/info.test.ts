// The incremental update that sets a PDF's Author and Creator: the original bytes stay, the new
// Info dictionary keeps the title and the xref chain stays valid.
import { describe, expect, it } from 'vitest';
import { infoUpdate, parseInfoDict, pdfTextString, withInfo } from '../../../src/report/pdf/info.js';

/** A minimal one-page PDF with a classic xref table, the way Skia writes them. */
function tinyPdf(): Buffer {
  const objects = [
    '<</Title (Loire \\(42\\))\n/Creator (HeadlessChrome)\n/Producer (Skia/PDF m150)>>',
    '<</Type /Catalog /Pages 3 0 R /Lang (fr)>>',
    '<</Type /Pages /Kids [4 0 R] /Count 1>>',
    '<</Type /Page /Parent 3 0 R /MediaBox [0 0 595 842]>>',
  ];
  let body = '%PDF-1.4\n';
  const offsets: number[] = [];
  objects.forEach((o, i) => {
    offsets.push(body.length);
    body += `${i + 1} 0 obj\n${o}\nendobj\n`;
  });
  const xref = body.length;
  body += `xref\n0 ${objects.length + 1}\n0000000000 65535 f \n${offsets.map((o) => `${String(o).padStart(10, '0')} 00000 n \n`).join('')}`;
  body += `trailer\n<</Size ${objects.length + 1}\n/Root 2 0 R\n/Info 1 0 R>>\nstartxref\n${xref}\n%%EOF`;
  return Buffer.from(body, 'latin1');
}

describe('métadonnées du PDF (mise à jour incrémentale)', () => {
  it('écrit les chaînes en UTF-16BE avec marque d’ordre', () => {
    expect(pdfTextString('é')).toBe('<FEFF00E9>');
  });

  it('lit un dictionnaire Info : chaînes littérales avec parenthèses échappées et chaînes hexadécimales', () => {
    expect(parseInfoDict('/Title (a \\(b\\) c)\n/Author <FEFF0041>/Trapped /False>>\nendobj')).toEqual([
      ['Title', '(a \\(b\\) c)'],
      ['Author', '<FEFF0041>'],
      ['Trapped', '/False'],
    ]);
  });

  it('ajoute un dictionnaire Info qui garde le titre et remplace le Creator, chaîné par /Prev', () => {
    const pdf = tinyPdf();
    const out = withInfo(pdf, { author: 'territrade', creator: 'territrade 1.0 — DGDDI', subject: 'Loire' });
    expect(out.subarray(0, pdf.length).equals(pdf)).toBe(true);
    const added = out.subarray(pdf.length).toString('latin1');
    expect(added).toContain('/Title (Loire \\(42\\))');
    expect(added).toContain(`/Creator ${pdfTextString('territrade 1.0 — DGDDI')}`);
    expect(added).not.toContain('HeadlessChrome');
    expect(added).toContain('/Producer (Skia/PDF m150)');
    const oldStart = /startxref\n(\d+)/.exec(pdf.toString('latin1'))![1];
    expect(added).toContain(`/Prev ${oldStart}`);
    // The new xref entry and startxref point at the new object and the new xref section.
    const text = out.toString('latin1');
    const entry = /xref\n1 1\n(\d{10}) 00000 n \n/.exec(added)!;
    expect(text.slice(Number(entry[1]), Number(entry[1]) + 8)).toBe('1 0 obj\n');
    const start = Number(/startxref\n(\d+)\n%%EOF\n$/.exec(added)![1]);
    expect(text.slice(start, start + 4)).toBe('xref');
  });

  it('refuse un PDF sans table xref classique', () => {
    expect(() => infoUpdate(Buffer.from('%PDF-1.5\n%%EOF'), { author: 'a', creator: 'b' })).toThrow(/xref/);
  });
});
