// Legends: colour swatches and balance markers with their words, laid out in one row.
import { measureText, type FontWeight } from './font.js';
import { balanceMarker } from './marker.js';
import { el, textEl } from './svg.js';
import type { SceneNode } from './scene.js';

/** A colour swatch of `height` px whose bottom edge sits 1 px below the text baseline. */
export function swatch(x: number, baseline: number, colour: string, cls: string, height = 10): SceneNode {
  return el('rect', { class: `legend-swatch ${cls}`, x, y: baseline - height + 1, width: 12, height, fill: colour });
}

export type LegendKey = { swatch: string; cls: string } | { marker: 'surplus' | 'deficit' };

export interface LegendItem {
  key: LegendKey;
  label: string;
  /** Colour of the label. */
  fill: string;
}

/** Space between two rows of a legend that wraps. */
export const LEGEND_ROW = 18;

/**
 * Items from x = 0 rightwards on one baseline, 14 px apart; with `maxWidth`, an item that
 * would pass it starts a new row `LEGEND_ROW` px lower.
 */
export function inlineLegend(
  items: readonly LegendItem[],
  baseline: number,
  size: number,
  weight: FontWeight = 400,
  maxWidth?: number,
): SceneNode {
  const out: SceneNode[] = [];
  let x = 0;
  for (const item of items) {
    const k = item.key;
    const itemWidth = ('swatch' in k ? 16 : 14) + measureText(item.label, size, weight);
    if (maxWidth !== undefined && x > 0 && x + itemWidth > maxWidth) {
      x = 0;
      baseline += LEGEND_ROW;
    }
    let textX: number;
    if ('swatch' in k) {
      out.push(swatch(x, baseline, k.swatch, k.cls));
      textX = x + 16;
    } else {
      out.push(balanceMarker(x + 5, baseline - 4, k.marker === 'surplus', `legend-marker ${k.marker}`));
      textX = x + 14;
    }
    out.push(textEl(textX, baseline, item.label, { size, weight, fill: item.fill }));
    x = textX + measureText(item.label, size, weight) + 14;
  }
  return el('g', { class: 'legend' }, ...out);
}
