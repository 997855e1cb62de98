// The indicator registry: one descriptor per headline indicator of a territory, the single list
// that the site map, the `figures` summary, figures --json (`indicators`), the tidy export and
// docs/indicateurs.md iterate over. Adding an indicator = one descriptor here (docs/architecture.md).
import {
  formatChange,
  formatMEur,
  formatNumber,
  formatOrdinal,
  formatShare,
  formatSignedMEur,
  NBSP,
} from '../../format/fr.js';
import { FIGURES_SCHEMA, type Figures, type FiguresSummary } from '../types.js';
import type { TerritoryKind } from '../../model/territory.js';
import { COMPLEXITY_INDICATORS } from './complexity.js';
import { PARTNER_SHARES } from './partner-shares.js';

/** The figures before their `indicators` block is added. */
export type BaseFigures = Omit<Figures, 'schema' | 'indicators'>;

/**
 * What a descriptor reads: the figures without flows, movers and « Pistes d'action » lists, so that
 * compare and rank compute every indicator without them (FiguresSummary).
 */
export type IndicatorSource = Omit<FiguresSummary, 'schema' | 'indicators'>;

/**
 * A part of the figures that costs a reading of the store when asked for: the ECI's product space,
 * or the previous period's rows (a change; rank reads them only for such a value).
 */
export type IndicatorNeed = 'complexity' | 'previous';

/** How a map colours the indicator (the site turns the kind into a colour scale). */
export type ScaleKind =
  'exports' | 'imports' | 'balance' | 'balance-share' | 'share' | 'change' | 'rank' | 'equivalent-count' | 'index';

/** Which way is « better » for a ranking's wording: higher, lower, or neither (a size, not a merit). */
export type Direction = 'higher' | 'lower' | 'neutral';

export interface IndicatorDescriptor {
  /** Stable key: JSON `indicators.<key>`, tidy rows, the site's map choice. */
  key: string;
  /** French label (radio button, docs heading); a rank's names its peers: see indicatorLabel. */
  label: string;
  /**
   * A rank among peers: for each kind of territory it ranks, its peers (« les régions »), which end
   * the label (indicatorLabel); a territory of another kind has no rank (« sans objet »).
   */
  among?: Partial<Record<TerritoryKind, string>>;
  /** The kinds of territory it has a value for, when not all; the others show « sans objet ». */
  kinds?: readonly TerritoryKind[];
  /** Short column heading of tables. */
  column: string;
  /** Unit added to a CSV column heading: ' (euros)'. */
  unit: string;
  /** Legend heading of the map. */
  legendTitle: string;
  /** French plain text: what it measures and how, with its limits (the fiche's methodology lists it). */
  definition: string;
  direction: Direction;
  scale: ScaleKind;
  /** Always in the site's table (the first columns); the others share its last column. */
  core: boolean;
  /**
   * Where the fiche defines it when not in the methodology's list of definitions: 'pistes', the
   * method of the « Pistes d'action » section (the ECI, which no other part of the fiche shows);
   * 'exposition', the sentences of the exposure block, which name each share's flow and partner
   * beside France's (the import and China shares: their entries cost the Loire an 8th page).
   */
  definedIn?: 'pistes' | 'exposition';
  /** For a partner's share: its `exposure` block key and the flow (rank lists the activities behind it). */
  exposure?: { partner: string; flow: 'exports' | 'imports' };
  /** The line label of `territrade figures` when the summary has no dedicated line for it. */
  summaryLabel?: string;
  /** What its value needs beyond the summary read with the territory's rows (none when absent). */
  needs?: readonly IndicatorNeed[];
  value(f: IndicatorSource): number | null;
  /** The same quantity over the previous period; null when there is none or it does not apply. */
  previous(f: IndicatorSource): number | null;
  /** The value as shown in a title, a tooltip, a table or the CLI (non-null, finite). */
  formatValue(v: number): string;
}

const ratio = (part: number | null, whole: number | null): number | null =>
  part === null || whole === null || whole === 0 ? null : part / whole;

/** Exports minus imports over their sum, −1 to 1; null without trade. */
export function balanceShare(exports: number | null, imports: number | null): number | null {
  return exports === null || imports === null ? null : ratio(exports - imports, exports + imports);
}

const equivalentCount = (v: number) => `${formatNumber(v, 1)}${NBSP}pays`;

