// The Territoires d'industrie block of a département's fiche.
import type { Figures, TerritoireIndustrie, TerritoryRef } from '../../figures/types.js';
import { departements } from '../../reference/territories.js';
import { escapeHtml, headedSection, link, p, tag } from './html.js';
import type { FicheLinks } from './types.js';
import { COLON } from './wording.js';

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
  if (others.length === 0) return tag('li', {}, escapeHtml(t.name));
  const list = others.map((d) => link(links.fiche(d), `${d.name} (${d.code})`)).join(', ');
  const what = others.length === 1 ? 'le département' : 'les départements';
  return tag('li', {}, escapeHtml(t.name), ' ', tag('span', { class: 'shared' }, `— territoire interdépartemental, qui s'étend aussi sur ${what}${COLON} ${list}`));
}

export const OFFICIAL_LIST_HELP =
  "Pour utiliser la liste officielle complète de l'ANCT, lancez <code>territrade fetch --territoires</code>, ou téléchargez sur data.gouv.fr le fichier <code>liste-ti-com2023-….csv</code> du jeu de données «\u00A0Programme Territoires d'industrie\u00A0» puis importez-le avec <code>territrade import</code>, et reconstruisez les fiches.";

export function renderTerritoires(f: Figures, links: FicheLinks): string {
  const items = f.territoires_industrie_detail;
  const partial = f.territoires_industrie_list === 'partial';
  const body: string[] = [];
  if (items.length === 0) {
    body.push(
      p(
        partial
          ? "Aucun Territoire d'industrie n'est rattaché à ce département dans la liste utilisée pour cette fiche. Cette liste étant incomplète, le département peut néanmoins en compter."
          : "Aucun Territoire d'industrie n'est rattaché à ce département dans la liste officielle de l'ANCT.",
      ),
    );
  } else {
    body.push(tag('ul', {}, '\n', items.map((t) => territoireItem(t, f.territory, links)).join('\n'), '\n'));
  }
  if (partial) {
    body.push(
      p(
        `<strong>Liste partielle.</strong> Ces territoires proviennent de la liste par défaut fournie avec territrade, établie à partir d'annonces publiques et qui ne couvre pas tous les Territoires d'industrie 2023-2027, ni toujours leurs libellés officiels. ${OFFICIAL_LIST_HELP}`,
        'note',
      ),
    );
  } else {
    body.push(p("Source de la liste\u00A0: ANCT, programme Territoires d'industrie 2023-2027 (data.gouv.fr, Licence Ouverte 2.0).", 'note'));
  }
  return headedSection(
    'territoires',
    "Territoires d'industrie du département",
    'territoires',
    body.join('\n'),
    '\n',
  );
}
