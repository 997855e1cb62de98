// The site's entry page (out/index.html): map of the départements coloured by a chosen indicator,
// search, links to the régions' and France's fiches, and the table of every département.
// One self-contained, deterministic HTML string: inline CSS, script, SVG and font, no request.
import { ascending } from 'd3-array';
import { normalizeName } from '../../reference/slug.js';
import { blockTag, escapeHtml as esc, tag, voidTag } from '../html.js';
import { siteScript } from '../inline-scripts.js';
import { NBSP } from '../../format/fr.js';
import { duringPeriod } from '../../model/period.js';
import { DEFAULT_TITLE } from '../../model/publication.js';
import { tiListSource } from '../ti-wording.js';
import { DEMO_NOTICE } from '../demo-notice.js';
import { availableIndicators, indicatorScale, type Indicator } from './indicators.js';
import {
  SPECIALISATION_BREAKS,
  SPECIALISATION_COLOURS,
  specialisationActivities,
  specialisationChoice,
  specialisationData,
  specialisationLegend,
  type SpecialisationActivity,
} from './specialisation.js';
import { renderMapSvg } from './map-svg.js';
import { bandeau, demoNote, legendSwatch, mapCredit, producedBy, siteDocument, skipLink } from './document.js';
import type { ColourScale } from './scales.js';
import { packedCommunes, searchItems } from './search-index.js';
import { fontFaceCss, SITE_CSS } from './style.js';
import { tiIndexSection } from './ti-links.js';
import { departementTable } from './departement-table.js';
import type { SiteEntry, SiteIndexOptions } from './types.js';

export type { SiteEntry, SiteIndexOptions } from './types.js';
export { siteEntryFromFigures } from './entry.js';

/** 'Exportations' → 'exportations', keeping the capitals of names ('États-Unis'). */
function lowerFirst(label: string): string {
  return label.charAt(0).toLowerCase() + label.slice(1);
}

/** JSON safe inside a <script> element. */
function scriptJson(value: unknown): string {
  return JSON.stringify(value)
    .replace(/</g, '\\u003c')
    .replace(/\u2028/g, '\\u2028')
    .replace(/\u2029/g, '\\u2029');
}

function legend(indicator: Indicator, scale: ColourScale, visible: boolean, hasMissing: boolean): string {
  const items = [...scale.classes, ...(hasMissing ? [scale.missing] : [])];
  return blockTag('div', { class: 'legende', 'data-indicateur': indicator.key, hidden: !visible }, [
    tag('p', {}, esc(indicator.legendTitle)),
    blockTag(
      'ul',
      {},
      items.map((c) => tag('li', {}, legendSwatch(c.colour), tag('span', {}, esc(c.label)))),
    ),
  ]);
}

function indicatorChoice(
  indicators: readonly Indicator[],
  initial: Indicator,
  activities: readonly SpecialisationActivity[],
): string {
  return blockTag('fieldset', { class: 'choix' }, [
    tag('legend', { class: 'titre' }, 'Indicateur représenté'),
    ...indicators.map((ind) =>
      tag(
        'label',
        {},
        voidTag('input', {
          type: 'radio',
          name: 'indicateur',
          value: ind.key,
          'data-libelle': ind.label,
          'data-colonne': ind.column,
          'data-unite': ind.unit,
          'data-principal': ind.core ? '' : undefined,
          checked: ind === initial,
        }),
        ` ${esc(ind.label)}`,
      ),
    ),
    ...(activities.length ? [specialisationChoice(activities)] : []),
  ]);
}

