// The départements of a région's fiche, each linked to its own fiche when the build writes it.
import type { Figures } from '../../figures/types.js';
import { departementByDgddi, regionByCode } from '../../reference/territories.js';
import { tag } from '../html.js';
import { headedSection, link } from './html.js';
import { customsOnly, displayName } from './wording.js';
import type { FicheLinks } from './types.js';

/** 'Les 12 départements de la région'; Monaco is no département, and Corse's one code is two. */
function headingOf(codes: string[]): string {
  const kinds = codes.map((code) => customsOnly({ kind: 'departement', code }));
  if (kinds.length === 1 && kinds[0] === 'corse')
    return 'Les deux départements de la région, publiés ensemble par les douanes';
  const n = kinds.filter((k) => k !== 'monaco').length;
  const head = n === 1 ? 'Le département de la région' : `Les ${n} départements de la région`;
  return kinds.includes('monaco') ? `${head} et Monaco` : head;
}

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
        displayName({ kind: 'departement', code: d.code, name: d.name, slug: d.slug }),
      ),
      customsOnly({ kind: 'departement', code: d.code }) === 'monaco'
        ? ', principauté que les douanes rattachent à la région'
        : '',
    ),
  );
  return headedSection(
    'departements-region',
    headingOf(depts.map((d) => d.code)),
    'departements-region',
    tag('ul', {}, '\n', items.join('\n'), '\n'),
    '\n',
  );
}
