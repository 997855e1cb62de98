// The PDF's document information (Author, Creator, Subject). Chromium's page.pdf() sets only the
// title and names itself as Creator; rather than rewrite the file (and risk its structure tree),
// an incremental update is appended: a new Info dictionary and an xref section pointing back to
// the original with /Prev, as PDF readers have handled since PDF 1.0. Everything else is kept
// byte for byte: tags, outline, language.

export interface PdfInfo {
  author: string;
  creator: string;
  subject?: string;
}

const latin1 = (buf: Buffer, start: number, end?: number) => buf.toString('latin1', start, end);

/** A text string as PDF wants it: UTF-16BE with a byte-order mark, in hexadecimal. */
export function pdfTextString(text: string): string {
  let hex = 'FEFF';
  for (let i = 0; i < text.length; i++) hex += text.charCodeAt(i).toString(16).toUpperCase().padStart(4, '0');
  return `<${hex}>`;
}

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

/** The bytes to append to `pdf` so that its Info dictionary says `info` (other entries kept). */
export function infoUpdate(pdf: Buffer, info: PdfInfo): Buffer {
  const t = readTrailer(pdf);
  const replaced = new Set(['Author', 'Creator', 'Subject']);
  const kept = t.info ? parseInfoDict(objectDict(pdf, t.info) ?? '').filter(([k]) => !replaced.has(k)) : [];
  const entries: [string, string][] = [
    ...kept,
    ['Author', pdfTextString(info.author)],
    ['Creator', pdfTextString(info.creator)],
  ];
  if (info.subject) entries.push(['Subject', pdfTextString(info.subject)]);
  // The original Info object is redefined when there is one, else a new object is added.
  const [num, gen] = t.info ? (t.info.split(' ').map(Number) as [number, number]) : [t.size, 0];
  const size = Math.max(t.size, num + 1);
  const sep = pdf[pdf.length - 1] === 0x0a ? '' : '\n';
  const objOffset = pdf.length + sep.length;
  const obj = `${num} ${gen} obj\n<<${entries.map(([k, v]) => `/${k} ${v}`).join('\n')}>>\nendobj\n`;
  const xrefOffset = objOffset + obj.length;
  const xref =
    `xref\n${num} 1\n${String(objOffset).padStart(10, '0')} ${String(gen).padStart(5, '0')} n \n` +
    `trailer\n<</Size ${size}\n/Root ${t.root}\n/Info ${num} ${gen} R\n/Prev ${t.startxref}>>\nstartxref\n${xrefOffset}\n%%EOF\n`;
  return Buffer.from(sep + obj + xref, 'latin1');
}

/** `pdf` with its Info dictionary updated. */
export function withInfo(pdf: Buffer, info: PdfInfo): Buffer {
  return Buffer.concat([pdf, infoUpdate(pdf, info)]);
}
