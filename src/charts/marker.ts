// The ▲/▼ marker of a balance: colour is not the only cue for a surplus or a deficit.
import { palette } from './palette.js';
import { el, num } from './svg.js';
import type { SceneNode } from './scene.js';

/** Width of the marker; its height is 80 % of it. */
export const MARKER = 9;

const num1 = (v: number) => num(v, 1);

/** A triangle centred on (cx, cy): pointing up (green) for a surplus, down (red) for a deficit. */
export function balanceMarker(cx: number, cy: number, surplus: boolean, cls: string): SceneNode {
  const h = MARKER * 0.8;
  const d = surplus
    ? `M${num1(cx - MARKER / 2)},${num1(cy + h / 2)}L${num1(cx + MARKER / 2)},${num1(cy + h / 2)}L${num1(cx)},${num1(cy - h / 2)}Z`
    : `M${num1(cx - MARKER / 2)},${num1(cy - h / 2)}L${num1(cx + MARKER / 2)},${num1(cy - h / 2)}L${num1(cx)},${num1(cy + h / 2)}Z`;
  return el('path', { class: cls, d, fill: surplus ? palette.surplus : palette.deficit });
}
