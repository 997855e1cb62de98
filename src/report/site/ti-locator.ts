// The locator map of a Territoire d'industrie's page: metropolitan France in grey with the
// territory's départements in the accent colour; an overseas département is named under it.
import { escapeXml } from '../../charts/svg.js';
import { mapGeometry } from './map-geometry.js';

const MARGIN = 6;

/** `inseeCodes`: the territory's départements ('42', '2B', '971'); `names` give their labels. */
export function renderTiLocator(
  inseeCodes: readonly string[],
  names: ReadonlyMap<string, string>,
  title: string,
): string {
  const { viewBox, shapes } = mapGeometry();
  const [x0 = 0, y0 = 0, width = 0, height = 0] = viewBox.split(/\s+/).map(Number);
  const inTerritory = new Set(inseeCodes);
  const paths = shapes.map((s) =>
    inTerritory.has(s.id)
      ? `<path class="ti-dans" d="${escapeXml(s.d)}"><title>${escapeXml(names.get(s.id) ?? s.name)} (${s.id})</title></path>`
      : `<path class="ti-hors" d="${escapeXml(s.d)}"/>`,
  );
  const onMap = new Set(shapes.map((s) => s.id));
  const overseas = inseeCodes.filter((c) => !onMap.has(c));
  const extra = overseas.length ? 40 : 0;
  const labels = overseas.map(
    (c, i) =>
      `<rect class="ti-dans" x="${x0 + 4 + i * 180}" y="${y0 + height + 14}" width="22" height="22" rx="3"/>` +
      `<text x="${x0 + 32 + i * 180}" y="${y0 + height + 30}" class="etiquette-tuile">${escapeXml(`${names.get(c) ?? c} (${c})`)}</text>`,
  );
  return [
    `<svg class="carte carte-ti" viewBox="${x0 - MARGIN} ${y0 - MARGIN} ${width + 2 * MARGIN} ${height + extra + 2 * MARGIN}" role="img" aria-label="${escapeXml(title)}" xmlns="http://www.w3.org/2000/svg">`,
    ...paths,
    ...labels,
    `</svg>`,
  ].join('\n');
}