export const INDICATORS: readonly IndicatorDescriptor[] = [
  {
    key: 'exportations',
    label: 'Exportations',
    column: 'Exportations',
    unit: ' (euros)',
    legendTitle: 'Exportations, en millions d’euros',
    definition: 'Valeur des biens exportés par le territoire sur la période, tous pays et toutes activités.',
    direction: 'neutral',
    scale: 'exports',
    core: true,
    value: (f) => f.exports.total_eur,
    previous: (f) => f.exports.previous_eur,
    formatValue: (v) => formatMEur(v),
  },
  {
    key: 'importations',
    label: 'Importations',
    column: 'Importations',
    unit: ' (euros)',
    legendTitle: 'Importations, en millions d’euros',
    definition: 'Valeur des biens importés par le territoire sur la période, tous pays et toutes activités.',
    direction: 'neutral',
    scale: 'imports',
    core: true,
    value: (f) => f.imports.total_eur,
    previous: (f) => f.imports.previous_eur,
    formatValue: (v) => formatMEur(v),
  },
  {
    key: 'solde',
    label: 'Solde commercial',
    column: 'Solde commercial',
    unit: ' (euros)',
    legendTitle: 'Solde commercial (exportations − importations)',
    definition: 'Exportations moins importations : positif, un excédent ; négatif, un déficit.',
    direction: 'higher',
    scale: 'balance',
    core: true,
    value: (f) => f.balance_eur,
    previous: (f) =>
      f.exports.previous_eur === null || f.imports.previous_eur === null
        ? null
        : f.exports.previous_eur - f.imports.previous_eur,
    formatValue: (v) => formatSignedMEur(v),
  },
  {
    key: 'part-etats-unis',
    label: 'Part des exportations vers les États-Unis',
    column: 'Part vers les États-Unis',
    unit: ' (part, de 0 à 1)',
    legendTitle: 'Part des exportations allant aux États-Unis',
    definition:
      'Exportations vers les États-Unis (code pays US) divisées par l’ensemble des exportations du territoire, rapprochées de la même part pour la France ; pour les cinq activités qui y exportent le plus, la fiche donne la part de leurs exportations qui part vers les États-Unis.',
    direction: 'neutral',
    scale: 'share',
    core: false,
    exposure: { partner: 'united_states', flow: 'exports' },
    value: (f) => ratio(f.exports_to_us_eur, f.exports.total_eur),
    previous: (f) => f.exposure['united_states']?.previous?.share_of_exports ?? null,
    formatValue: (v) => formatShare(v),
  },
  ...PARTNER_SHARES,
  {
    key: 'evolution-exportations',
    label: 'Évolution des exportations',
    column: 'Évolution des exportations',
    unit: ' (taux, 0,05 = +5 %)',
    legendTitle: 'Évolution des exportations par rapport à la même période un an plus tôt',
    definition: 'Exportations de la période divisées par celles des mêmes trimestres un an plus tôt, moins 1.',
    direction: 'higher',
    scale: 'change',
    core: false,
    needs: ['previous'],
    value: (f) => f.exports.change_rate,
    previous: () => null,
    formatValue: (v) => formatChange(v),
  },
  {
    key: 'evolution-importations',
    label: 'Évolution des importations',
    column: 'Évolution des importations',
    unit: ' (taux, 0,05 = +5 %)',
    legendTitle: 'Évolution des importations par rapport à la même période un an plus tôt',
    definition: 'Importations de la période divisées par celles des mêmes trimestres un an plus tôt, moins 1.',
    direction: 'neutral',
    scale: 'change',
    core: false,
    needs: ['previous'],
    value: (f) => f.imports.change_rate,
    previous: () => null,
    formatValue: (v) => formatChange(v),
  },
  {
    key: 'rang-exportations',
    label: 'Rang des exportations',
    among: { departement: 'les départements', region: 'les régions' },
    column: 'Rang des exportations',
    unit: ' (1 = le plus grand)',
    legendTitle: 'Rang des exportations (1 = le plus exportateur)',
    definition:
      'Place du territoire parmi ses pairs classés par exportations décroissantes : chaque département parmi tous les départements des fichiers des douanes (la Corse y forme un seul département, code 20 ; les cinq départements d’outre-mer et Monaco, code 99, y figurent), puis parmi ceux de sa région ; chaque région parmi les régions. Le rang 1 revient au montant le plus élevé ; des territoires à égalité partagent le meilleur rang. La fiche donne de même les rangs à l’import et pour le solde (1 = le plus fort excédent).',
    direction: 'lower',
    scale: 'rank',
    core: false,
    value: (f) => f.rank?.exports.in_france ?? null,
    previous: (f) => f.rank?.previous?.exports.in_france ?? null,
    formatValue: (v) => formatOrdinal(v),
  },
  {
    key: 'concentration-partenaires',
    label: 'Concentration des exportations par pays',
    column: 'Pays équivalents à l’export',
    unit: ' (nombre de pays)',
    legendTitle: 'Nombre équivalent de pays clients (moins il y en a, plus les exportations sont concentrées)',
    definition:
      'Inverse de l’indice de Herfindahl-Hirschman, somme des carrés des parts de chaque pays client (codes pays des douanes, tels qu’ils figurent dans les données) dans les exportations : autant de pays à parts égales donneraient la même concentration ; 1 quand tout part vers un seul pays. La fiche mesure de même la concentration des importations et celle des activités A129.',
    direction: 'higher',
    scale: 'equivalent-count',
    core: false,
    value: (f) => f.concentration.exports.equivalent_partners,
    previous: (f) => f.concentration.exports.previous?.equivalent_partners ?? null,
    formatValue: equivalentCount,
  },
  {
    key: 'solde-part-echanges',
    label: 'Solde rapporté aux échanges',
    column: 'Solde / échanges',
    unit: ' (part, de −1 à 1)',
    legendTitle: 'Solde rapporté aux échanges : (exportations − importations) / (exportations + importations)',
    definition:
      'Solde commercial divisé par la somme des exportations et des importations, de −100 % (que des importations) à +100 % (que des exportations) : compare les soldes de territoires de tailles différentes.',
    direction: 'higher',
    scale: 'balance-share',
    core: false,
    summaryLabel: 'Solde rapporté aux échanges',
    value: (f) => balanceShare(f.exports.total_eur, f.imports.total_eur),
    previous: (f) => balanceShare(f.exports.previous_eur, f.imports.previous_eur),
    formatValue: (v) => formatChange(v),
  },
  ...COMPLEXITY_INDICATORS,
];

