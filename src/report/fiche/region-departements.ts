// The départements of a région's fiche, each linked to its own fiche when the build writes it.
import type { Figures } from '../../figures/types.js';
import { departementByDgddi, regionByCode } from '../../reference/territories.js';
import { tag } from '../html.js';
import { headedSection, link } from './html.js';
import type { FicheLinks } from './types.js';

export function renderRegionDepartements(f: Figures, links: FicheLinks): string {
  const region = regionByCode(f.territory.code);
  const depts = (region?.departements ?? []).map((code) => departementByDgddi(code)).filter((d) => d !== undefined);
  if (depts.length === 0) return '';
  const items = depts.map((d) =>
    tag(
      'li',
      {},
      link(
        links.fiche({ kind: 'departement', code: d.code, name: d.name, slug: d.slug }),
        d.name.includes('(') ? d.name : `${d.name} (${d.code})`,
      ),
    ),
  );
  return headedSection(
    'departements-region',
    depts.length === 1 ? 'Le département de la région' : `Les ${depts.length} départements de la région`,
    'departements-region',
    tag('ul', {}, '\n', items.join('\n'), '\n'),
    '\n',
  );
}
