// The incremental update that sets a PDF's Author and Creator: the original bytes stay, the new
// Info dictionary keeps the title and the xref chain stays valid.
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { infoUpdate, parseInfoDict, withInfo } from '../../../src/report/pdf/info.js';
import { undoubledTitle } from '../../../src/report/pdf/outline-titles.js';
import { pdfStringText, pdfTextString } from '../../../src/report/pdf/pdf-strings.js';
import { xmpPacket } from '../../../src/report/pdf/xmp.js';
import { pdftotextTool, skipWithout } from '../../helpers/tools.js';
import { tempDir } from '../../helpers/temp-dir.js';

/** A minimal one-page PDF with a classic xref table, the way Skia writes them. */
function tinyPdf(): Buffer {
  const objects = [
    '<</Title (Loire \\(42\\))\n/Creator (HeadlessChrome)\n/Producer (Skia/PDF m150)>>',
    '<</Type /Catalog /Pages 3 0 R /Lang (fr) /Outlines 5 0 R>>',
    '<</Type /Pages /Kids [4 0 R] /Count 1>>',
    '<</Type /Page /Parent 3 0 R /MediaBox [0 0 595 842]>>',
    // Chromium's bookmarks: a heading moved to the next page has its title twice.
    '<</Type /Outlines /First 6 0 R /Last 8 0 R /Count 3>>',
    '<</Title (Balance \\(2024\\)Balance \\(2024\\))\n/Parent 5 0 R /Next 7 0 R /Dest [4 0 R /XYZ 0 800 0]>>',
    `<</Title ${pdfTextString('ÉvolutionÉvolution')}\n/Parent 5 0 R /Prev 6 0 R /Next 8 0 R /Dest [4 0 R /XYZ 0 600 0]>>`,
    '<</Title (Importations)\n/Parent 5 0 R /Prev 7 0 R /Dest [4 0 R /XYZ 0 400 0]>>',
  ];
  return pdfOf(objects);
}

/** A one-page tagged PDF whose structure tree holds a <strong> as Chromium tags it (/S /Strong). */
function taggedPdf(): Buffer {
  return pdfOf([
    '<</Title (Loire)>>',
    '<</Type /Catalog /Pages 3 0 R /StructTreeRoot 5 0 R /MarkInfo <</Marked true>>>>',
    '<</Type /Pages /Kids [4 0 R] /Count 1>>',
    '<</Type /Page /Parent 3 0 R /MediaBox [0 0 595 842]>>',
    '<</Type /StructTreeRoot\n/K 6 0 R>>',
    '<</Type /StructElem /S /Document /P 5 0 R /K [7 0 R]>>',
    '<</Type /StructElem /S /Strong /P 6 0 R /Pg 4 0 R>>',
  ]);
}

