// `territrade compare`: the figures of 2 to 8 territories, each computed exactly as `figures`
// computes it (their summary: every indicator), with the régions and France they are set against.
import { UserError } from '../errors.js';
import type { FiguresSummary } from '../figures/types.js';
import { chooseTerritory } from '../reference/territory-choice.js';
import { regionOfDepartement, type ResolvedTerritory } from '../reference/territories.js';
import { withStore } from '../store/store.js';
import type { StoreOpening } from '../store/store-opening.js';
import { summariesOfMany, type FiguresSelection } from './figures.js';
import { tiListFor } from './territoires.js';

export const MIN_COMPARED = 2;
export const MAX_COMPARED = 8;

export interface ComparedFigures {
  figures: FiguresSummary;
  /** A région or France added to set the chosen territories against. */
  reference: boolean;
}

export interface Comparison {
  territories: ComparedFigures[];
  /** What the user should know: a Territoire d'industrie read as its départements. */
  notices: string[];
}

const keyOf = (t: ResolvedTerritory): string =>
  t.kind === 'departement' ? `d${t.departement.dgddi}` : t.kind === 'region' ? `r${t.region.code}` : 'FR';

/** The régions of the chosen départements, then France, without those already chosen. */
export function referencesOf(chosen: ResolvedTerritory[]): ResolvedTerritory[] {
  const regions: ResolvedTerritory[] = chosen.flatMap((t) =>
    t.kind === 'departement' ? [{ kind: 'region', region: regionOfDepartement(t.departement.dgddi) }] : [],
  );
  return [...regions, { kind: 'france' }];
}

function unique(list: ResolvedTerritory[], taken = new Set<string>()): ResolvedTerritory[] {
  return list.filter((t) => !taken.has(keyOf(t)) && Boolean(taken.add(keyOf(t))));
}

/** Queries may hold several territories separated by commas ('42,69,38'). */
export function splitQueries(queries: string[]): string[] {
  return queries
    .flatMap((q) => q.split(','))
    .map((q) => q.trim())
    .filter((q) => q !== '');
}

/** `source`: the store's path, or its opening already under way. */
export async function storedComparison(
  source: string | StoreOpening,
  queries: string[],
  selection: FiguresSelection & { references: boolean },
): Promise<Comparison> {
  // The store is read for the Territoires d'industrie only when a query names none of the others.
  const split = splitQueries(queries);
  const list = await tiListFor(typeof source === 'string' ? source : source.path, split);
  const choices = split.map((q) => chooseTerritory(q, list));
  const taken = new Set<string>();
  const chosen = unique(
    choices.flatMap((c) => c.territories),
    taken,
  );
  if (chosen.length < MIN_COMPARED || chosen.length > MAX_COMPARED)
    throw new UserError(
      `compare attend de ${MIN_COMPARED} à ${MAX_COMPARED} territoires différents (reçu : ${chosen.length}).`,
    );
  const references = selection.references ? unique(referencesOf(chosen), taken) : [];
  const { references: _, ...figuresSelection } = selection;
  return withStore(
    source,
    async (store) => {
      // One reading of the store for the territories and their references together.
      const figures = await summariesOfMany(store, [...chosen, ...references], figuresSelection);
      const territories: ComparedFigures[] = figures.map((f, i) => ({ figures: f, reference: i >= chosen.length }));
      return { territories, notices: choices.flatMap((c) => (c.notice ? [c.notice] : [])) };
    },
    { readOnly: true },
  );
}
