// The registry's shares of a flow going to or coming from the United States or China, the partners
// every figures computes both ways (WATCHED_PARTNERS): read from their `exposure` block.
import { formatShare } from '../../format/fr.js';
import type { IndicatorDescriptor } from './registry.js';

/**
 * The share of a flow going to or coming from a partner whose exposure every figures computes
 * (WATCHED_PARTNERS), read from its `exposure` block; `partner` is that block's key.
 */
function partnerShare(d: {
  key: string;
  label: string;
  column: string;
  legendTitle: string;
  definition: string;
  partner: string;
  flow: 'exports' | 'imports';
}): IndicatorDescriptor {
  const { partner, flow, ...words } = d;
  const field = flow === 'imports' ? 'share_of_imports' : 'share_of_exports';
  return {
    ...words,
    exposure: { partner, flow },
    definedIn: 'exposition',
    unit: ' (part, de 0 à 1)',
    direction: 'neutral',
    scale: 'share',
    core: false,
    value: (f) => f.exposure[partner]?.[field] ?? null,
    previous: (f) => f.exposure[partner]?.previous?.[field] ?? null,
    formatValue: (v) => formatShare(v),
  };
}

export const PARTNER_SHARES: readonly IndicatorDescriptor[] = [
  partnerShare({
    key: 'part-importations-etats-unis',
    label: 'Part des importations venant des États-Unis',
    column: 'Part des importations des États-Unis',
    legendTitle: 'Part des importations venant des États-Unis',
    definition:
      'Importations depuis les États-Unis (code pays US) divisées par l’ensemble des importations du territoire, rapprochées de la même part pour la France.',
    partner: 'united_states',
    flow: 'imports',
  }),
  partnerShare({
    key: 'part-chine',
    label: 'Part des exportations vers la Chine',
    column: 'Part vers la Chine',
    legendTitle: 'Part des exportations allant en Chine',
    definition:
      'Exportations vers la Chine (code pays CN, hors Hong Kong et Taïwan) divisées par l’ensemble des exportations du territoire, rapprochées de la même part pour la France.',
    partner: 'CN',
    flow: 'exports',
  }),
  partnerShare({
    key: 'part-importations-chine',
    label: 'Part des importations venant de Chine',
    column: 'Part des importations de Chine',
    legendTitle: 'Part des importations venant de Chine',
    definition:
      'Importations depuis la Chine (code pays CN, hors Hong Kong et Taïwan) divisées par l’ensemble des importations du territoire, rapprochées de la même part pour la France ; la dépendance d’une activité à un seul pays est dans « Dépendances à l’import ».',
    partner: 'CN',
    flow: 'imports',
  }),
];
