// The charts' colours, in one place. Every colour used for text (or carrying white text) is
// checked against its background for WCAG 2.x AA contrast (4.5:1) in test/charts/palette.test.ts.

import { EXPORTS, IMPORTS } from '../model/direction.js';

export const palette = {
  /** Imports: bars, treemap cells, Sankey product nodes of the import chart (white text on it). */
  imports: IMPORTS.colour,
  /** Exports (white text on it). */
  exports: EXPORTS.colour,
  /** Negative balance, used as text colour on white. */
  deficit: '#b42318',
  /** Positive balance, used as text colour on white. */
  surplus: '#1a7f37',
  /** The five largest flows of a Sankey diagram. */
  highlight: '#d1303f',
  /** The other flows, and country nodes. */
  neutral: '#a3abb5',
  neutralDark: '#5b6470',
  /** Main text. */
  text: '#1f2328',
  /** Secondary text (values, headers). */
  muted: '#57606a',
  /** Rules, axis and separators (not text). */
  rule: '#d0d7de',
  axis: '#6e7781',
  background: '#ffffff',
  /** Text drawn on the imports/exports colours. */
  onColour: '#ffffff',
} as const;

/** WCAG AA minimum contrast for normal-size text. */
export const AA_CONTRAST = 4.5;

function channel(hex: string, offset: number): number {
  const v = parseInt(hex.slice(offset, offset + 2), 16) / 255;
  return v <= 0.04045 ? v / 12.92 : ((v + 0.055) / 1.055) ** 2.4;
}

/** WCAG relative luminance of a `#rrggbb` colour. */
export function relativeLuminance(hex: string): number {
  if (!/^#[0-9a-fA-F]{6}$/.test(hex)) throw new Error(`couleur invalide : ${hex}`);
  return 0.2126 * channel(hex, 1) + 0.7152 * channel(hex, 3) + 0.0722 * channel(hex, 5);
}

/** WCAG contrast ratio (1–21) between two `#rrggbb` colours. */
export function contrastRatio(a: string, b: string): number {
  const la = relativeLuminance(a);
  const lb = relativeLuminance(b);
  return (Math.max(la, lb) + 0.05) / (Math.min(la, lb) + 0.05);
}
