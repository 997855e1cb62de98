// How a colour looks to a reader with a red–green colour-vision deficiency, and how far apart two
// colours are: the simulation of Machado, Oliveira & Fernandes (2009, severity 1) on linear sRGB,
// then CIELAB (D65) and the CIE76 distance. For tests of the map palettes.

export type Vision = 'normale' | 'deutéranopie' | 'protanopie';

type Matrix = readonly [readonly number[], readonly number[], readonly number[]];

const MACHADO: Record<Exclude<Vision, 'normale'>, Matrix> = {
  deutéranopie: [
    [0.367322, 0.860646, -0.227968],
    [0.280085, 0.672501, 0.047413],
    [-0.01182, 0.04294, 0.968881],
  ],
  protanopie: [
    [0.152286, 1.052583, -0.204868],
    [0.114503, 0.786281, 0.099216],
    [-0.003882, -0.048116, 1.051998],
  ],
};

const toLinear = (c: number) => (c <= 0.04045 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4);

/** Linear sRGB components (0…1) of `#rrggbb`. */
function linearRgb(hex: string): [number, number, number] {
  const m = /^#([0-9a-f]{2})([0-9a-f]{2})([0-9a-f]{2})$/i.exec(hex);
  if (!m) throw new Error(`not a #rrggbb colour: ${hex}`);
  return [m[1]!, m[2]!, m[3]!].map((h) => toLinear(parseInt(h, 16) / 255)) as [number, number, number];
}

/** CIELAB (L*, a*, b*) of `#rrggbb` as seen with `vision`. */
export function labSeen(hex: string, vision: Vision): [number, number, number] {
  let rgb = linearRgb(hex);
  if (vision !== 'normale') {
    const m = MACHADO[vision];
    rgb = m.map((row) => Math.min(1, Math.max(0, row[0]! * rgb[0] + row[1]! * rgb[1] + row[2]! * rgb[2]))) as [
      number,
      number,
      number,
    ];
  }
  const [r, g, b] = rgb;
  const x = (0.4124564 * r + 0.3575761 * g + 0.1804375 * b) / 0.95047;
  const y = 0.2126729 * r + 0.7151522 * g + 0.072175 * b;
  const z = (0.0193339 * r + 0.119192 * g + 0.9503041 * b) / 1.08883;
  const f = (t: number) => (t > 216 / 24389 ? Math.cbrt(t) : (24389 / 27 / 116) * t + 16 / 116);
  return [116 * f(y) - 16, 500 * (f(x) - f(y)), 200 * (f(y) - f(z))];
}

/** CIE76 colour difference ΔE*ab between two colours as seen with `vision`. */
export function deltaE(a: string, b: string, vision: Vision): number {
  const [l1, a1, b1] = labSeen(a, vision);
  const [l2, a2, b2] = labSeen(b, vision);
  return Math.hypot(l1 - l2, a1 - a2, b1 - b2);
}
