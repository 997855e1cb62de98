// The site's « Classements » page (out/classements.html): every département, or every région,
// ranked by any indicator of the registry as `territrade rank` ranks them, with the activities behind
// each value; a sortable table, a CSV download, and an address that keeps the choice
// (classements.html?indicateur=part-etats-unis&echelle=regions). The rankings are embedded; the
// script draws the table.
import { duringPeriod } from '../../model/period.js';
import { indicatorLabel, INDICATORS } from '../../figures/indicators/registry.js';
import type { RankingData } from '../../browser/ranking.js';
import { blockTag, escapeHtml as esc, tag, voidTag } from '../html.js';
import { rankingScript } from '../inline-scripts.js';
import { toolPage, type ToolPageOptions } from './tool-page.js';

export const RANKING_TITLE = 'Classements des territoires';

const RANKING_CSS = `
.choix-classement{display:flex;flex-wrap:wrap;gap:1rem 2rem;align-items:flex-end}
.choix-classement label{display:block;font-weight:600;margin-bottom:.3rem}
.choix-classement select{font:inherit;padding:.35rem .5rem;max-width:100%;border:1px solid #8c959f;border-radius:4px}
.choix-classement .indicateur{flex:1 1 20rem;min-width:0}
.choix-classement fieldset{border:0;margin:0;padding:0}
.choix-classement legend{font-weight:600;padding:0;margin-bottom:.3rem}
.choix-classement fieldset label{display:inline;font-weight:400;margin-right:1rem}
#definition{color:var(--discret);margin:.6rem 0 0}
.classement{margin-top:1.5rem}
`;

function chooser(): string {
  return blockTag('section', { class: 'panneau', 'aria-labelledby': 'choix-titre' }, [
    tag('h2', { id: 'choix-titre' }, 'Indicateur et territoires classés'),
    blockTag('form', { class: 'choix-classement', id: 'formulaire-classement' }, [
      blockTag('div', { class: 'indicateur' }, [
        tag('label', { for: 'indicateur' }, 'Indicateur'),
        tag(
          'select',
          { id: 'indicateur', name: 'indicateur', 'aria-describedby': 'definition' },
          ...INDICATORS.map((d) => tag('option', { value: d.key }, esc(indicatorLabel(d)))),
        ),
      ]),
      blockTag('fieldset', {}, [
        tag('legend', {}, 'Classer'),
        ...[
          ['departements', 'les départements'],
          ['regions', 'les régions'],
        ].map(([value, words], k) =>
          tag(
            'label',
            {},
            voidTag('input', { type: 'radio', name: 'echelle', value: value!, checked: k === 0 }),
            ` ${words!}`,
          ),
        ),
      ]),
    ]),
    tag('p', { id: 'definition' }, esc(INDICATORS[0]!.definition)),
  ]);
}

/** The complete page. Same data and options → same bytes. */
export function renderRankingPage(data: RankingData, o: ToolPageOptions): string {
  return toolPage(
    {
      name: RANKING_TITLE,
      lead: 'Tous les départements, ou toutes les régions, classés par l’indicateur de votre choix, comme la commande « territrade rank », avec les trois activités qui pèsent le plus dans chaque valeur.',
      css: RANKING_CSS,
      main: [chooser(), rankingSection(String(o.year))],
      dataId: 'donnees-classements',
      data,
      script: rankingScript(),
    },
    o,
  );
}

function rankingSection(year: string): string {
  return blockTag('section', { class: 'classement', 'aria-labelledby': 'classement-titre' }, [
    tag('h2', { id: 'classement-titre' }, esc(`Classement ${duringPeriod(year)}`)),
    tag(
      'p',
      { class: 'aide-tableau' },
      tag('button', { type: 'button', id: 'telecharger-csv' }, 'Télécharger ce classement (CSV)'),
    ),
    tag('div', { id: 'classement' }, tag('p', {}, 'Le classement s’affiche avec JavaScript activé.')),
  ]);
}