function searchBox(): string {
  return blockTag('section', { class: 'panneau recherche', 'aria-labelledby': 'recherche-titre' }, [
    tag('h2', { id: 'recherche-titre' }, 'Rechercher un territoire'),
    blockTag('form', { id: 'formulaire-recherche', role: 'search' }, [
      tag('label', { for: 'recherche' }, esc("Département (nom ou numéro), région, commune ou Territoire d'industrie")),
      voidTag('input', {
        id: 'recherche',
        type: 'search',
        autocomplete: 'off',
        spellcheck: 'false',
        'aria-describedby': 'recherche-aide',
        'aria-controls': 'resultats',
      }),
      tag(
        'p',
        { class: 'aide', id: 'recherche-aide' },
        esc(
          `Par exemple « Loire », « 42 », « paca », « Roannais » ou une commune de plus de 5${NBSP}000 habitants comme « Roanne ». Flèche bas pour parcourir les résultats.`,
        ),
      ),
    ]),
    tag('p', { id: 'recherche-statut', role: 'status', 'aria-live': 'polite' }),
    tag('ul', { id: 'resultats', 'aria-label': 'Résultats de la recherche' }),
  ]);
}

function territoryLinks(entries: readonly SiteEntry[]): string {
  const france = entries.find((e) => e.territory.kind === 'france');
  // Metropolitan régions first, then the overseas ones (INSEE codes below 10), each by name.
  const overseas = (e: SiteEntry) => (e.territory.code < '10' ? 1 : 0);
  const regions = entries
    .filter((e) => e.territory.kind === 'region')
    .sort(
      (a, b) =>
        overseas(a) - overseas(b) || ascending(normalizeName(a.territory.name), normalizeName(b.territory.name)),
    );
  if (!france && regions.length === 0) return '';
  const link = (e: SiteEntry, text: string) => tag('a', { href: e.href }, esc(text));
  return blockTag('section', { class: 'panneau liens', 'aria-labelledby': 'liens-titre' }, [
    tag('h2', { id: 'liens-titre' }, 'France et régions'),
    ...(france ? [tag('p', { class: 'france' }, link(france, `${france.territory.name} — fiche nationale`))] : []),
    ...(regions.length
      ? [
          blockTag(
            'ul',
            {},
            regions.map((r) => tag('li', {}, link(r, r.territory.name))),
          ),
        ]
      : []),
  ]);
}

function notes(options: SiteIndexOptions): string[] {
  const out: string[] = [];
  out.push(tag('p', { class: 'note' }, esc(`Territoires d'industrie : ${tiListSource(options.territoiresList)}.`)));
  return out;
}

/** The table's CSV download: 'departements-2024.csv', or for a window 'departements-2024T3-2025T2.csv'. */
export function tableCsvName(options: Pick<SiteIndexOptions, 'year' | 'window'>): string {
  const compact = (q: string) => q.replace('-', '');
  return `departements-${options.window ? `${compact(options.window.from)}-${compact(options.window.to)}` : options.year}.csv`;
}

/** The banner, with the demo notice inside it, so that no content is outside a landmark. */
function pageHeader(options: SiteIndexOptions, year: string): string[] {
  return [
    blockTag('header', {}, [
      ...(options.demo ? [demoNote()] : []),
      bandeau([
        tag(
          'p',
          {},
          options.demo
            ? 'Commerce extérieur des territoires — données fictives de démonstration'
            : 'Commerce extérieur des territoires — données des Douanes (DGDDI)',
        ),
        tag('h1', {}, esc(`${options.editionTitle ?? DEFAULT_TITLE} — ${year}`)),
        tag(
          'p',
          {},
          'Une fiche par département, par région et pour la France. Choisissez un territoire dans la recherche, sur la carte ou dans le tableau.',
        ),
        ...[
          [options.compareHref, 'Comparer des territoires côte à côte'],
          [options.rankingHref, 'Classer tous les territoires par indicateur'],
        ].flatMap(([href, words]) =>
          href ? [tag('p', { class: 'lien-comparer' }, tag('a', { href }, esc(words!)))] : [],
        ),
      ]),
    ]),
  ];
}

