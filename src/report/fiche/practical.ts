// The fiche's « Informations pratiques »: sources and licence, production, and the publisher's
// links and contact (the settings file's, else the defaults of model/publication.ts).
import { escapeHtml, tag } from '../html.js';
import type { Publication } from '../../model/publication.js';
import { headedSection, link, p } from './html.js';
import { licenceText, practicalIntro, productionText, SOURCE_FILES, sourceText, territoiresListText } from './prose.js';
import type { FicheInput } from './types.js';
import { COLON } from './wording.js';

/** The imported files: on the web page's "about" part only (file names mean nothing on paper). */
function sourceFiles(meta: FicheInput['meta']): string {
  if (meta.sources.length === 0) return '';
  const items = meta.sources.map((s) =>
    tag(
      'li',
      {},
      tag('code', {}, escapeHtml(s.name)),
      ` — ${escapeHtml(s.quarters)}${s.demo ? SOURCE_FILES.demoFile : ''}`,
    ),
  );
  return tag(
    'div',
    { class: 'sources-list screen-only' },
    p(SOURCE_FILES.lead, 'lead-in'),
    tag('ul', {}, items.join('')),
  );
}

export function renderPractical(input: FicheInput): string {
  const { main, links, meta } = input;
  const f = main.figures;
  const print = input.variant === 'print';
  return headedSection(
    'pratique',
    'Informations pratiques',
    'major',
    p(practicalIntro(f.territory)),
    '\n',
    tag('h3', {}, 'Sources et licence'),
    '\n',
    p(sourceText(f)),
    '\n',
    p(licenceText(f)),
    '\n',
    p(territoiresListText(f)),
    '\n',
    tag('h3', {}, 'Production'),
    '\n',
    p(
      productionText(
        meta.generatedAt,
        escapeHtml(meta.toolVersion),
        print ? null : link(links.json(f.territory), 'JSON'),
      ),
    ),
    '\n',
    print ? '' : sourceFiles(meta) + '\n',
    tag('h3', {}, 'Pour aller plus loin'),
    '\n',
    furtherReading(meta.publication, links.index),
    '\n',
    contactLine(meta.publication),
  );
}

/** « Pour aller plus loin »: the publisher's links, then (on the web) the site's index. */
function furtherReading(publication: Publication, index: string): string {
  const items = publication.links.map((l) =>
    tag('li', {}, `${l.lead ? `${escapeHtml(l.lead)} ` : ''}${tag('a', { href: l.url }, escapeHtml(l.label))}`),
  );
  items.push(tag('li', { class: 'screen-only' }, link(index, 'Toutes les fiches (départements, régions et France)')));
  return tag('ul', { class: 'further' }, items.join(''));
}

/** « Contact : … », an e-mail address linked with mailto:; nothing without a contact. */
function contactLine(publication: Publication): string {
  const contact = publication.publisher.contact;
  if (contact === null) return '';
  const isMail = /^[^\s@]+@[^\s@]+\.[^\s@]+$/.test(contact);
  const shown = isMail ? tag('a', { href: `mailto:${contact}` }, escapeHtml(contact)) : escapeHtml(contact);
  return p(`Contact${COLON} ${shown}`, 'contact') + '\n';
}
