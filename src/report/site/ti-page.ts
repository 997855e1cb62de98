// The page of one Territoire d'industrie: its région, groupements and départements (with a
// locator map), and for each of its départements the département's key figures with a link to
// its fiche. There is no trade figure below the département: the page says so, and labels every
// figure as the département's.
import type { Figures } from '../../figures/types.js';
import { formatMEur, formatShare, formatSignedMEur, NBSP } from '../../format/fr.js';
import { DEFAULT_TITLE } from '../../model/publication.js';
import type { TiTerritory } from '../../model/territoires-industrie.js';
import type { TerritoiresListKind } from '../../model/territory.js';
import type { TiPerimeter } from '../../reference/ti-perimeters.js';
import { DEMO_NOTICE } from '../demo-notice.js';
import { blockTag, escapeHtml as esc, tag } from '../html.js';
import { tiListSource } from '../ti-wording.js';
import { bandeau, demoNote, mapCredit, producedBy, siteDocument, skipLink } from './document.js';
import { fontFaceCss, SITE_CSS } from './style.js';
import { renderTiLocator } from './ti-locator.js';
import { tiRelatedParagraph } from './ti-related.js';
import { customsOnly, displayName } from '../fiche/wording.js';

export interface TiPageDepartement {
  /** The INSEE codes of the territory in this DGDDI département ('2B' for Corse's 20). */
  inseeCodes: string[];
  /** The INSEE names of those codes ('Haute-Corse'). */
  inseeNames: string[];
  /** The département as DGDDI publishes it, whose figures these are. */
  figures: Figures;
  /** Relative link to its fiche, null when this build has none. */
  href: string | null;
}

export interface TiPageInput {
  territory: TiTerritory;
  regionName: string;
  /** Relative link to the région's fiche, null when this build has none. */
  regionHref: string | null;
  /** ANCT's perimeter of the territory, null when unknown. */
  perimeter: TiPerimeter | null;
  /** The perimeters of the other territories of its région (drawn around an overseas one). */
  neighbours?: readonly TiPerimeter[];
  departements: TiPageDepartement[];
  /** 2024, or a window of quarters in words: 'T3 2024 – T2 2025'. */
  year: number | string;
  demo: boolean;
  listKind: TerritoiresListKind;
  indexHref: string;
  /** The site's shared font folder relative to the page; absent: the font is embedded. */
  fontHref?: string;
  generatedAt: string;
  toolVersion: string;
  /** The edition's title (settings file), in the page's title and banner; DEFAULT_TITLE when absent. */
  editionTitle?: string;
}

export const NO_TI_FIGURES =
  "Le commerce extérieur n'est publié par les Douanes qu'à l'échelle du département : il n'existe pas de chiffre pour le territoire lui-même. Les chiffres ci-dessous sont ceux de ses départements entiers, qui comptent aussi les communes hors du territoire.";

const NATURES: Record<string, string> = {
  CC: 'communauté de communes',
  CA: "communauté d'agglomération",
  CU: 'communauté urbaine',
  METRO: 'métropole',
  EPT: 'établissement public territorial',
  COM: 'commune',
};

const colon = `${NBSP}:`;

const TI_CSS = [
  `.figure-ti{margin:0 0 1rem}.carte-ti{display:block;width:100%;max-width:420px;height:auto}.carte-ti path{vector-effect:non-scaling-stroke}.carte-ti .ti-hors{fill:#e4e7eb;stroke:#fff;stroke-width:1}.ti-dep{fill:#b9cbe0;stroke:#fff;stroke-width:1}.sans-contour .ti-dep{fill:var(--accent)}.ti-contour{fill:var(--accent);fill-opacity:.85;stroke:#0b1f36;stroke-width:1.5}`,
  `.legende-ti{list-style:none;padding:0;margin:.5rem 0}.legende-ti li{margin:.2rem 0}.legende-ti .cle{display:inline-block;width:1.2rem;height:.8rem;margin-right:.4rem;vertical-align:middle;border:1px solid #0b1f36}.legende-ti .ti-dep{background:#b9cbe0}.legende-ti .ti-contour{background:var(--accent)}.sans-contour .legende-ti .ti-dep{background:var(--accent)}`,
  `.ti-groupements{border-collapse:collapse;width:100%;margin:.5rem 0 1rem}.ti-groupements th,.ti-groupements td{text-align:left;padding:.3rem .5rem;border-bottom:1px solid var(--filet)}.ti-groupements .nombre{text-align:right}`,
];

