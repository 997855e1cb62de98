// On paper, where the reader finds the web version of the fiche (issue 21), at the head of the
// first page beside the title: its public address and a QR code to it when the settings give the
// site's address (docs/configuration.md, `adresse_du_site`); otherwise the HTML file the build
// wrote beside the PDF (`42-loire.html`) — never an address the build does not know.
import { escapeVerbatim, joinHtml, tag } from '../html.js';
import { qrCodeSvg } from '../qr-code.js';
import { ficheAddress } from './cited-page.js';
import type { FicheInput } from './types.js';
import { COLON } from './wording.js';

/** The QR symbol's side on paper: well above the 15 mm a phone reads at arm's length. */
export const QR_SYMBOL_MM = 16;

/**
 * An address as printed: no typography, and lines broken only after a '/' (a hyphen at a line's
 * end would read as part of the address, or be taken out by a copy): each piece unbreakable.
 */
function addressHtml(address: string): string {
  const pieces = address.match(/^[a-z][a-z0-9+.-]*:\/\/[^/]*\/?|[^/]*\/|[^/]+$/gi) ?? [address];
  return tag(
    'span',
    { class: 'url' },
    joinHtml(
      pieces.map((piece) => tag('span', {}, escapeVerbatim(piece))),
      '<wbr>',
    ),
  );
}

/**
 * The block at the head of the printed fiche: « Version web de cette fiche : <address> » beside
 * the QR code of that address, or the HTML file's name; '' on screen. On demo data the label says
 * that the web page's figures are fictitious too.
 */
export function renderWebAddress(input: FicheInput): string {
  if (input.variant !== 'print') return '';
  const { sitePath, public: address } = ficheAddress(input);
  const file = sitePath.split('/').pop() ?? '';
  if (address === null && file === '') return '';
  const label = input.main.figures.demo
    ? `Version web de cette fiche de démonstration (données fictives)${COLON}`
    : `Version web de cette fiche${COLON}`;
  // Apostrophes percent-encoded: the printed address is then the encoded one, character for character.
  const printed = address?.replace(/'/g, '%27') ?? null;
  const where = printed === null ? `fichier ${escapeVerbatim(file)}, produit avec ce PDF` : addressHtml(printed);
  return (
    tag(
      'div',
      { class: 'web-address' },
      tag('p', {}, tag('span', { class: 'web-address-label' }, label), ' ', where),
      printed === null
        ? ''
        : qrCodeSvg(printed, { symbolMm: QR_SYMBOL_MM, label: `Code QR de l’adresse ${printed}`, class: 'qr-code' }),
    ) + '\n'
  );
}