/** The figures' `indicators` block: every registry indicator with its previous value. */
export type IndicatorValues = Record<string, { value: number | null; previous: number | null }>;

const finiteOrNull = (v: number | null): number | null => (v !== null && Number.isFinite(v) ? v : null);

export function indicatorValues(f: IndicatorSource): IndicatorValues {
  return Object.fromEntries(
    INDICATORS.map((d) => [d.key, { value: finiteOrNull(d.value(f)), previous: finiteOrNull(d.previous(f)) }]),
  );
}

/** The figures as published: their schema version first, the registry's indicators last. */
export function withIndicators<T extends IndicatorSource>(
  base: T,
): { schema: typeof FIGURES_SCHEMA } & T & { indicators: IndicatorValues } {
  return { schema: FIGURES_SCHEMA, ...base, indicators: indicatorValues(base) };
}

/** What some indicators' values need beyond the summary. */
export function needsOf(descriptors: readonly IndicatorDescriptor[]): Set<IndicatorNeed> {
  return new Set(descriptors.flatMap((d) => d.needs ?? []));
}

export const NOT_AVAILABLE = 'non disponible';
/** What a territory shows for an indicator that does not apply to its kind (France's rank). */
export const NOT_APPLICABLE = 'sans objet';

const KINDS: readonly TerritoryKind[] = ['departement', 'region', 'france'];
const A_KIND: Partial<Record<TerritoryKind, string>> = { departement: 'un département', region: 'une région' };

/** Whether a territory of this kind has a value for the indicator. */
export function appliesTo(d: IndicatorDescriptor, kind: TerritoryKind): boolean {
  const kinds = d.among ? Object.keys(d.among) : d.kinds;
  return kinds === undefined || kinds.includes(kind);
}

/**
 * The label over territories of these kinds (all when not said): a rank names the peers of the
 * first kind ranked, then those of the others (« Rang des exportations parmi les départements (les
 * régions pour une région) »), so that it is true of every value beside it.
 */
export function indicatorLabel(d: IndicatorDescriptor, kinds: Iterable<TerritoryKind> = KINDS): string {
  const among = d.among;
  if (!among) return d.label;
  const shown = new Set(kinds);
  const [first, ...others] = KINDS.filter((k) => shown.has(k) && among[k] !== undefined);
  if (first === undefined) return d.label;
  const also = others.map((k) => `${among[k]!} pour ${A_KIND[k]!}`).join(', ');
  return `${d.label} parmi ${among[first]!}${also ? ` (${also})` : ''}`;
}

/** A value as shown; « sans objet » for a territory of a kind it does not apply to, else « non disponible » when missing. */
export function formatIndicator(d: IndicatorDescriptor, v: number | null, kind?: TerritoryKind): string {
  if (kind !== undefined && !appliesTo(d, kind)) return NOT_APPLICABLE;
  return v === null || !Number.isFinite(v) ? NOT_AVAILABLE : d.formatValue(v);
}

export function indicatorByKey(key: string): IndicatorDescriptor | undefined {
  return INDICATORS.find((d) => d.key === key);
}