function shareText(share: number | null, of: string): string {
  return share === null ? '' : ` (${formatShare(share)} ${of})`;
}

/** What the figures cover: 'du département entier', Corse's two départements, Monaco. */
function whole(t: Figures['territory']): string {
  const special = customsOnly(t);
  return special === 'corse'
    ? 'des deux départements corses'
    : special === 'monaco'
      ? 'de Monaco'
      : 'du département entier';
}

function departementSection(d: TiPageDepartement, year: number | string): string {
  const f = d.figures;
  const name = displayName(f.territory);
  // Corse: the territory lies in 2A or 2B, DGDDI publishes one Corse.
  const within =
    d.inseeNames.join(', ') !== f.territory.name
      ? `Le territoire est en ${d.inseeNames.map((n, i) => `${n} (${d.inseeCodes[i]})`).join(', ')} ; les Douanes publient la Corse comme un seul département.`
      : '';
  const top = f.partners.slice().sort((a, b) => b.exports_eur - a.exports_eur)[0];
  const items = [
    `Exportations du département${colon} ${formatMEur(f.exports.total_eur)}${shareText(f.exports.share_of_region, 'de la région')}`,
    `Importations du département${colon} ${formatMEur(f.imports.total_eur)}${shareText(f.imports.share_of_region, 'de la région')}`,
    `Solde commercial du département${colon} ${formatSignedMEur(f.balance_eur)}`,
    ...(top && top.exports_eur > 0
      ? [`Premier client du département${colon} ${top.name} (${formatMEur(top.exports_eur)})`]
      : []),
  ];
  const link = d.href
    ? tag('p', {}, tag('a', { href: d.href }, esc(`Fiche complète du département ${name}`)))
    : tag('p', {}, 'La fiche de ce département ne fait pas partie de cette publication.');
  const id = `dep-${f.territory.code}`;
  return blockTag('section', { class: 'panneau ti-departement', 'aria-labelledby': id }, [
    tag('h3', { id }, esc(`${name} — chiffres ${year} ${whole(f.territory)}`)),
    ...(within ? [tag('p', { class: 'note' }, esc(within))] : []),
    tag('ul', {}, ...items.map((i) => tag('li', {}, esc(i)))),
    ...[tiRelatedParagraph(f)].filter((x) => x !== ''),
    link,
  ]);
}

function groupementsSection(t: TiTerritory, names: ReadonlyMap<string, string>): string {
  if (t.groupements.length === 0) {
    return tag(
      'p',
      {},
      esc("Groupements : non précisés par la liste importée de l'ANCT, qui décrit le territoire commune par commune."),
    );
  }
  const rows = t.groupements.map((g) => {
    const depts = g.departements.map((c) => `${names.get(c) ?? c} (${c})`).join(', ');
    const n = g.communes.length;
    return tag(
      'tr',
      {},
      tag('th', { scope: 'row' }, esc(g.name)),
      // On a narrow page each row becomes a card, its cells named from data-etiquette.
      tag('td', { 'data-etiquette': 'Nature' }, esc(NATURES[g.nature] ?? g.nature)),
      tag('td', { 'data-etiquette': 'SIREN' }, esc(g.siren)),
      tag('td', { 'data-etiquette': 'Départements' }, esc(depts)),
      tag('td', { class: 'nombre', 'data-etiquette': 'Communes' }, String(n)),
    );
  });
  const headings = ['Groupement', 'Nature', 'SIREN', 'Départements', 'Communes'];
  return blockTag('table', { class: 'ti-groupements' }, [
    tag('caption', {}, 'Groupements membres du territoire'),
    tag('thead', {}, tag('tr', {}, ...headings.map((h) => tag('th', { scope: 'col' }, h)))),
    blockTag('tbody', {}, rows),
  ]);
}

