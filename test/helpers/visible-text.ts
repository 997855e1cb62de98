// What a reader of a page sees or hears, for checks on the French typography of the output: the
// text of the elements (scripts, styles and comments left out) and the attributes shown or read
// out (tooltips, labels, the index table's cell labels), entities decoded.
const HIDDEN = /<(script|style)\b[^>]*>[\s\S]*?<\/\1>|<!--[\s\S]*?-->/g;
const SHOWN_ATTRIBUTES =
  /\s(title|alt|placeholder|aria-label|aria-description|aria-roledescription|data-tip|data-libelle)="([^"]*)"/g;
const ENTITIES: Record<string, string> = { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'", nbsp: '\u00A0' };

function decode(text: string): string {
  return text.replace(/&(#x[0-9a-f]+|#\d+|[a-z]+);/gi, (whole, e: string) => {
    if (e[0] === '#')
      return String.fromCodePoint(e[1] === 'x' || e[1] === 'X' ? parseInt(e.slice(2), 16) : Number(e.slice(1)));
    return ENTITIES[e] ?? whole;
  });
}

/** The visible pieces of text of an HTML page (with its inline SVG), in document order. */
export function visibleTexts(html: string): string[] {
  const shown = html.replace(HIDDEN, '');
  const out: string[] = [];
  for (const m of shown.matchAll(/>([^<]+)</g)) out.push(decode(m[1]!));
  for (const m of shown.matchAll(SHOWN_ATTRIBUTES)) out.push(decode(m[2]!));
  return out.filter((t) => t.trim() !== '');
}

/** Every visible piece of text that holds a straight apostrophe ('), French typography wanting ’. */
export function straightApostrophes(html: string): string[] {
  return visibleTexts(html).filter((t) => t.includes("'"));
}
