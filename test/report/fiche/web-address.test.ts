// The printed fiche's web address (issue 21): with the site's address in the settings, the head of
// the paper fiche gives the page's address and a QR code that reads back as it; without, only the
// HTML file written beside the PDF; on screen, nothing. Golden: the printed head and foot of the
// Loire with an address set (test/output/fiche/42-loire-adresse-imprimee.html).
import { describe, expect, it } from 'vitest';
import { DEFAULT_PUBLICATION } from '../../../src/model/publication.js';
import { linksFrom } from '../../../src/pipeline/links.js';
import { renderFiche, withCharts, type FicheInput } from '../../../src/report/fiche/index.js';
import { renderWebAddress } from '../../../src/report/fiche/web-address.js';
import { makeFigures } from '../../helpers/figures.js';
import { assertGolden } from '../../helpers/golden.js';
import { decodeQrSvg } from '../../helpers/qr.js';
import { TEST_DATE } from './demo-fiche.js';

const SITE = 'https://exemple.fr/commerce-exterieur/';
const LOIRE = `${SITE}departements/42-loire.html`;

/** The Loire's fiche on the test figures (demo data), with the site's address `siteUrl`. */
function loire(siteUrl: string | null, variant: 'print' | 'screen' = 'print', demo = true): FicheInput {
  return {
    main: withCharts(makeFigures({ demo })),
    comparisons: [],
    links: linksFrom('departements/42-loire.html', new Set(['departement:42']), true),
    meta: {
      generatedAt: TEST_DATE,
      toolVersion: 'version-de-test',
      sources: [],
      publication: { ...DEFAULT_PUBLICATION, siteUrl },
    },
    variant,
  };
}

function qrSvgs(html: string): string[] {
  return [...html.matchAll(/<svg[^>]*class="qr-code"[\s\S]*?<\/svg>/g)].map((m) => m[0]);
}

/** The printed words of the web address block (its paragraph; the QR code's title left out). */
function text(html: string): string {
  const words = /<div class="web-address"><p>([\s\S]*?)<\/p>/.exec(html)?.[1] ?? '';
  return words.replace(/<[^>]*>/g, '').replace(/&amp;/g, '&');
}

describe('adresse web de la fiche imprimée', () => {
  it('la tête et le pied de la Loire imprimée sont identiques à leur référence', () => {
    const html = renderFiche(loire(SITE));
    const head = /<header class="masthead">[\s\S]*?<\/header>/.exec(html)![0];
    const foot = /<section[^>]*aria-labelledby="pratique-titre"[\s\S]*?<\/section>/.exec(html)![0];
    assertGolden('fiche/42-loire-adresse-imprimee.html', `${head}\n${foot}\n`);
  });

  it('donne l’adresse de la page et un code QR qui la redonne, une seule fois', () => {
    const html = renderFiche(loire(SITE));
    const [qr, ...more] = qrSvgs(html);
    expect(more).toEqual([]);
    expect(decodeQrSvg(qr!)).toBe(LOIRE);
    expect(qr).toContain(`<title>Code QR de l’adresse ${LOIRE}</title>`);
    expect(qr).toContain(`aria-label="Code QR de l’adresse ${LOIRE}"`);
    expect(text(html)).toBe(`Version web de cette fiche de démonstration (données fictives)\u00A0: ${LOIRE}`);
  });

  it('dit « données fictives » sur les données de démonstration, et rien de tel sur des données réelles', () => {
    expect(text(renderWebAddress(loire(SITE)))).toContain('démonstration (données fictives)');
    expect(text(renderWebAddress(loire(SITE, 'print', false)))).toBe(`Version web de cette fiche\u00A0: ${LOIRE}`);
  });

  it('sans adresse du site : le fichier HTML produit avec le PDF, sans code QR ni adresse inventée', () => {
    const html = renderFiche(loire(null));
    expect(qrSvgs(html)).toEqual([]);
    const block = renderWebAddress(loire(null));
    expect(text(block)).toBe(
      'Version web de cette fiche de démonstration (données fictives)\u00A0: fichier 42-loire.html, produit avec ce PDF',
    );
    expect(block).not.toContain('http');
  });

  it('à l’écran : ni adresse ni code QR (la page est déjà la version web)', () => {
    const html = renderFiche(loire(SITE, 'screen'));
    expect(html).not.toContain('class="web-address"');
    expect(qrSvgs(html)).toEqual([]);
  });

  it('une apostrophe de l’adresse reste un caractère d’adresse (encodé), dans le texte comme dans le code QR', () => {
    const block = renderWebAddress(loire("https://exemple.fr/l'équipe/"));
    const encoded = 'https://exemple.fr/l%27%C3%A9quipe/departements/42-loire.html';
    expect(text(block)).toContain(encoded);
    expect(decodeQrSvg(qrSvgs(block)[0]!)).toBe(encoded);
  });
});
