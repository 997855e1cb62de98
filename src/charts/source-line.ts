// The source line under every chart, as public statistics print it ("Source : DGDDI, …").
import { blockHeight, wrapText } from './font.js';
import { palette } from './palette.js';
import { el } from './svg.js';
import { textLines } from './text-lines.js';
import type { SceneNode } from './scene.js';

export const SOURCE_SIZE = 11;
const LINE = 14;
/** Space between the chart's content and its source line. */
const GAP = 10;

/** The source line below content ending at `top`, wrapped to `width`; and the height it adds. */
export function sourceLine(source: string, top: number, width: number): { svg: SceneNode; height: number } {
  const lines = wrapText(source, width, SOURCE_SIZE, 400, 3);
  const svg = el(
    'g',
    { class: 'label source' },
    ...textLines(lines, 0, top + GAP, LINE, { size: SOURCE_SIZE, fill: palette.muted }),
  );
  return { svg, height: GAP + blockHeight(lines.length, SOURCE_SIZE, LINE) };
}
