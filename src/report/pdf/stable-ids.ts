// Chromium names the tagged table cells of a PDF after DOM node ids (« node00004465 ») counted in
// its renderer across every page it has printed, so a fiche's bytes depended on which fiches were
// printed before it. The ids only pair header cells with the cells they head (/ID, /Headers, the
// IDTree): renumbering them from 1 in their own order, at the same width, keeps the IDTree sorted
// and every xref offset right, and makes the file depend on the fiche alone.
const NODE_ID = /\(node(\d{8})\)/g;

/** `pdf` with Chromium's node ids renumbered 1, 2, 3… in increasing order of the originals (same length). */
export function withStableNodeIds(pdf: Buffer): Buffer {
  const text = pdf.toString('latin1');
  const ids = [...new Set(Array.from(text.matchAll(NODE_ID), (m) => m[1]!))].sort();
  const renumbered = new Map(ids.map((id, i) => [id, String(i + 1).padStart(8, '0')]));
  if (ids.every((id) => renumbered.get(id) === id)) return pdf;
  return Buffer.from(
    text.replace(NODE_ID, (_, id: string) => `(node${renumbered.get(id)!})`),
    'latin1',
  );
}
