// The Excel display format of a tidy figure (report/tidy-figures.ts), read from its path: the
// registry's scale for `indicators.<key>.value|previous`, else the name's unit (`…_eur` euros,
// `…share…` a share, ranks and counts whole). Excel shows the marks of the reader's locale: a
// French Excel prints 4 192 100 000 and 5,9 %.
import { INDICATORS, type ScaleKind } from '../figures/indicators/registry.js';

const EUROS = '#,##0';
const SHARE = '0.0%';
const CHANGE = '+0.0%;-0.0%;0.0%';
const WHOLE = '0';
const DECIMAL = '0.00';

const BY_SCALE: Record<ScaleKind, string> = {
  exports: EUROS,
  imports: EUROS,
  balance: EUROS,
  'balance-share': '+0.00;-0.00;0.00',
  share: SHARE,
  change: CHANGE,
  rank: WHOLE,
  'equivalent-count': '0.0',
  index: '+0.00;-0.00;0.00',
};

export function indicatorFormat(indicator: string): string {
  const path = indicator.split('.');
  const last = path[path.length - 1]!;
  if (path[0] === 'indicators') {
    const descriptor = INDICATORS.find((d) => d.key === path[1]);
    if (descriptor) return BY_SCALE[descriptor.scale];
  }
  if (/_eur$/.test(last)) return EUROS;
  if (/_kg$/.test(last)) return EUROS;
  if (/change|rate/.test(last)) return CHANGE;
  if (/share/.test(last)) return SHARE;
  if (/^(in|of)_(france|region)$|rank|diversity|count/.test(last)) return WHOLE;
  if (path[0] === 'series' || path[0] === 'history') return EUROS;
  return DECIMAL;
}