/** The région's name, a link to its fiche when the build has one. */
function region(input: TiPageInput, style?: string): string {
  const name = esc(input.regionName);
  return input.regionHref ? tag('a', { href: input.regionHref, ...(style ? { style } : {}) }, name) : name;
}

/** The complete page. Same input → same bytes. */
export function renderTiPage(input: TiPageInput): string {
  const t = input.territory;
  const names = new Map(
    input.departements.flatMap((d) => d.inseeCodes.map((c, i) => [c, d.inseeNames[i] ?? c] as const)),
  );
  const labels = new Map(t.departements.map((c) => [c, `${names.get(c) ?? c} (${c})`]));
  const deptList = t.departements.map((c) => labels.get(c)!).join(', ');
  const title = `${t.name} — Territoire d’industrie`;
  const edition = input.editionTitle ?? DEFAULT_TITLE;
  const source = tiListSource(input.listKind);
  const figuresSource = input.demo
    ? `${DEMO_NOTICE}, générées par territrade demo.`
    : `Direction générale des Douanes et Droits indirects (DGDDI), statistiques régionales et départementales du commerce extérieur ${input.year}, Licence Ouverte 2.0.`;
  return siteDocument({
    toolVersion: input.toolVersion,
    title: `${title} — ${edition} ${input.year}${input.demo ? ' (démonstration)' : ''}`,
    css: [fontFaceCss(input.fontHref), SITE_CSS.trim(), ...TI_CSS],
    body: [
      skipLink(),
      // The demo notice sits inside the banner landmark, as on the index: no content outside a landmark.
      blockTag('header', {}, [
        ...(input.demo ? [demoNote()] : []),
        bandeau([
          tag('p', {}, tag('a', { href: input.indexHref, style: 'color:#fff' }, esc(`${edition} — ${input.year}`))),
          tag('h1', {}, esc(t.name)),
          tag('p', {}, esc(`Territoire d'industrie (programme 2023-2027) — région `), region(input, 'color:#fff')),
        ]),
      ]),
      blockTag('main', { id: 'contenu' }, [
        blockTag('div', { class: 'grille' }, [
          blockTag('section', { class: 'panneau', 'aria-labelledby': 'ti-perimetre' }, [
            tag('h2', { id: 'ti-perimetre' }, 'Périmètre'),
            tag(
              'p',
              {},
              esc('Région : '),
              region(input),
              esc(`. ${t.departements.length > 1 ? 'Départements' : 'Département'} : ${deptList}.`),
            ),
            renderTiLocator({
              name: t.name,
              inseeCodes: t.departements,
              labels,
              perimeter: input.perimeter,
              neighbours: input.neighbours,
            }),
            groupementsSection(t, names),
          ]),
          blockTag('div', {}, [
            blockTag('section', { class: 'panneau', 'aria-labelledby': 'ti-chiffres' }, [
              tag('h2', { id: 'ti-chiffres' }, 'Commerce extérieur de ses départements'),
              tag('p', { class: 'note', id: 'pas-de-chiffre-ti' }, esc(NO_TI_FIGURES)),
            ]),
            ...input.departements.map((d) => departementSection(d, input.year)),
          ]),
        ]),
      ]),
      blockTag('footer', {}, [
        tag('p', {}, esc(`Territoires d'industrie : ${source}.`)),
        tag('p', {}, esc(`Chiffres : ${figuresSource}`)),
        tag('p', {}, mapCredit()),
        producedBy(input.toolVersion, input.generatedAt),
      ]),
    ],
  });
}
