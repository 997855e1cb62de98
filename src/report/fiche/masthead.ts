// The fiche's masthead: kicker, title, territory, period and the three key figures (exports,
// imports, balance) with their share, rank and change.
import type { Figures } from '../../figures/types.js';
import { formatIsoDate, formatMEur, formatSignedMEur, printedDifference, printedNumber } from '../../format/fr.js';
import { escapeHtml, tag, voidTag } from '../html.js';
import { logoDataUrl, type Publication } from '../../model/publication.js';
import { p } from './html.js';
import { rankDetail } from './position-prose.js';
import { changeText } from './prose-evolution.js';
import { KEY_FIGURES, shareDetail } from './prose.js';
import { customsOnly, kindLabel, periodNoun, quarterList, yearOrWindow } from './wording.js';

function keyFigure(cls: string, label: string, value: string, detail: string, change = ''): string {
  return tag(
    'li',
    { class: cls },
    tag('span', { class: 'label' }, label),
    tag('span', { class: 'value' }, value),
    change ? tag('span', { class: 'change' }, change) : '',
    tag('span', { class: 'detail' }, detail),
  );
}

/** '+3,2 % par rapport à 2023' under a total; nothing without a change. */
function changeOf(f: Figures, flow: 'exports' | 'imports'): string {
  return changeText(f[flow].change_rate, f.previous_period);
}

/** ' · 12<sup>e</sup> sur 101 départements' after a key figure; nothing for France. */
function rankOf(f: Figures, measure: 'exports' | 'imports' | 'balance'): string {
  return f.rank ? ` · ${rankDetail(f.territory, f.rank[measure])}` : '';
}

/**
 * The balance's label, read from its printed value (a deficit that prints as 0,0 M€ is said
 * balanced), and, when the three printed amounts do not add up (4 192,1 − 4 742,8 ≠ −550,8), a
 * word that they are rounded.
 */
function balanceWords(f: Figures): string {
  const printed = printedNumber(f.balance_eur / 1e6, 1);
  const label = printed < 0 ? KEY_FIGURES.deficit : printed > 0 ? KEY_FIGURES.surplus : KEY_FIGURES.balanced;
  const adds = printedDifference(f.exports.total_eur / 1e6, f.imports.total_eur / 1e6, 1) === printed;
  return adds ? label : `${label} ${KEY_FIGURES.rounded}`;
}

/** The publisher's logo and name above the kicker; nothing when the settings name no publisher. */
function publisherLine(pub: Publication): string {
  const { name, logo } = pub.publisher;
  if (name === null && logo === null) return '';
  return (
    tag(
      'p',
      { class: 'publisher' },
      logo
        ? voidTag('img', { src: logoDataUrl(logo), alt: name === null ? 'Logo de l’éditeur' : '', class: 'logo' })
        : '',
      name === null ? '' : tag('span', { class: 'publisher-name' }, escapeHtml(name)),
    ) + '\n'
  );
}

/** « Édition du 15 juin 2025 » under the title, when the settings date the edition. */
function editionLine(pub: Publication): string {
  return pub.edition.date === null ? '' : p(`Édition du ${formatIsoDate(pub.edition.date)}`, 'edition') + '\n';
}

/** `webAddress`: the printed fiche's address and QR code (web-address.ts), floated at the head's right. */
export function renderMasthead(f: Figures, publication: Publication, webAddress = ''): string {
  const t = f.territory;
  const region = f.region ? ` · région ${escapeHtml(f.region.name)}` : '';
  const balance = f.balance_eur;
  return tag(
    'header',
    { class: 'masthead' },
    '\n',
    webAddress,
    publisherLine(publication),
    p(KEY_FIGURES.kicker(yearOrWindow(f)), 'kicker'),
    '\n',
    tag('h1', {}, escapeHtml(publication.edition.title)),
    '\n',
    editionLine(publication),
    tag(
      'p',
      { class: 'territory' },
      escapeHtml(t.kind === 'france' ? 'France' : t.name),
      t.kind === 'departement' && !customsOnly(t) ? ` <span class="code">(${escapeHtml(t.code)})</span>` : '',
    ),
    '\n',
    p(
      `${kindLabel(t)}${region} · ${periodNoun(f)}${f.partial_year ? ` (${quarterList(f.quarters)})` : ''}`,
      'subtitle',
    ),
    '\n',
    tag(
      'ul',
      { class: 'key-figures', 'aria-label': 'Chiffres clés' },
      keyFigure(
        'exports',
        KEY_FIGURES.exports,
        formatMEur(f.exports.total_eur),
        shareDetail(f.exports) + rankOf(f, 'exports'),
        changeOf(f, 'exports'),
      ),
      keyFigure(
        'imports',
        KEY_FIGURES.imports,
        formatMEur(f.imports.total_eur),
        shareDetail(f.imports) + rankOf(f, 'imports'),
        changeOf(f, 'imports'),
      ),
      keyFigure(
        balance < 0 ? 'balance deficit' : 'balance surplus',
        KEY_FIGURES.balance,
        formatSignedMEur(balance),
        balanceWords(f) + rankOf(f, 'balance'),
      ),
    ),
    '\n',
  );
}