/** A PDF of `objects` (numbered from 1, the first the Info dictionary, the second the catalog) with a classic xref table. */
function pdfOf(objects: string[]): Buffer {
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

  it('lit les chaînes PDF littérales et hexadécimales', () => {
    expect(pdfStringText('(a \\(b\\) \\351t\\351)')).toBe('a (b) été');
    expect(pdfStringText(pdfTextString('Évolution — 5,9 %'))).toBe('Évolution — 5,9 %');
  });

  it('dit une seule fois le titre de signet que Chromium a doublé, et seulement lui', () => {
    expect(undoubledTitle('(ÉvolutionÉvolution)')).toBe('(Évolution)');
    expect(undoubledTitle(pdfTextString('ÉvolutionÉvolution'))).toBe(pdfTextString('Évolution'));
    expect(undoubledTitle('(Évolution)')).toBeNull();
    expect(undoubledTitle(pdfTextString('Évolution'))).toBeNull();
    expect(undoubledTitle('()')).toBeNull();
    expect(undoubledTitle(pdfTextString('ab'))).toBeNull();
  });

  it('redéfinit les signets doublés et le catalogue, qui pointe vers un flux XMP', () => {
    const pdf = tinyPdf();
    const added = infoUpdate(pdf, { author: 'territrade', creator: 'territrade 1.0', subject: 'Loire — 2024' });
    const text = added.toString('utf8');
    expect(text).toContain('6 0 obj\n<</Title (Balance \\(2024\\))\n/Parent 5 0 R /Next 7 0 R');
    expect(text).toContain(`7 0 obj\n<</Title ${pdfTextString('Évolution')}\n/Parent 5 0 R`);
    expect(text).not.toContain('8 0 obj');
    expect(text).toMatch(/2 0 obj\n<<\/Metadata 9 0 R \/Type \/Catalog \/Pages 3 0 R \/Lang \(fr\) \/Outlines 5 0 R>>/);
    expect(text).toContain('9 0 obj\n<</Type /Metadata /Subtype /XML');
    expect(text).toContain('<dc:title><rdf:Alt><rdf:li xml:lang="x-default">Loire (42)</rdf:li></rdf:Alt></dc:title>');
    expect(text).toContain('<dc:language><rdf:Bag><rdf:li>fr</rdf:li></rdf:Bag></dc:language>');
    expect(text).toContain('/Size 10');
  });

  it('donne aux types de structure de PDF 2.0 (Strong, Em) leur équivalent standard Span', () => {
    const added = infoUpdate(taggedPdf(), { author: 'a', creator: 'b' }).toString('latin1');
    expect(added).toContain('5 0 obj\n<</RoleMap <</Strong /Span /Em /Span>>\n/Type /StructTreeRoot\n/K 6 0 R>>');
    // Said once: a tree that has its role map is left as it is.
    expect(infoUpdate(tinyPdf(), { author: 'a', creator: 'b' }).toString('latin1')).not.toContain('/RoleMap');
  });

  it('écrit un paquet XMP échappé, sans sujet quand il n’y en a pas', () => {
    const xmp = xmpPacket({ title: 'A & B <c>', author: 'a', creator: 'c', language: 'fr' });
    expect(xmp).toContain('A &amp; B &lt;c&gt;');
    expect(xmp).not.toContain('dc:description');
  });

  it.skipIf(skipWithout([pdftotextTool()], 'outils poppler (pdfinfo)'))(
    'donne à poppler un PDF lisible : titres de signets, métadonnées XMP et document information',
    () => {
      const file = path.join(tempDir('territrade-info-'), 'fiche.pdf');
      fs.writeFileSync(
        file,
        withInfo(tinyPdf(), { author: 'territrade', creator: 'territrade 1.0', subject: 'Loire' }),
      );
      const meta = spawnSync('pdfinfo', ['-meta', file], { encoding: 'utf8' });
      expect(meta.stderr).toBe('');
      expect(meta.stdout).toContain('<dc:language><rdf:Bag><rdf:li>fr</rdf:li></rdf:Bag></dc:language>');
      const info = spawnSync('pdfinfo', [file], { encoding: 'utf8' });
      expect(info.stdout).toMatch(/^Subject: +Loire$/m);
      expect(info.stdout).toMatch(/^Title: +Loire \(42\)$/m);
    },
  );

  it.skipIf(skipWithout([pdftotextTool()], 'outils poppler (pdfinfo)'))(
    'donne à poppler une structure qu’il connaît : pas de « StructElem object is wrong type (Strong) »',
    () => {
      const dir = tempDir('territrade-struct-');
      fs.writeFileSync(path.join(dir, 'avant.pdf'), taggedPdf());
      fs.writeFileSync(path.join(dir, 'fiche.pdf'), withInfo(taggedPdf(), { author: 'a', creator: 'b' }));
      const struct = (f: string) => spawnSync('pdfinfo', ['-struct', path.join(dir, f)], { encoding: 'utf8' });
      expect(struct('avant.pdf').stderr).toContain('wrong type (Strong)');
      const after = struct('fiche.pdf');
      expect(after.stderr).toBe('');
      expect(after.stdout).toContain('Span');
    },
  );

  it('date le PDF de la construction (SOURCE_DATE_EPOCH) et non de l’impression : deux impressions donnent les mêmes octets', () => {
    // Chromium dates its Info dictionary with the time of printing, whatever SOURCE_DATE_EPOCH says.
    const printedAt = (stamp: string) =>
      pdfOf([
        `<</Title (Loire)\n/Creator (Chromium)\n/CreationDate (D:${stamp}+00'00')\n/ModDate (D:${stamp}+00'00')>>`,
        '<</Type /Catalog /Pages 3 0 R>>',
        '<</Type /Pages /Kids [4 0 R] /Count 1>>',
        '<</Type /Page /Parent 3 0 R /MediaBox [0 0 595 842]>>',
      ]);
    const info = { author: 'territrade', creator: 'territrade', date: new Date('2026-01-01T00:00:00Z') };
    const a = withInfo(printedAt('20261206041501'), info);
    const b = withInfo(printedAt('20261206041515'), info);
    expect(a.equals(b)).toBe(true);
    const text = a.toString('latin1');
    expect(text).not.toContain('20261206');
    expect(text).toContain("/CreationDate (D:20260101000000+00'00')");
    expect(text).toContain("/ModDate (D:20260101000000+00'00')");
    // Without a date, the printing time is kept as Chromium wrote it.
    expect(withInfo(printedAt('20261206041501'), { author: 'a', creator: 'c' }).toString('latin1')).toContain(
      "/CreationDate (D:20261206041501+00'00')",
    );
  });
});
