// The PDF's document information (Author, Creator, Subject) and XMP metadata. Chromium's
// page.pdf() sets only the title and names itself as Creator; rather than rewrite the file (and
// risk its structure tree), an incremental update is appended: a new Info dictionary, an XMP
// stream referenced from a redefined catalog, the bookmarks whose title Chromium doubled, a role
// map for the structure types PDF 1.7 lacks, and an
// xref section pointing back to the original with /Prev, as PDF readers have handled since PDF
// 1.0. Everything else is kept byte for byte: tags, the rest of the outline, language.
import { outlineTitleFixes, type RedefinedObject } from './outline-titles.js';
import { pdfStringText, pdfTextString } from './pdf-strings.js';
import { xmpPacket } from './xmp.js';

export interface PdfInfo {
  author: string;
  creator: string;
  subject?: string;
  /** The document's date (the build's, SOURCE_DATE_EPOCH when set) instead of the time Chromium printed it. */
  date?: Date;
}

/** A PDF date in UTC: D:YYYYMMDDHHmmSS+00'00', the form and length Chromium writes. */
export function pdfDate(date: Date): string {
  const iso = date.toISOString();
  return `D:${iso.slice(0, 4)}${iso.slice(5, 7)}${iso.slice(8, 10)}${iso.slice(11, 13)}${iso.slice(14, 16)}${iso.slice(17, 19)}+00'00'`;
}

const DATE_ENTRY = /\/(CreationDate|ModDate) \((D:\d{14}\+00'00')\)/g;

/**
 * `pdf` with the dates of its Info dictionary set to `date` in place: same length, so that every
 * offset of the xref table stays right, and two prints of the same fiche give the same bytes.
 */
function withDatesInPlace(pdf: Buffer, t: Trailer, date: Date): Buffer {
  const dict = t.info ? objectDict(pdf, t.info) : null;
  if (dict === null) return pdf;
  const start = pdf.toString('latin1').indexOf(dict);
  const fixed = dict.replace(DATE_ENTRY, (_, key: string) => `/${key} (${pdfDate(date)})`);
  if (start < 0 || fixed.length !== dict.length) return pdf;
  const out = Buffer.from(pdf);
  out.write(fixed, start, 'latin1');
  return out;
}

const latin1 = (buf: Buffer, start: number, end?: number) => buf.toString('latin1', start, end);

/** The end (exclusive) of the PDF string or name value starting at `i` in `s`. */
function valueEnd(s: string, i: number): number {
  if (s[i] === '<') return s.indexOf('>', i) + 1;
  if (s[i] === '(') {
    let depth = 0;
    for (let j = i; j < s.length; j++) {
      const c = s[j];
      if (c === '\\') j++;
      else if (c === '(') depth++;
      else if (c === ')' && --depth === 0) return j + 1;
    }
    return -1;
  }
  // A name or number: up to the next key or the dictionary's end.
  const ends = [s.indexOf('/', i + 1), s.indexOf('>>', i)].filter((x) => x >= 0);
  return ends.length ? Math.min(...ends) : s.length;
}

/** The entries of a simple dictionary of strings (an Info dictionary), up to its closing >>, in order: [key, raw value]. */
export function parseInfoDict(body: string): [string, string][] {
  const entries: [string, string][] = [];
  const key = /\s*\/([A-Za-z0-9]+)\s*/y;
  let i = 0;
  while (i < body.length) {
    key.lastIndex = i;
    const m = key.exec(body);
    if (!m) break; // '>>' or the end
    const start = key.lastIndex;
    const end = valueEnd(body, start);
    if (end <= start) throw new Error('dictionnaire Info du PDF illisible');
    entries.push([m[1]!, body.slice(start, end).trim()]);
    i = end;
  }
  return entries;
}

interface Trailer {
  startxref: number;
  size: number;
  root: string;
  info: string | null;
}

function readTrailer(pdf: Buffer): Trailer {
  const tail = latin1(pdf, Math.max(0, pdf.length - 2048));
  const sx = /startxref\s+(\d+)\s+%%EOF\s*$/.exec(tail);
  const at = tail.lastIndexOf('trailer');
  if (!sx || at < 0) throw new Error('PDF sans table xref classique : métadonnées non modifiables');
  const dict = tail.slice(at, sx.index);
  const size = /\/Size\s+(\d+)/.exec(dict);
  const root = /\/Root\s+(\d+\s+\d+\s+R)/.exec(dict);
  if (!size || !root) throw new Error('fin de PDF illisible (Size ou Root absents)');
  const info = /\/Info\s+(\d+)\s+(\d+)\s+R/.exec(dict);
  return {
    startxref: Number(sx[1]),
    size: Number(size[1]),
    root: root[1]!,
    info: info ? `${info[1]} ${info[2]}` : null,
  };
}

/** The text of the object `num gen` from just after its opening <<, or null. */
function objectDict(pdf: Buffer, ref: string): string | null {
  const text = latin1(pdf, 0);
  const head = new RegExp(`(?:^|[\\r\\n])${ref.replace(' ', '\\s+')}\\s+obj\\s*<<`).exec(text);
  if (!head) return null;
  const start = head.index + head[0].length;
  const end = text.indexOf('endobj', start);
  return text.slice(start, end < 0 ? undefined : end);
}

