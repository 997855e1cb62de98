// The figures a build needs, and where it takes them: a full build reads the whole store once and
// computes every territory; a partial build (`build --only 42`) reads only what the named fiches
// need (their rows, and those of the territories they compare with that out/ does not hold) and
// takes the other fiches' figures from out/'s data files, when out/ was built from the same store,
// period, settings and version (site-manifest.ts); else it computes every territory, as a full build.
// It reads only the figures the named fiches compare with when out/'s site pages can be kept.
import type { Figures } from '../figures/types.js';
import { periodRef } from '../figures/period.js';
import { windowWords } from '../report/fiche/wording.js';
import { toTerritoryRef, type ResolvedTerritory } from '../reference/territories.js';
import { withStore } from '../store/store.js';
import type { Progress } from './build-progress.js';
import type { BuildOptions } from './build.js';
import { StoreFigures } from './figures.js';
import type { KeptSite } from './keep-site.js';
import { comparisonsOf, keyOf } from './links.js';
import { DEFAULT_PUBLICATION } from '../model/publication.js';
import { keptFigures, siteFingerprint, trustedSite, unchangedData, type SiteManifest } from './site-manifest.js';
import { measure, measureSpan } from './build-profile.js';

const keyOfT = (t: ResolvedTerritory): string => keyOf(toTerritoryRef(t));

/** The period's figures, read from the store (read-only) for `only`, or all territories; and the build's name for the period. */
export async function loadPeriod(o: BuildOptions, only?: readonly ResolvedTerritory[]) {
  return withStore(
    o.storePath,
    async (store) => {
      const selection = { year: o.year, lastQuarters: o.lastQuarters, notify: o.notify };
      const yf = await measureSpan('Lecture de la base (DuckDB)', () => StoreFigures.load(store, selection, only));
      const window = yf.context.year === null ? periodRef(yf.period) : undefined;
      return { year: yf.context.year ?? windowWords(periodRef(yf.period)), window, info: yf.info, computed: yf };
    },
    { readOnly: true },
  );
}

export type LoadedPeriod = Awaited<ReturnType<typeof loadPeriod>>;

/** Every territory whose charts appear somewhere: the targets and what they are compared with, by key. */
export function shownTerritories(targets: readonly ResolvedTerritory[]): Map<string, ResolvedTerritory> {
  const needed = new Map<string, ResolvedTerritory>();
  for (const t of targets) for (const u of [t, ...comparisonsOf(t)]) needed.set(keyOfT(u), u);
  return needed;
}

/** The figures of every territory in `needed`, by key. */
export function computeFigures(
  computed: StoreFigures,
  needed: ReadonlyMap<string, ResolvedTerritory>,
  progress: Progress,
): Map<string, Figures> {
  const step = progress.start('Indicateurs', needed.size);
  const figures = new Map<string, Figures>();
  try {
    for (const [key, t] of needed) {
      figures.set(
        key,
        measure('Indicateurs des territoires', () => computed.figures(t)),
      );
      step.tick();
    }
  } catch (err) {
    step.stop(false);
    throw err;
  }
  step.stop();
  return figures;
}

export interface BuildFigures extends LoadedPeriod {
  /** Of every territory on the site and every one a fiche compares with, by key. */
  figures: Map<string, Figures>;
  /** Whether the store has lines of a territory of the site. */
  hasRows: (t: ResolvedTerritory) => boolean;
  /** The territories computed by this build, whose data files it writes (the others' are kept). */
  fresh: Map<string, ResolvedTerritory>;
  fingerprint: string;
  /** Of `fresh`, those whose data files out/ holds as this build would write them (kept as they are). */
  unchanged: Set<string>;
  /** Whether out/'s site pages are what this build would write (kept as they are, with their date). */
  pagesKept: boolean;
  /** A partial build whose kept fiches' figures come from out/ (so the pages they alone shape are kept too). */
  trusted: boolean;
}

function fingerprintOf(o: BuildOptions, loaded: LoadedPeriod): string {
  const c = loaded.computed.context;
  return siteFingerprint(o.storePath, c.period, c.previousPeriod, o.publication ?? DEFAULT_PUBLICATION);
}

