// The words of the "Positionnement et exposition" section: rank, concentration and exposure
// in sentences a non-economist reads without a definition. Returns escaped HTML.
import type { Exposure, FlowConcentration, Rank, RankEntry } from '../../figures/position/position.js';
import type { TerritoryRef } from '../../model/territory.js';
import { formatMEur, formatNumber, formatOrdinal, formatShare, NBSP } from '../../format/fr.js';
import { duringPeriod } from '../../model/period.js';
import { escapeHtml } from '../html.js';
import { displayName, ofTerritory } from './wording.js';

/** '1<sup>er</sup>', '12<sup>e</sup>'. */
const ordinal = (n: number): string => formatOrdinal(n, { sup: true });

/** What a territory is ranked among: 'départements' or 'régions'. */
function peers(t: TerritoryRef): string {
  return t.kind === 'region' ? 'régions' : 'départements';
}

/** Short rank for the key figures: '12<sup>e</sup> sur 101 départements'. */
export function rankDetail(t: TerritoryRef, entry: RankEntry): string {
  return `${ordinal(entry.in_france)} sur ${entry.of_france} ${peers(t)}`;
}

/**
 * 'Loire (42) occupe le 12e rang des 101 départements pour ses exportations, …' and, for a
 * département, its ranks within its région.
 */
export function rankSentence(
  t: TerritoryRef,
  rank: Rank,
  region: TerritoryRef | null,
  before: { rank: Rank; since: string } | null = null,
): string {
  const then = before ? ` (${ordinal(before.rank.exports.in_france)} ${duringPeriod(before.since)})` : '';
  const national =
    `${escapeHtml(displayName(t))} occupe le ${ordinal(rank.exports.in_france)} rang des ${rank.exports.of_france} ${peers(t)} pour ses exportations${then}, ` +
    `le ${ordinal(rank.imports.in_france)} pour ses importations et le ${ordinal(rank.balance.in_france)} pour son solde commercial.`;
  const size = rank.exports.of_region;
  if (t.kind !== 'departement' || size === null || !region) return national;
  if (size === 1) return `${national} C'est le seul département de la région ${escapeHtml(region.name)}.`;
  return (
    `${national} Parmi les ${size} départements de la région ${escapeHtml(region.name)}, il est ${ordinal(rank.exports.in_region!)} à l'export, ` +
    `${ordinal(rank.imports.in_region!)} à l'import et ${ordinal(rank.balance.in_region!)} pour le solde.`
  );
}

/** An equivalent number of equal partners or activities, as a count a reader can picture. */
export function equivalentCount(equivalent: number): number {
  return Math.max(1, Math.round(equivalent));
}

const FLOWS = { exports: 'Les exportations', imports: 'Les importations' } as const;

/**
 * 'Les exportations dépendent autant de leurs partenaires que si elles étaient réparties
 * également entre 8 pays, et autant de leurs produits que si elles étaient partagées également
 * entre 12 activités.'
 */
export function concentrationSentence(flow: 'exports' | 'imports', c: FlowConcentration): string {
  const flows = FLOWS[flow];
  if (c.equivalent_partners === null || c.equivalent_products === null)
    return `${flows} sont nulles${NBSP}: il n'y a pas de concentration à mesurer.`;
  const countries = equivalentCount(c.equivalent_partners);
  const activities = equivalentCount(c.equivalent_products);
  const partnersPart =
    countries === 1
      ? `${flows} dépendent de leurs partenaires comme si elles allaient toutes à un seul pays`
      : `${flows} dépendent autant de leurs partenaires que si elles étaient réparties également entre ${formatNumber(countries)} pays`;
  const productsPart =
    activities === 1
      ? `et de leurs produits comme si elles ne portaient que sur une seule activité`
      : `et autant de leurs produits que si elles étaient partagées également entre ${formatNumber(activities)} activités`;
  return `${partnersPart}, ${productsPart}.`;
}

/** 'Les États-Unis reçoivent 11,0 % des exportations du département (455,3 M€), contre 8,0 % pour la France.' */
export function exposureSentence(t: TerritoryRef, e: Exposure, year: number | string): string {
  const of = ofTerritory(t);
  if (e.share_of_exports === null) return `Aucune exportation ${of} n'est enregistrée ${duringPeriod(year)}.`;
  if (e.exports_eur <= 0) {
    return `Aucune exportation ${of} vers les États-Unis n'est enregistrée ${duringPeriod(year)}${e.france_share_of_exports !== null ? `, alors qu'ils reçoivent ${formatShare(e.france_share_of_exports)} des exportations françaises` : ''}.`;
  }
  const head = `Les États-Unis reçoivent <strong>${formatShare(e.share_of_exports)}</strong> des exportations ${of} (${formatMEur(e.exports_eur)})`;
  if (e.france_share_of_exports === null) return `${head}.`;
  const compare =
    e.share_of_exports > e.france_share_of_exports
      ? 'plus'
      : e.share_of_exports < e.france_share_of_exports
        ? 'moins'
        : 'autant';
  return `${head}, contre ${formatShare(e.france_share_of_exports)} pour l'ensemble de la France${NBSP}: le territoire y est ${compare} exposé que la moyenne nationale.`;
}

/** 'En 2023, cette part était de 9,8 % : elle a augmenté de 3,4 points.' ('' without a previous value). */
export function exposureChangeSentence(
  e: Exposure & { previous: { share_of_exports: number | null } | null },
  since: string | null,
): string {
  const prev = e.previous?.share_of_exports ?? null;
  if (since === null || prev === null || e.share_of_exports === null) return '';
  const points = Math.abs(e.share_of_exports - prev) * 100;
  const shown = formatNumber(points, 1);
  const change =
    shown === formatNumber(0, 1)
      ? 'elle est restée stable'
      : `elle a ${e.share_of_exports > prev ? 'augmenté' : 'diminué'} de ${shown}${NBSP}point${points >= 2 ? 's' : ''}`;
  return `${duringPeriod(since, true)}, cette part était de ${formatShare(prev)}${NBSP}: ${change}.`;
}

/**
 * The definitions of the two list blocks that are not registry indicators (HTML items): the
 * specialisation index and the import dependencies.
 */
export function blockDefinitions(minShare: string, rows: number): string[] {
  return [
    `<strong>Indice de spécialisation.</strong> Part d'une activité A129 dans les exportations (ou les importations) du territoire, divisée par sa part dans celles de la France entière (somme de tous les départements, jamais la région). ` +
      `Au-dessus de 1, l'activité est surreprésentée. Le graphique retient les ${rows} plus forts indices parmi les activités qui pèsent au moins ${minShare} des exportations du territoire.`,
    `<strong>Dépendances à l'import.</strong> Activités A129 dont la moitié au moins (50${NBSP}% compris) des importations du territoire provient d'un seul pays, classées par part décroissante${NBSP}; la fiche montre les plus importantes en valeur, le fichier CSV et le JSON les donnent toutes.`,
  ];
}
