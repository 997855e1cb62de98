// The methodology's definitions: one item per registry indicator, then the list blocks that are
// not single values (specialisation, dependencies). Adding an indicator to the registry adds it here.
import { indicatorLabel, INDICATORS } from '../../figures/indicators/registry.js';
import type { TerritoryKind } from '../../model/territory.js';
import { formatShare } from '../../format/fr.js';
import { escapeHtml } from '../html.js';
import { SPECIALISATION_MIN_SHARE, SPECIALISATION_ROWS } from './position.js';
import { blockDefinitions } from './position-prose.js';

/**
 * HTML list items, in the registry's order (those the « Pistes d'action » method defines left out),
 * labelled for the fiche's kind of territory (a région's rank is among the régions).
 */
export function methodDefinitions(kind: TerritoryKind): string[] {
  return [
    ...INDICATORS.filter((d) => d.definedIn === undefined).map(
      (d) => `<strong>${escapeHtml(indicatorLabel(d, [kind]))}.</strong> ${escapeHtml(d.definition)}`,
    ),
    ...blockDefinitions(formatShare(SPECIALISATION_MIN_SHARE), SPECIALISATION_ROWS),
  ];
}