/** The map and its value box (the areas' titles carry the same text for assistive technologies). */
function mapPanel(map: string, initial: Indicator, year: string): string[] {
  return [
    blockTag('section', { class: 'panneau', 'aria-labelledby': 'carte-titre' }, [
      tag(
        'h2',
        { id: 'carte-titre' },
        esc('Carte des départements : '),
        tag('span', { id: 'carte-indicateur' }, esc(lowerFirst(initial.label))),
        esc(` ${duringPeriod(year)}`),
      ),
      blockTag('div', { class: 'carte-cadre' }, [
        map,
        tag('p', { class: 'infobulle', id: 'infobulle', 'aria-hidden': 'true', hidden: true }),
      ]),
      tag(
        'p',
        { class: 'aide-carte', id: 'carte-aide' },
        esc(
          "Survolez un département pour lire sa valeur, cliquez ou touchez-le pour ouvrir sa fiche. Au clavier, la carte est un seul arrêt de tabulation : les flèches passent d'un département à l'autre, Entrée ouvre la fiche.",
        ),
      ),
    ]),
  ];
}

function pageFooter(options: SiteIndexOptions, year: string): string[] {
  return [
    blockTag('footer', {}, [
      tag(
        'p',
        {},
        esc(
          options.demo
            ? `${DEMO_NOTICE} (${year}), générées par territrade au format des fichiers officiels du commerce extérieur : ce ne sont pas des chiffres publiés.`
            : `Source : Direction générale des Douanes et Droits indirects (DGDDI), statistiques régionales et départementales du commerce extérieur ${year}, Licence Ouverte 2.0.`,
        ),
      ),
      tag(
        'p',
        {},
        esc(
          'La part des exportations allant aux États-Unis rapporte les ventes vers les États-Unis au total des exportations du territoire ; elle est « non disponible » pour un territoire sans exportation.',
        ),
      ),
      tag('p', {}, mapCredit(), esc(" Départements et régions d'outre-mer et Monaco représentés par des pastilles.")),
      producedBy(options.toolVersion, options.generatedAt),
    ]),
  ];
}

/** The complete index page. Same entries and options → same bytes. */
export function renderSiteIndex(entries: SiteEntry[], options: SiteIndexOptions): string {
  const depts = entries.filter((e) => e.territory.kind === 'departement');
  const indicators = availableIndicators(depts);
  const scales = new Map(indicators.map((ind) => [ind.key, indicatorScale(ind, depts)]));
  const initial = indicators[0]!;
  const year = String(options.year);
  const map = renderMapSvg({ entries: depts, scales, initial, indicators });
  const activities = specialisationActivities(depts);
  const legends = [
    ...indicators.map((ind) =>
      legend(
        ind,
        scales.get(ind.key)!,
        ind === initial,
        depts.some((e) => ind.value(e) === null),
      ),
    ),
    ...(activities.length ? [specialisationLegend()] : []),
  ];

  const data = (id: string, value: unknown) => tag('script', { type: 'application/json', id }, scriptJson(value));
  return siteDocument({
    toolVersion: options.toolVersion,
    title: `${options.editionTitle ?? DEFAULT_TITLE} — ${year}${options.demo ? ' (démonstration)' : ''}`,
    css: [fontFaceCss(options.fontHref), SITE_CSS.trim()],
    body: [
      skipLink(),
      ...pageHeader(options, year),
      blockTag('main', { id: 'contenu' }, [
        ...notes(options),
        // The search comes first, in the page and in the tab order; the map is then a single Tab stop.
        searchBox(),
        blockTag('div', { class: 'grille' }, [
          ...mapPanel(map, initial, year),
          blockTag('div', {}, [
            blockTag('section', { class: 'panneau', 'aria-label': 'Indicateur et légende' }, [
              indicatorChoice(indicators, initial, activities),
              ...legends,
            ]),
            territoryLinks(entries),
            ...(options.tiPages ? [tiIndexSection(options.tiPages)] : []),
          ]),
        ]),
        departementTable(depts, options.year, indicators, new Map(options.tiPages?.map((p) => [p.name, p.href]))),
      ]),
      ...pageFooter(options, year),
      data('donnees-recherche', searchItems(entries, options.tiPages)),
      data('donnees-specialisation', {
        ...specialisationData(depts, activities),
        s: SPECIALISATION_BREAKS,
        c: SPECIALISATION_COLOURS,
        p: year,
        n: tableCsvName(options),
      }),
      data('donnees-communes', packedCommunes(entries)),
      blockTag('script', {}, [siteScript()]),
    ],
  });
}
