// The short notices at the top of a fiche, where a convention of the customs statistics changes
// how its figures read: the DROM's trade with France left out, Monaco and Corse as the customs
// count them, and the conventions that dominate a territory's figures, decided from its own data
// (thresholds in docs/indicateurs.md, « Notices de convention »).
import type { Figures } from '../../figures/types.js';
import { formatShare } from '../../format/fr.js';
import { tag } from '../html.js';
import { DROM_NOTICE } from './prose.js';
import { COLON, customsOnly, isDrom } from './wording.js';

const NBSP = '\u00A0';

export interface Notice {
  /** A class beside 'notice': 'drom', 'monaco', 'corse', 'energie', 'hydrocarbures', 'avitaillement'. */
  kind: string;
  title: string;
  /** HTML text after the title. */
  text: string;
}

/** A territory receiving at least this share of France's electricity imports (A129 D35A) holds the national convention. */
export const ELECTRICITY_SHARE_OF_FRANCE = 0.5;
/** Crude oil, natural gas and refined products (B06Z, C19Z) weighing at least this share of a territory's imports. */
export const HYDROCARBONS_SHARE_OF_IMPORTS = 0.4;
/** Ship and aircraft supplies (partners QR, QS) weighing at least this share of a territory's exports or imports. */
export const SUPPLIES_SHARE_OF_TRADE = 0.05;

const HYDROCARBONS = new Set(['B06Z', 'C19Z']);
const SUPPLIES = new Set(['QR', 'QS']);

const MONACO: Notice = {
  kind: 'monaco',
  title: `Monaco${COLON}`,
  text: ` la principauté n’est pas un département français. Elle forme une union douanière avec la France${NBSP}: les douanes comptent ses échanges avec l’étranger comme ceux d’un département, rattaché à la région Provence-Alpes-Côte d’Azur, et ses échanges avec la France n’y figurent pas.`,
};

const CORSE: Notice = {
  kind: 'corse',
  title: `Corse${COLON}`,
  text: ` les douanes publient ensemble les deux départements corses, la Corse-du-Sud (2A) et la Haute-Corse (2B), sous un seul code (20)${NBSP}: leurs échanges ne peuvent pas être séparés.`,
};

/** The share of France's imports of an activity that the territory receives (its index × its share of France's imports). */
function shareOfFranceImports(f: Figures, code: string): number {
  const entry = f.specialisation.imports.find((e) => e.code === code);
  const share = f.imports.share_of_france;
  return entry && share !== null ? entry.index * share : 0;
}

function energyNotice(f: Figures): Notice | null {
  const share = shareOfFranceImports(f, 'D35A');
  if (share < ELECTRICITY_SHARE_OF_FRANCE) return null;
  return {
    kind: 'energie',
    title: `Gaz naturel et électricité${COLON}`,
    text: ` par convention, les douanes attribuent à Paris les importations de gaz naturel et d’électricité de toute la France. Ce territoire reçoit ainsi ${formatShare(share)} des importations françaises d’électricité${NBSP}: ses importations et son solde commercial en sont gonflés bien au-delà de ce qu’il consomme.`,
  };
}

function hydrocarbonsNotice(f: Figures): Notice | null {
  const total = f.imports.total_eur;
  const value = f.activities.imports.filter((a) => HYDROCARBONS.has(a.code)).reduce((s, a) => s + a.value_eur, 0);
  if (total <= 0 || value / total < HYDROCARBONS_SHARE_OF_IMPORTS) return null;
  return {
    kind: 'hydrocarbures',
    title: `Hydrocarbures${COLON}`,
    text: ` le pétrole brut, le gaz et les produits raffinés font ${formatShare(value / total)} des importations de ce territoire. Ils y sont déclarés à leur arrivée, dans les ports et les raffineries, mais sont pour l’essentiel consommés bien au-delà.`,
  };
}

function suppliesNotice(f: Figures): Notice | null {
  const flows = (['exports', 'imports'] as const).map((flow) => {
    const key = flow === 'exports' ? 'exports_eur' : 'imports_eur';
    const value = f.partners.filter((p) => SUPPLIES.has(p.country)).reduce((s, p) => s + p[key], 0);
    const total = f[flow].total_eur;
    return { flow, share: total > 0 ? value / total : 0 };
  });
  const top = flows.reduce((a, b) => (b.share > a.share ? b : a));
  if (top.share < SUPPLIES_SHARE_OF_TRADE) return null;
  return {
    kind: 'avitaillement',
    title: `Avitaillement et soutage${COLON}`,
    text: ` ${formatShare(top.share)} des ${top.flow === 'exports' ? 'exportations' : 'importations'} de ce territoire sont du carburant et des provisions fournis aux navires et aux avions. Les douanes les comptent comme un pays partenaire, «${NBSP}Avitaillement et soutage${NBSP}», qui n’est pas un pays.`,
  };
}

/** The notices of a fiche, in order; France, which holds every convention, gets none of the data-driven ones. */
export function ficheNotices(f: Figures): Notice[] {
  const notices: Notice[] = [];
  if (isDrom(f.territory)) notices.push({ kind: 'drom', ...DROM_NOTICE });
  const special = customsOnly(f.territory);
  if (special === 'monaco') notices.push(MONACO);
  if (special === 'corse' || (f.territory.kind === 'region' && f.territory.code === '94')) notices.push(CORSE);
  if (f.territory.kind !== 'france') {
    for (const n of [energyNotice(f), hydrocarbonsNotice(f), suppliesNotice(f)]) if (n) notices.push(n);
  }
  return notices;
}

export function renderNotices(f: Figures): string {
  return ficheNotices(f)
    .map((n) => tag('div', { class: `notice ${n.kind}`, role: 'note' }, tag('strong', {}, n.title), n.text) + '\n')
    .join('');
}
