// Chromium's PDF bookmarks repeat the title of a heading that the page break moved to the next
// page (« ÉvolutionÉvolution »): its text is collected from both layouts. The bookmark items with
// such a doubled title are found here so that the incremental update can redefine them.

/** The raw string `raw` ((…) or <FEFF…>) with its doubled text said once, or null when it is not doubled. */
export function undoubledTitle(raw: string): string | null {
  if (raw.startsWith('(')) {
    const inner = raw.slice(1, -1);
    const half = inner.length / 2;
    return inner.length > 0 && Number.isInteger(half) && inner.slice(0, half) === inner.slice(half)
      ? `(${inner.slice(0, half)})`
      : null;
  }
  const hex = raw.slice(1, -1).replace(/\s+/g, '').toUpperCase();
  if (!hex.startsWith('FEFF')) return null;
  const body = hex.slice(4);
  const half = body.length / 2;
  return body.length > 0 && half % 4 === 0 && body.slice(0, half) === body.slice(half)
    ? `<FEFF${body.slice(0, half)}>`
    : null;
}

export interface RedefinedObject {
  /** « num gen ». */
  ref: string;
  /** The object's new content (between obj and endobj). */
  body: string;
}

/** The outline items of `text` (a PDF read as latin1) whose title is doubled, with the title said once. */
export function outlineTitleFixes(text: string): RedefinedObject[] {
  const fixes: RedefinedObject[] = [];
  const head = /(?:^|[\r\n])(\d+) (\d+) obj\s*/g;
  for (let m = head.exec(text); m; m = head.exec(text)) {
    const start = head.lastIndex;
    const end = text.indexOf('endobj', start);
    if (end < 0) break;
    const body = text.slice(start, end);
    if (!body.startsWith('<<') || body.includes('stream') || !body.includes('/Parent')) continue;
    const title = /\/Title\s*(\((?:[^()\\]|\\.)*\)|<[0-9A-Fa-f\s]*>)/s.exec(body);
    const fixed = title ? undoubledTitle(title[1]!) : null;
    if (title && fixed) fixes.push({ ref: `${m[1]} ${m[2]}`, body: body.replace(title[1]!, () => fixed).trimEnd() });
  }
  return fixes;
}
