// A région's fiche lists its départements, each linked to its fiche when the build writes it.
import { describe, expect, it } from 'vitest';
import type { Figures, TerritoryRef } from '../../../src/figures/types.js';
import { renderRegionDepartements } from '../../../src/report/fiche/region-departements.js';
import type { FicheLinks } from '../../../src/report/fiche/types.js';
import { makeFigures } from '../../helpers/figures.js';

function links(built: (t: TerritoryRef) => boolean): FicheLinks {
  return {
    fiche: (t) => (built(t) ? `../departements/${t.slug}.html` : null),
    csv: () => '',
    xlsx: () => '',
    json: () => '',
    index: '../index.html',
  };
}

const region = (code: string, name: string, slug: string): Figures =>
  makeFigures({ territory: { kind: 'region', code, name, slug }, region: null });

describe('renderRegionDepartements', () => {
  it('links every département of Auvergne-Rhône-Alpes to its fiche', () => {
    const html = renderRegionDepartements(
      region('84', 'Auvergne-Rhône-Alpes', '84-auvergne-rhone-alpes'),
      links(() => true),
    );
    expect(html).toContain('<h2 id="departements-region-titre">Les 12 départements de la région</h2>');
    expect(html.match(/<li>/g)).toHaveLength(12);
    expect(html).toContain('<a href="../departements/42-loire.html">Loire (42)</a>');
    expect(html).toContain('<a href="../departements/01-ain.html">Ain (01)</a>');
  });

  it('names without a link the départements this build does not write, and keeps Corse’s name', () => {
    const html = renderRegionDepartements(
      region('94', 'Corse', '94-corse'),
      links(() => false),
    );
    // Corse is two départements the customs publish as one, not « le département de la région ».
    expect(html).toContain('Les deux départements de la région, publiés ensemble par les douanes');
    expect(html).toContain('<li>Corse (2A, 2B)</li>');
    expect(html).not.toContain('<a ');
  });

  it('does not count Monaco among the départements of Provence-Alpes-Côte d’Azur (issue 21)', () => {
    const html = renderRegionDepartements(
      region('93', 'Provence-Alpes-Côte d’Azur', '93-provence-alpes-cote-d-azur'),
      links(() => true),
    );
    expect(html).toContain('<h2 id="departements-region-titre">Les 6 départements de la région et Monaco</h2>');
    expect(html).toContain(
      '<a href="../departements/99-monaco.html">Monaco</a>, principauté que les douanes rattachent à la région',
    );
    expect(html).not.toContain('Monaco (99)');
  });

  it('writes nothing for an unknown région', () => {
    expect(
      renderRegionDepartements(
        region('00', 'Nulle part', '00'),
        links(() => true),
      ),
    ).toBe('');
  });
});
