// A whole fiche: one self-contained HTML page (inline SVG, style, script and font).
import { formatDate } from '../../format/fr.js';
import { DEMO_NOTICE } from '../demo-notice.js';
import { fontFaceCss } from './font-face.js';
import { blockTag, escapeHtml, joinHtml, tag, voidTag } from '../html.js';
import { link } from './html.js';
import { ficheScript } from '../inline-scripts.js';
import { printFooterCss } from './print-footer.js';
import { FICHE_CSS } from './style.js';
import {
  renderBalance,
  renderContext,
  renderDefinitions,
  renderDemoBanner,
  renderFlows,
  renderIntroduction,
  renderPartialNotice,
} from './sections.js';
import { renderPractical } from './practical.js';
import { renderMasthead } from './masthead.js';
import { renderEvolutionSection } from './evolution.js';
import { renderPositionSection, type PositionTableKey } from './position.js';
import { PAPER_LEADS_POINTER, renderOpportunitiesSection } from './opportunities.js';
import { renderRegionDepartements } from './region-departements.js';
import { renderTerritoires } from './territoires.js';
import type { FicheInput } from './types.js';
import { displayName, yearOrWindow } from './wording.js';
import { citedPage } from './cited-page.js';
import { renderNotices } from './notices.js';
import { renderWebAddress } from './web-address.js';

/**
 * The print variant is only ever printed: hidden on screen, it spares Chromium a screen layout
 * before the print layout (a fifth of its time per fiche). Its fonts are then loaded by the
 * printer, not by layout (src/report/pdf/print.ts).
 */
export const PRINT_ONLY_CSS = '@media screen { html { display: none; } }';

/** The document title: 'Loire (42) — Les indicateurs clés : commerce extérieur 2024'. */
export function ficheDocumentTitle(input: FicheInput): string {
  const f = input.main.figures;
  return `${displayName(f.territory)} — ${input.meta.publication.edition.title} ${yearOrWindow(f)}`;
}

function siteBar(input: FicheInput): string {
  const { comparisons, links } = input;
  const brand = escapeHtml(input.meta.publication.edition.title);
  const items = [tag('span', { class: 'brand' }, brand), link(links.index, 'Toutes les fiches')];
  for (const c of comparisons) {
    const href = links.fiche(c.figures.territory);
    if (href)
      items.push(link(href, c.figures.territory.kind === 'france' ? 'France' : `Région ${c.figures.territory.name}`));
  }
  return tag('div', { class: 'site-bar' }, tag('nav', { 'aria-label': 'Navigation du site' }, items.join('\n')));
}

/** The « Évolution » section right after the key figures, when its charts were drawn. */
function renderEvolution(input: FicheInput): string {
  const f = input.main.figures;
  const charts = input.main.evolution;
  if (!charts) return '';
  return (
    renderEvolutionSection(
      f,
      charts,
      (key) => input.links.csv(f.territory, key),
      input.variant === 'print',
      citedPage(input),
    ) + '\n'
  );
}

/** On the web page: the PDF to download (when this build prints it), the workbook and a print button. */
function ficheActions(input: FicheInput): string {
  const t = input.main.figures.territory;
  const pdf = input.links.pdf?.(t) ?? null;
  return tag(
    'p',
    { class: 'fiche-actions' },
    pdf ? tag('a', { href: pdf, download: true, class: 'button' }, 'Télécharger la fiche (PDF)') + ' ' : '',
    tag('a', { href: input.links.xlsx(t), download: true, class: 'button' }, 'Télécharger les données (Excel)') + ' ',
    tag('button', { type: 'button', class: 'button', onclick: 'window.print()' }, 'Imprimer la fiche'),
  );
}

/** The web page's footer (hidden on paper, whose margin footer says it on every page). */
function pageFooter(input: FicheInput): string {
  const f = input.main.figures;
  return tag(
    'footer',
    { class: 'page-footer' },
    escapeHtml(
      `${displayName(f.territory)} · ${yearOrWindow(f)} · ${f.demo ? 'Source : aucune, montants fictifs' : 'Source : DGDDI, Licence Ouverte 2.0'} · territrade ${input.meta.toolVersion} · ${formatDate(input.meta.generatedAt)}`,
    ),
    f.demo ? ` · <strong>${DEMO_NOTICE}</strong>` : '',
  );
}

