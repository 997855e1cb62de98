// The Territoires d'industrie block of a département's fiche.
import type { Figures, TerritoireIndustrie, TerritoryRef } from '../../figures/types.js';
import { departements } from '../../reference/territories.js';
import { escapeHtml, tag } from '../html.js';
import { headedSection, link, p } from './html.js';
import type { FicheLinks } from './types.js';
import { COLON } from './wording.js';
import { tiListSource } from '../ti-wording.js';

/** The départements (as references) behind INSEE codes, '2A' and '2B' both giving Corse, once. */
export function departementRefs(inseeCodes: string[]): TerritoryRef[] {
  const seen = new Set<string>();
  const refs: TerritoryRef[] = [];
  for (const code of inseeCodes) {
    const d = departements().find((x) => x.inseeCodes.includes(code));
    if (!d || seen.has(d.code)) continue;
    seen.add(d.code);
    refs.push({ kind: 'departement', code: d.code, name: d.name, slug: d.slug });
  }
  return refs;
}

function territoireItem(t: TerritoireIndustrie, self: TerritoryRef, links: FicheLinks): string {
  const others = departementRefs(t.departements).filter((d) => d.code !== self.code);
  const name = link(links.territoireIndustrie?.(t) ?? null, t.name);
  if (others.length === 0) return tag('li', {}, name);
  const list = others.map((d) => link(links.fiche(d), `${d.name} (${d.code})`)).join(', ');
  const what = others.length === 1 ? 'le département' : 'les départements';
  return tag(
    'li',
    {},
    name,
    ' ',
    tag('span', { class: 'shared' }, `— territoire interdépartemental, qui s’étend aussi sur ${what}${COLON} ${list}`),
  );
}

export function renderTerritoires(f: Figures, links: FicheLinks): string {
  const items = f.territoires_industrie_detail;
  const body: string[] = [];
  if (items.length === 0) {
    body.push(p('Aucun Territoire d’industrie n’est rattaché à ce département dans la liste de l’ANCT.'));
  } else {
    body.push(tag('ul', {}, '\n', items.map((t) => territoireItem(t, f.territory, links)).join('\n'), '\n'));
  }
  const source = tiListSource(f.territoires_industrie_list);
  body.push(
    p(`Source de la liste\u00A0: ${escapeHtml(source[0]!.toUpperCase() + source.slice(1))}.`, 'note screen-only'),
  );
  return headedSection('territoires', 'Territoires d’industrie du département', 'territoires', body.join('\n'), '\n');
}
