// The « Comparer » page's script: the choice of territories (search, propositions, removal), the
// table and small multiples drawn from the embedded data, the CSV download and the address that
// keeps the choice. Bundled into the page by scripts/build-browser.mjs.
import { byId, el, jsonOf } from './dom.js';
import {
  choiceFromSearch,
  comparedTerritories,
  comparisonCsv,
  MAX_CHOSEN,
  proposals,
  searchOfChoice,
  type CompareData,
  type CompareTerritory,
} from './compare-choice.js';

function table(data: CompareData, chosen: readonly string[]): HTMLElement {
  const list = comparedTerritories(data, chosen);
  const head = el(
    'tr',
    {},
    el('th', { scope: 'col' }, 'Indicateur'),
    ...list.map(({ t, reference }) =>
      el('th', { scope: 'col', class: reference ? 'reference' : '' }, reference ? `${t.n} (réf.)` : t.n),
    ),
  );
  const rows = data.rows.flatMap((r, i) =>
    r.k === 'code'
      ? []
      : [
          el(
            'tr',
            {},
            el('th', { scope: 'row' }, r.l),
            ...list.map(({ t, reference }) =>
              el(
                'td',
                { class: `${r.k === 'text' ? 'texte' : ''}${reference ? ' reference' : ''}`.trim() },
                t.x[i] ?? '',
              ),
            ),
          ),
        ],
  );
  return el(
    'table',
    { class: 'comparaison-table' },
    el('caption', { class: 'visuellement-cache' }, `Indicateurs des territoires choisis et de la France, ${data.p}`),
    el('thead', {}, head),
    el('tbody', {}, ...rows),
  );
}

/** One small multiple: a bar per territory from a common zero, France's value as a dashed line. */
function multiple(data: CompareData, chosen: readonly string[], i: number): HTMLElement | null {
  const row = data.rows[i]!;
  const list = comparedTerritories(data, chosen).filter((c) => !c.reference);
  const france = data.territories.find((t) => t.q === 'france');
  const value = (t: CompareTerritory): number | null => (typeof t.v[i] === 'number' ? t.v[i] : null);
  const ref = row.c === 2 && france ? value(france) : null;
  const values = [...list.map((c) => value(c.t)), ref].filter((v): v is number => v !== null);
  if (values.length === 0) return null;
  const [lo, hi] = [Math.min(0, ...values), Math.max(0, ...values)];
  const pos = (v: number) => (hi > lo ? ((v - lo) / (hi - lo)) * 100 : 0);
  const lines = list.map(({ t }) => {
    const v = value(t);
    const track = el('div', { class: 'piste' });
    if (v !== null) {
      const [a, b] = [pos(Math.min(0, v)), pos(Math.max(0, v))];
      track.append(el('div', { class: `barre${v < 0 ? ' negatif' : ''}`, style: `left:${a}%;width:${b - a}%` }));
    }
    if (ref !== null) track.append(el('div', { class: 'france', style: `left:${pos(ref)}%` }));
    return el(
      'div',
      { class: 'ligne' },
      el('span', { class: 'nom' }, t.n),
      track,
      el('span', { class: 'valeur' }, t.x[i] ?? ''),
    );
  });
  const note =
    ref !== null && france ? [el('p', { class: 'note-france' }, `Trait pointillé : France, ${france.x[i] ?? ''}`)] : [];
  return el('div', { class: 'multiple', 'aria-hidden': 'true' }, el('h3', {}, row.l), ...lines, ...note);
}

/** The table and the small multiples of the chosen territories. */
function drawComparison(data: CompareData, chosen: readonly string[]): void {
  byId('comparaison').replaceChildren(
    ...(chosen.length ? [table(data, chosen)] : [el('p', {}, 'Choisissez au moins un territoire.')]),
  );
  byId('multiples').replaceChildren(
    ...(chosen.length
      ? data.rows
          .flatMap((r, i) => (r.c ? [multiple(data, chosen, i)] : []))
          .filter((m): m is HTMLElement => m !== null)
      : []),
  );
}

function start(): void {
  const data = jsonOf<CompareData>('donnees-comparaison');
  const input = byId<HTMLInputElement>('choix-territoire');
  const status = byId('choix-statut');
  const offered = byId('propositions');
  const chosenList = byId('choisis');
  const download = byId<HTMLButtonElement>('telecharger-comparaison');
  let chosen = choiceFromSearch(location.search, data);
  const name = (q: string) => data.territories.find((t) => t.q === q)?.n ?? q;

  const propose = () => {
    const found = chosen.length >= MAX_CHOSEN ? [] : proposals(data, input.value, chosen);
    offered.replaceChildren(
      ...found.map((t) => {
        const button = el('button', { type: 'button' }, `Ajouter ${t.n}`);
        button.addEventListener('click', () => add(t.q));
        return el('li', {}, button);
      }),
    );
    if (input.value.trim() !== '')
      status.textContent =
        chosen.length >= MAX_CHOSEN
          ? `${MAX_CHOSEN} territoires au plus : retirez-en un pour en ajouter un autre.`
          : found.length
            ? `${found.length} proposition${found.length > 1 ? 's' : ''}.`
            : 'Aucun territoire ne correspond.';
  };
  const render = () => {
    chosenList.replaceChildren(
      ...chosen.map((q) => {
        const button = el('button', { type: 'button', 'aria-label': `Retirer ${name(q)}` }, '×');
        button.addEventListener('click', () => {
          chosen = chosen.filter((x) => x !== q);
          status.textContent = `${name(q)} retiré.`;
          render();
        });
        return el('li', {}, el('span', {}, name(q)), button);
      }),
    );
    drawComparison(data, chosen);
    download.disabled = chosen.length === 0;
    try {
      history.replaceState(null, '', `${location.pathname}${searchOfChoice(chosen)}`);
    } catch {
      // Some browsers refuse to rewrite a file:// address: the choice then simply is not kept.
    }
    propose();
  };
  const add = (q: string) => {
    if (chosen.includes(q) || chosen.length >= MAX_CHOSEN) return;
    chosen = [...chosen, q];
    input.value = '';
    status.textContent = `${name(q)} ajouté.`;
    render();
    input.focus();
  };

  input.addEventListener('input', propose);
  byId<HTMLFormElement>('formulaire-choix').addEventListener('submit', (event) => {
    event.preventDefault();
    const [first] = proposals(data, input.value, chosen, 1);
    if (first) add(first.q);
  });
  download.addEventListener('click', () => {
    const a = el('a', { download: data.file });
    a.href = URL.createObjectURL(new Blob([comparisonCsv(data, chosen)], { type: 'text/csv;charset=utf-8' }));
    document.body.append(a);
    a.click();
    a.remove();
  });
  render();
}

start();