/**
 * The « Pistes d'action » after the position section on the web page. On paper they follow the
 * flows, a sentence saying so in their place: the flows' charts, which cannot break, keep the
 * pages they have without them, and the lists after them fill any page (docs/sorties.md).
 */
function leadsPlaces(input: FicheInput): { afterPosition: string; afterFlows: string } {
  const f = input.main.figures;
  const csv = (key: PositionTableKey) => input.links.csv(f.territory, key);
  const print = input.variant === 'print';
  const section = renderOpportunitiesSection(f, csv, print, input.main.position.leads, citedPage(input));
  if (section === '') return { afterPosition: '', afterFlows: '' };
  return print
    ? { afterPosition: PAPER_LEADS_POINTER + '\n', afterFlows: section + '\n' }
    : { afterPosition: section + '\n', afterFlows: '' };
}

export function renderFiche(input: FicheInput): string {
  const f = input.main.figures;
  const fontHref = input.variant === 'print' ? undefined : input.fontHref;
  const csv = (key: PositionTableKey) => input.links.csv(f.territory, key);
  const leads = leadsPlaces(input);
  const body = [
    tag('a', { class: 'skip', href: '#contenu' }, 'Aller au contenu'),
    siteBar(input),
    tag(
      'main',
      { id: 'contenu', tabindex: '-1' },
      '\n',
      f.demo ? renderDemoBanner() + '\n' : '',
      renderMasthead(f, input.meta.publication, renderWebAddress(input)),
      '\n',
      input.variant === 'print' ? '' : ficheActions(input) + '\n',
      f.partial_year ? renderPartialNotice(f) + '\n' : '',
      renderNotices(f),
      renderIntroduction(f, input.meta.publication),
      '\n',
      f.territory.kind === 'departement' ? renderTerritoires(f, input.links) + '\n' : '',
      f.territory.kind === 'region' ? renderRegionDepartements(f, input.links) + '\n' : '',
      // The specification's order, on the web as on paper: introduction, territories, context,
      // then the charts; the additions (evolution, position) after the balance they extend.
      renderContext() + '\n',
      renderBalance(input.main, input.links, input.variant === 'print', citedPage(input)),
      '\n',
      renderEvolution(input),
      renderPositionSection(
        f,
        input.main.position.specialisation,
        csv,
        input.variant === 'print',
        input.comparisons.map((c) => ({ territory: c.figures.territory, concentration: c.figures.concentration })),
        citedPage(input),
      ),
      '\n',
      leads.afterPosition,
      renderFlows(input, 'exports'),
      '\n',
      renderFlows(input, 'imports'),
      '\n',
      leads.afterFlows,
      renderDefinitions(f.territory.kind),
      '\n',
      renderPractical(input),
      '\n',
    ),
    pageFooter(input),
  ];
  const css = `${fontFaceCss(fontHref)}\n${FICHE_CSS}${input.variant === 'print' ? `${printFooterCss(`${input.meta.publication.edition.title} — ${displayName(f.territory)} — ${yearOrWindow(f)}`, f.demo)}\n${PRINT_ONLY_CSS}\n` : ''}`;
  const head = blockTag('head', {}, [
    voidTag('meta', { charset: 'utf-8' }),
    voidTag('meta', { name: 'viewport', content: 'width=device-width, initial-scale=1' }),
    tag('title', {}, escapeHtml(ficheDocumentTitle(input))),
    voidTag('meta', {
      name: 'description',
      content: `Commerce extérieur de biens ${yearOrWindow(f)} : exportations, importations, partenaires, activités et flux — ${displayName(f.territory)}`,
    }),
    voidTag('meta', { name: 'generator', content: `territrade ${input.meta.toolVersion}` }),
    voidTag('meta', {
      'http-equiv': 'Content-Security-Policy',
      content: `default-src 'none'; style-src 'unsafe-inline'; script-src 'unsafe-inline'; font-src ${fontHref === undefined ? '' : "'self' "}data:; img-src data:`,
    }),
    tag('style', {}, '\n', css),
  ]);
  const script = input.variant === 'print' ? '' : tag('script', {}, '\n', ficheScript(), '\n');
  // The print variant keeps the empty line where the web page has its script.
  const html = tag(
    'html',
    { lang: 'fr' },
    '\n',
    head,
    '\n',
    blockTag('body', {}, [joinHtml(body, '\n'), script]),
    '\n',
  );
  return `<!DOCTYPE html>\n${html}\n`;
}
