// Chromium names the tagged table cells of a PDF after DOM node ids (« node00004465 ») counted in
// its renderer across every page it has printed, so a fiche's bytes depended on which fiches were
// printed before it. The ids only pair header cells with the cells they head (/ID, /Headers):
// renumbering them in order of first appearance, at the same width, keeps every xref offset and
// makes the file depend on the fiche alone.
const NODE_ID = /\(node(\d{8})\)/g;

/** `pdf` with Chromium's node ids renumbered from 1 in order of first appearance (same length). */
export function withStableNodeIds(pdf: Buffer): Buffer {
  const text = pdf.toString('latin1');
  const renumbered = new Map<string, string>();
  let changed = false;
  const fixed = text.replace(NODE_ID, (whole, id: string) => {
    let next = renumbered.get(id);
    if (next === undefined) {
      next = String(renumbered.size + 1).padStart(8, '0');
      renumbered.set(id, next);
    }
    if (next !== id) changed = true;
    return `(node${next})`;
  });
  return changed ? Buffer.from(fixed, 'latin1') : pdf;
}
