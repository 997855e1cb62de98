// A QR code as inline SVG, for a printed page to send its reader to an address (issue 21): the
// modules are computed by the `qrcode` package (ISO/IEC 18004 encoding, error correction level M,
// its own deterministic choice of version and mask), drawn here as one path of dark runs in module
// units, inside the white quiet zone of four modules that readers need around the symbol.
import QRCode from 'qrcode';
import { escapeVerbatim, tag } from './html.js';

/** The white margin around the symbol, in modules (the standard's minimum). */
export const QUIET_ZONE = 4;

/** The dark modules of `text`'s QR code: `size` × `size`, row by row. */
export interface QrMatrix {
  size: number;
  dark(row: number, col: number): boolean;
}

export function qrMatrix(text: string): QrMatrix {
  const modules = QRCode.create(text, { errorCorrectionLevel: 'M' }).modules;
  return { size: modules.size, dark: (row, col) => modules.get(row, col) === 1 };
}

/** 'M4 4h7v1h-7z…': every horizontal run of dark modules, quiet zone included in the offsets. */
function darkRuns(m: QrMatrix): string {
  let d = '';
  for (let row = 0; row < m.size; row++) {
    let col = 0;
    while (col < m.size) {
      if (!m.dark(row, col)) {
        col++;
        continue;
      }
      const start = col;
      while (col < m.size && m.dark(row, col)) col++;
      d += `M${start + QUIET_ZONE} ${row + QUIET_ZONE}h${col - start}v1h${start - col}z`;
    }
  }
  return d;
}

export interface QrSvgOptions {
  /** The symbol's side without its quiet zone, in millimetres (15 at least reads well on paper). */
  symbolMm: number;
  /** The image's accessible name (its <title> and aria-label): what the code leads to. */
  label: string;
  class?: string;
}

/** The QR code of `text` as an inline <svg>, its quiet zone included, sized in millimetres. */
export function qrCodeSvg(text: string, o: QrSvgOptions): string {
  const m = qrMatrix(text);
  const side = m.size + 2 * QUIET_ZONE;
  const mm = `${Math.ceil(((o.symbolMm * side) / m.size) * 10) / 10}mm`;
  return tag(
    'svg',
    {
      xmlns: 'http://www.w3.org/2000/svg',
      class: o.class,
      viewBox: `0 0 ${side} ${side}`,
      width: mm,
      height: mm,
      role: 'img',
      'aria-label': o.label,
      'shape-rendering': 'crispEdges',
    },
    tag('title', {}, escapeVerbatim(o.label)),
    tag('rect', { width: side, height: side, fill: '#fff' }),
    tag('path', { d: darkRuns(m), fill: '#000' }),
  );
}
