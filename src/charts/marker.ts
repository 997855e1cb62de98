// The ▲/▼ marker of a balance: colour is not the only cue for a surplus or a deficit.
import { palette } from './palette.js';
import { el, num } from './svg.js';
import type { SceneNode } from './scene.js';

/** Width of the marker; its height is 80 % of it. */
export const MARKER = 9;

const num1 = (v: number) => num(v, 1);

/** The path of a triangle centred on (cx, cy): pointing up for a surplus, down for a deficit. */
function markerPath(cx: number, cy: number, surplus: boolean): string {
  const h = MARKER * 0.8;
  return surplus
    ? `M${num1(cx - MARKER / 2)},${num1(cy + h / 2)}L${num1(cx + MARKER / 2)},${num1(cy + h / 2)}L${num1(cx)},${num1(cy - h / 2)}Z`
    : `M${num1(cx - MARKER / 2)},${num1(cy - h / 2)}L${num1(cx + MARKER / 2)},${num1(cy - h / 2)}L${num1(cx)},${num1(cy + h / 2)}Z`;
}

/** A triangle centred on (cx, cy): pointing up (green) for a surplus, down (red) for a deficit. */
export function balanceMarker(cx: number, cy: number, surplus: boolean, cls: string): SceneNode {
  return el('path', { class: cls, d: markerPath(cx, cy, surplus), fill: surplus ? palette.surplus : palette.deficit });
}

/**
 * The same marker as a small inline SVG for a sentence: the fiche's font has no ▲/▼ glyph, and a
 * fallback font would be embedded in the PDF for two characters.
 */
export function inlineMarker(surplus: boolean): string {
  const h = num1(MARKER * 0.8);
  const label = surplus ? 'triangle pointe en haut' : 'triangle pointe en bas';
  return (
    `<svg class="inline-marker" width="${MARKER}" height="${h}" viewBox="0 0 ${MARKER} ${h}" role="img" aria-label="${label}">` +
    `<path d="${markerPath(MARKER / 2, MARKER * 0.4, surplus)}" fill="${surplus ? palette.surplus : palette.deficit}"/></svg>`
  );
}
