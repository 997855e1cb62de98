// The site's « Comparer » page (out/comparer.html): up to six territories chosen with a search, side
// by side in the table of `territrade compare` with France as the reference column, small multiples
// of the registry's indicators, a CSV download, and an address that keeps the choice
// (comparer.html?t=42,69,38). The data of every territory are embedded; the script does the rest.
import { NBSP } from '../../format/fr.js';
import { duringPeriod } from '../../model/period.js';
import { blockTag, escapeHtml as esc, tag, voidTag } from '../html.js';
import { compareScript } from '../inline-scripts.js';
import type { CompareData } from '../../browser/compare-choice.js';
import { toolPage, type ToolPageOptions } from './tool-page.js';

export const COMPARE_TITLE = 'Comparer des territoires';

/** Up to this many territories side by side (France comes on top, as the reference). */
export const COMPARE_MAX = 6;

const COMPARE_CSS = `
.choix-territoires{max-width:40rem}
.choix-territoires label{display:block;font-weight:600;margin-bottom:.3rem}
.choix-territoires input{width:100%;font:inherit;padding:.45rem .6rem;border:1px solid #8c959f;border-radius:4px}
.choix-territoires .aide{color:var(--discret);font-size:.88rem;margin:.25rem 0 0}
#propositions{list-style:none;margin:.3rem 0 0;padding:0}
#propositions button,#choisis button{font:inherit;background:var(--accent-clair);border:1px solid var(--accent);color:var(--accent);border-radius:4px;padding:.2rem .6rem;margin:.15rem 0;cursor:pointer;text-align:left}
#choisis{list-style:none;margin:.6rem 0 0;padding:0;display:flex;flex-wrap:wrap;gap:.4rem}
#choisis li{display:flex;align-items:center;gap:.3rem;background:var(--fond);border:1px solid var(--filet);border-radius:4px;padding:.15rem .2rem .15rem .5rem}
.comparaison{margin-top:1.5rem;overflow-x:auto}
.comparaison:focus-visible{outline:3px solid var(--focus)}
table.comparaison-table td{text-align:right;font-variant-numeric:tabular-nums}
table.comparaison-table td.texte{text-align:left;white-space:normal;min-width:8rem}
table.comparaison-table th[scope=row]{min-width:12rem}
table.comparaison-table .reference{color:var(--discret)}
.multiples{display:grid;grid-template-columns:repeat(auto-fill,minmax(17rem,1fr));gap:1rem;margin-top:1.5rem}
.multiple{border:1px solid var(--filet);border-radius:6px;padding:.7rem .8rem}
.multiple h3{margin:0 0 .5rem;font-size:.98rem}
.multiple .ligne{display:grid;grid-template-columns:minmax(0,7rem) minmax(0,1fr) auto;gap:.5rem;align-items:center;font-size:.88rem;margin:.2rem 0}
.multiple .nom{overflow-wrap:anywhere}
.multiple .piste{position:relative;height:1.1rem;background:var(--fond)}
.multiple .barre{position:absolute;top:.1rem;bottom:.1rem;left:0;background:var(--accent)}
.multiple .barre.negatif{background:#b42318}
.multiple .valeur{min-width:5.2rem;text-align:right;white-space:nowrap;font-variant-numeric:tabular-nums}
.multiple .france{position:absolute;top:-.15rem;bottom:-.15rem;width:0;border-left:2px dashed #1f2328}
.multiple .note-france{margin:.4rem 0 0;color:var(--discret);font-size:.85rem}
@media (max-width:600px){.multiple .ligne{grid-template-columns:minmax(0,1fr) auto}.multiple .nom{grid-column:1/-1}}
`;

function chooser(): string {
  return blockTag('section', { class: 'panneau', 'aria-labelledby': 'choix-titre' }, [
    tag('h2', { id: 'choix-titre' }, 'Territoires comparés'),
    blockTag('form', { class: 'choix-territoires', id: 'formulaire-choix', role: 'search' }, [
      tag('label', { for: 'choix-territoire' }, esc('Ajouter un département, une région ou la France')),
      voidTag('input', {
        id: 'choix-territoire',
        type: 'search',
        autocomplete: 'off',
        spellcheck: 'false',
        'aria-describedby': 'choix-aide',
        'aria-controls': 'propositions',
      }),
      tag(
        'p',
        { class: 'aide', id: 'choix-aide' },
        esc(
          `Tapez un nom ou un numéro (« Loire », « 69 », « Bretagne »), puis Entrée ou un clic sur une proposition. Jusqu’à ${COMPARE_MAX}${NBSP}territoires${NBSP}; la France est toujours donnée en référence.`,
        ),
      ),
    ]),
    tag('p', { id: 'choix-statut', role: 'status', 'aria-live': 'polite' }),
    tag('ul', { id: 'propositions', 'aria-label': 'Propositions' }),
    tag('ul', { id: 'choisis', 'aria-label': 'Territoires choisis' }),
  ]);
}

function results(year: string): string {
  return blockTag('section', { 'aria-labelledby': 'resultats-titre', id: 'resultats-comparaison' }, [
    tag('h2', { id: 'resultats-titre' }, esc(`Comparaison ${duringPeriod(year)}`)),
    tag(
      'p',
      { class: 'aide-tableau' },
      tag(
        'button',
        { type: 'button', id: 'telecharger-comparaison', disabled: true },
        'Télécharger la comparaison (CSV)',
      ),
    ),
    // Filled by the script; a scrolling region is a tab stop so that a keyboard can scroll it.
    tag('div', {
      class: 'comparaison',
      id: 'comparaison',
      tabindex: '0',
      role: 'region',
      'aria-label': 'Tableau de la comparaison',
    }),
    tag('h2', {}, 'Indicateur par indicateur'),
    tag(
      'p',
      { class: 'aide-carte' },
      esc(
        'Une barre par territoire, proportionnelle à la plus grande valeur du graphique (en rouge, une valeur négative) ; le trait pointillé marque la valeur de la France quand elle se compare (parts, évolutions, concentration).',
      ),
    ),
    tag('div', { class: 'multiples', id: 'multiples' }),
  ]);
}

/** The complete page. Same data and options → same bytes. */
export function renderComparePage(data: CompareData, o: ToolPageOptions): string {
  return toolPage(
    {
      name: COMPARE_TITLE,
      lead: 'Les indicateurs de la commande « territrade compare », côte à côte, pour les territoires de votre choix.',
      css: COMPARE_CSS,
      main: [chooser(), results(String(o.year))],
      dataId: 'donnees-comparaison',
      data,
      script: compareScript(),
    },
    o,
  );
}