/** Every territory of `onSite` computed from the whole store (a full build, or a kept site not to be trusted). */
async function computeAll(
  o: BuildOptions,
  targets: readonly ResolvedTerritory[],
  onSite: readonly ResolvedTerritory[],
  progress: Progress,
) {
  const loaded = await loadPeriod(o);
  const figures = computeFigures(loaded.computed, shownTerritories(onSite), progress);
  return {
    ...loaded,
    figures,
    hasRows: (t: ResolvedTerritory) => loaded.computed.hasRows(t),
    fresh: shownTerritories(targets),
    fingerprint: fingerprintOf(o, loaded),
    unchanged: new Set<string>(),
    pagesKept: false,
    trusted: false,
  };
}

/**
 * Whether the site's own pages (index, « Comparer », « Classements », Territoires d'industrie) of a
 * trusted out/ are what this build would write: same fiches, with the same figures, and all there.
 */
function sitePagesUnchanged(
  manifest: SiteManifest,
  onSite: readonly ResolvedTerritory[],
  fresh: ReadonlyMap<string, ResolvedTerritory>,
  unchanged: ReadonlySet<string>,
  hasRows: (t: ResolvedTerritory) => boolean,
): boolean {
  const before = Object.keys(manifest.hasRows);
  return (
    before.length === onSite.length &&
    onSite.every((t) => {
      const key = keyOfT(t);
      if (!(key in manifest.hasRows)) return false;
      return !fresh.has(key) || (unchanged.has(key) && manifest.hasRows[key] === hasRows(t));
    })
  );
}

/**
 * The build's figures. `kept`: the fiches out/ holds that a partial build keeps; `onSite`: the
 * site's territories after the build (targets and kept ones); `pagesInOut`: whether out/ holds every
 * page of the site (given the store's list of Territoires d'industrie).
 */
export async function buildFigures(
  o: BuildOptions,
  targets: readonly ResolvedTerritory[],
  kept: KeptSite,
  onSite: readonly ResolvedTerritory[],
  progress: Progress,
  pagesInOut: (computed: StoreFigures) => Promise<boolean>,
): Promise<BuildFigures> {
  if (!o.only) return computeAll(o, targets, onSite, progress);
  const keptKeys = new Set(kept.territories.map(keyOfT));
  const shown = shownTerritories(targets);
  const own = new Map([...shown].filter(([key]) => !keptKeys.has(key)));
  const loaded = await loadPeriod(o, [...own.values()]);
  const fingerprint = fingerprintOf(o, loaded);
  const site = trustedSite(o.outDir, fingerprint);
  const recompute = (reason: string) => {
    o.notify?.(
      `les ${kept.territories.length} autres fiches de ${o.outDir} sont gardées, mais leurs indicateurs sont recalculés pour l’index, « Comparer » et « Classements » : ${reason}.`,
    );
    return computeAll(o, targets, onSite, progress);
  };
  if (kept.territories.length > 0 && 'reason' in site) return recompute(site.reason);
  const figures = computeFigures(loaded.computed, own, progress);
  // --clean drops what out/ holds: nothing of it is kept.
  const manifest = !o.clean && 'manifest' in site ? site.manifest : null;
  const unchanged = manifest ? unchangedData(o.outDir, figures) : new Set<string>();
  const hasRowsOwn = (t: ResolvedTerritory) => loaded.computed.hasRows(t);
  const pagesKept =
    manifest !== null &&
    sitePagesUnchanged(manifest, onSite, own, unchanged, hasRowsOwn) &&
    (await pagesInOut(loaded.computed));
  // The kept fiches' figures: those the named fiches compare with, and all of them when the site's pages are written.
  const read = new Set(kept.territories.map(keyOfT).filter((key) => !pagesKept || shown.has(key)));
  const fromSite =
    manifest && kept.territories.length > 0 ? keptFigures(o.outDir, manifest, kept.territories, read) : null;
  if (fromSite && 'reason' in fromSite) return recompute(fromSite.reason);
  for (const [key, f] of fromSite?.figures ?? []) figures.set(key, f);
  return {
    ...loaded,
    figures,
    hasRows: (t) => fromSite?.hasRows.get(keyOfT(t)) ?? hasRowsOwn(t),
    fresh: own,
    unchanged,
    pagesKept,
    fingerprint,
    trusted: true,
  };
}
