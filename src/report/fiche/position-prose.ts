// The words of the "Positionnement et exposition" section: rank, concentration and exposure
// in sentences a non-economist reads without a definition. Returns escaped HTML.
import type { Exposure, Rank, RankEntry } from '../../figures/position/position.js';
import type { TerritoryRef } from '../../model/territory.js';
import { formatMEur, formatNumber, formatOrdinal, formatShare, NBSP, printedShareGap } from '../../format/fr.js';
import { duringPeriod } from '../../model/period.js';
import { escapeHtml } from '../html.js';
import { customsOnly, isPluralName, laterSubject, ofTerritory, subjectName } from './wording.js';

/** '1<sup>er</sup>', '12<sup>e</sup>'. */
const ordinal = (n: number): string => formatOrdinal(n, { sup: true });

/** What a territory is ranked among: '101 départements', '18 régions'; Monaco, no département, among '101 territoires'. */
function peers(t: TerritoryRef, count: number): string {
  if (t.kind === 'region') return `${count} régions`;
  return customsOnly(t) === 'monaco'
    ? `${count} territoires des douanes (les départements et Monaco)`
    : `${count} départements`;
}

/** Short rank for the key figures: '12<sup>e</sup> sur 101 départements'. */
export function rankDetail(t: TerritoryRef, entry: RankEntry): string {
  const count = customsOnly(t) === 'monaco' ? `${entry.of_france} territoires` : peers(t, entry.of_france);
  return `${ordinal(entry.in_france)} sur ${count}`;
}

/** Monaco's région: the customs count the principality with Provence-Alpes-Côte d'Azur. */
const MONACO_REGION = '93';

/** The rank of a département within its région, in words ('' for a région or France). */
function regionalRank(t: TerritoryRef, rank: Rank, region: TerritoryRef | null): string {
  const size = rank.exports.of_region;
  if (t.kind !== 'departement' || size === null || !region) return '';
  const name = escapeHtml(region.name);
  if (customsOnly(t) === 'corse')
    return ` Les douanes publient les deux départements de la région Corse sous un seul code${NBSP}: ses chiffres sont ceux de la région.`;
  if (size === 1) return ` C’est le seul département de la région ${name}.`;
  const among =
    region.code === MONACO_REGION
      ? `Parmi les ${size} territoires que les douanes rattachent à la région ${name}, ses ${size - 1} départements et Monaco`
      : `Parmi les ${size} départements de la région ${name}`;
  const who = escapeHtml(laterSubject(t));
  return (
    ` ${among}, ${who} ${isPluralName(t) ? 'arrivent' : 'arrive'} au ${ordinal(rank.exports.in_region!)} rang à l’export, ` +
    `au ${ordinal(rank.imports.in_region!)} à l’import et au ${ordinal(rank.balance.in_region!)} pour le solde.`
  );
}

/**
 * 'La Loire (42) occupe le 12e rang des 101 départements pour ses exportations, …' and, for a
 * département, its ranks within its région.
 */
export function rankSentence(
  t: TerritoryRef,
  rank: Rank,
  region: TerritoryRef | null,
  before: { rank: Rank; since: string } | null = null,
): string {
  const then = before ? ` (${ordinal(before.rank.exports.in_france)} ${duringPeriod(before.since)})` : '';
  const [verb, its, its1] = isPluralName(t) ? ['occupent', 'leurs', 'leur'] : ['occupe', 'ses', 'son'];
  return (
    `${escapeHtml(subjectName(t))} ${verb} le ${ordinal(rank.exports.in_france)} rang des ${peers(t, rank.exports.of_france)} pour ${its} exportations${then}, ` +
    `le ${ordinal(rank.imports.in_france)} pour ${its} importations et le ${ordinal(rank.balance.in_france)} pour ${its1} solde commercial.` +
    regionalRank(t, rank, region)
  );
}

/** An equivalent number of equal partners or activities, as a count a reader can picture. */
export function equivalentCount(equivalent: number): number {
  return Math.max(1, Math.round(equivalent));
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
  // Compared as printed: two shares that print alike are said alike.
  const { points } = printedShareGap(e.share_of_exports, e.france_share_of_exports);
  const compare = points > 0 ? 'plus exposé que' : points < 0 ? 'moins exposé que' : 'exposé autant que';
  return `${head}, contre ${formatShare(e.france_share_of_exports)} pour l'ensemble de la France${NBSP}: le territoire y est ${compare} la moyenne nationale.`;
}

/** 'En 2023, cette part était de 9,8 % : elle a augmenté de 3,4 points.' ('' without a previous value). */
export function exposureChangeSentence(
  e: Exposure & { previous: { share_of_exports: number | null } | null },
  since: string | null,
): string {
  const prev = e.previous?.share_of_exports ?? null;
  if (since === null || prev === null || e.share_of_exports === null) return '';
  // The change a reader computes from the two printed shares (4,9 % → 4,5 %: 0,4 point).
  const gap = printedShareGap(e.share_of_exports, prev);
  const points = Math.abs(gap.points);
  const change =
    points === 0
      ? 'elle est restée stable'
      : `elle a ${gap.points > 0 ? 'augmenté' : 'diminué'} de ${formatNumber(points, gap.decimals)}${NBSP}point${points >= 2 ? 's' : ''}`;
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