/** The Info dictionary's entries: the original's (title, producer, dates) with ours. */
function infoEntries(pdf: Buffer, t: Trailer, info: PdfInfo): [string, string][] {
  const replaced = new Set(['Author', 'Creator', 'Subject']);
  const kept = t.info ? parseInfoDict(objectDict(pdf, t.info) ?? '').filter(([k]) => !replaced.has(k)) : [];
  const entries: [string, string][] = [
    ...kept,
    ['Author', pdfTextString(info.author)],
    ['Creator', pdfTextString(info.creator)],
  ];
  if (info.subject) entries.push(['Subject', pdfTextString(info.subject)]);
  return entries;
}

/** The XMP stream's object content (bytes as latin1 characters) for the document's `entries`. */
function xmpObject(entries: [string, string][], info: PdfInfo, language: string): string {
  const title = entries.find(([k]) => k === 'Title');
  const packet = Buffer.from(
    xmpPacket({
      title: title ? pdfStringText(title[1]) : '',
      author: info.author,
      creator: info.creator,
      ...(info.subject ? { subject: info.subject } : {}),
      language,
    }),
    'utf8',
  );
  return `<</Type /Metadata /Subtype /XML /Length ${packet.length}>>\nstream\n${packet.toString('latin1')}\nendstream`;
}

/** The catalog redefined to point at the XMP stream `xmpRef`, or null when it has metadata already. */
function catalogWithMetadata(pdf: Buffer, root: string, xmpRef: string): string | null {
  const dict = objectDict(pdf, root);
  if (dict === null || /\/Metadata\s/.test(dict)) return null;
  return `<</Metadata ${xmpRef} R ${dict.trimEnd()}`;
}

/**
 * PDF 2.0 structure types Chromium tags with (<strong>, <em>) mapped to PDF 1.7's standard Span,
 * so that readers of the PDF 1.7 it declares (poppler: « StructElem object is wrong type ») know them.
 */
const ROLE_MAP = '/RoleMap <</Strong /Span /Em /Span>>';

/** The structure tree root of the catalog `root` redefined with ROLE_MAP, or null (no tags, or a role map already). */
export function structRootWithRoleMap(pdf: Buffer, root: string): RedefinedObject | null {
  const ref = /\/StructTreeRoot\s+(\d+\s+\d+)\s+R/.exec(objectDict(pdf, root) ?? '');
  const dict = ref ? objectDict(pdf, ref[1]!) : null;
  if (!ref || dict === null || /\/RoleMap\s/.test(dict)) return null;
  return { ref: ref[1]!.replace(/\s+/, ' '), body: `<<${ROLE_MAP}\n${dict.trimEnd()}` };
}

/** The objects appended and their xref section, from `offset` (the update's first byte). */
function updateBody(objects: RedefinedObject[], offset: number): { objects: string; xref: string } {
  let text = '';
  let xref = 'xref\n';
  for (const o of [...objects].sort((a, b) => parseInt(a.ref) - parseInt(b.ref))) {
    const [num, gen] = o.ref.split(' ');
    xref += `${num} 1\n${String(offset + text.length).padStart(10, '0')} ${gen!.padStart(5, '0')} n \n`;
    text += `${o.ref} obj\n${o.body}\nendobj\n`;
  }
  return { objects: text, xref };
}

/** The bytes to append to `pdf` so that its Info dictionary says `info` (other entries kept), with XMP metadata in `language` and no doubled bookmark title. */
export function infoUpdate(pdf: Buffer, info: PdfInfo, language = 'fr'): Buffer {
  const t = readTrailer(pdf);
  const entries = infoEntries(pdf, t, info);
  // The original Info object is redefined when there is one, else a new object is added.
  const infoRef = t.info ?? `${t.size} 0`;
  let next = Math.max(t.size, parseInt(infoRef) + 1);
  const objects: RedefinedObject[] = [
    { ref: infoRef, body: `<<${entries.map(([k, v]) => `/${k} ${v}`).join('\n')}>>` },
    ...outlineTitleFixes(pdf.toString('latin1')),
  ];
  const rootRef = t.root.replace(/\s+R$/, '');
  const structRoot = structRootWithRoleMap(pdf, rootRef);
  if (structRoot) objects.push(structRoot);
  const xmpRef = `${next} 0`;
  const catalog = catalogWithMetadata(pdf, rootRef, xmpRef);
  if (catalog) {
    next++;
    objects.push({ ref: xmpRef, body: xmpObject(entries, info, language) }, { ref: rootRef, body: catalog });
  }
  const sep = pdf[pdf.length - 1] === 0x0a ? '' : '\n';
  const body = updateBody(objects, pdf.length + sep.length);
  const xrefOffset = pdf.length + sep.length + body.objects.length;
  const trailer = `trailer\n<</Size ${next}\n/Root ${t.root}\n/Info ${infoRef} R\n/Prev ${t.startxref}>>\nstartxref\n${xrefOffset}\n%%EOF\n`;
  return Buffer.from(sep + body.objects + body.xref + trailer, 'latin1');
}

/** `pdf` with its Info dictionary and XMP metadata updated (and dated `info.date` when given). */
export function withInfo(pdf: Buffer, info: PdfInfo, language = 'fr'): Buffer {
  const base = info.date ? withDatesInPlace(pdf, readTrailer(pdf), info.date) : pdf;
  return Buffer.concat([base, infoUpdate(base, info, language)]);
}
