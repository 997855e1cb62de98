// The « Classements » page's script: the table of every territory of a scale ranked by the chosen
// indicator, drawn from the embedded rankings (those of `territrade rank`), sortable and
// downloadable like the index's table; the address keeps the choice. Bundled into the page by
// scripts/build-browser.mjs.
import { all, byId, el, jsonOf } from './dom.js';
import { tableDownload, tableSorting } from './table.js';

/** A ranked territory: its index in the scale's list, rank, raw value, value in French, activities' index (-1: none). */
export type RankRow = [number, number | null, number | null, string, number];

// The page's data, embedded by report/site/ranking-data.ts: short keys keep the JSON small.
export interface RankingData {
  /** The registry's indicators, in its order: key, label and definition. */
  i: { k: string; l: string; d: string }[];
  /** Each scale: its key in the address, its words, its territories (code, name, fiche), and per indicator its rows, best first. */
  e: { k: string; l: string; t: { c: string; n: string; f: string }[]; r: RankRow[][] }[];
  /** The activities behind the values, in French, each text once. */
  a: string[];
  /** The period in words (the CSV's last column) and the CSV's file name. */
  p: string;
  n: string;
}

const valeur = (v: number | null): string => (v === null ? '' : String(v));

function sortHead(label: string, kind: 'texte' | 'nombre', extra: Record<string, string> = {}): HTMLElement {
  return el('th', { scope: 'col', 'data-tri': kind, ...extra }, el('button', { type: 'button' }, label));
}

function rankTable(data: RankingData, e: number, i: number): HTMLElement {
  const scale = data.e[e]!;
  const ind = data.i[i]!;
  const rows = (scale.r[i] ?? []).map(([t, rank, value, text, a]) => {
    const place = scale.t[t]!;
    return el(
      'tr',
      {},
      el(
        'td',
        { class: 'nombre', 'data-valeur': valeur(rank), 'data-libelle': 'Rang' },
        rank === null ? '–' : `${rank}`,
      ),
      el('td', { class: 'code', 'data-valeur': place.c }, place.c),
      el('th', { scope: 'row', 'data-valeur': place.n, 'data-code': place.c }, el('a', { href: place.f }, place.n)),
      el('td', { class: 'nombre', 'data-valeur': valeur(value), 'data-libelle': ind.l }, text),
      el('td', { class: 'ti', 'data-libelle': 'Principales activités' }, a < 0 ? '' : (data.a[a] ?? '')),
    );
  });
  return el(
    'table',
    { class: 'triable' },
    el(
      'caption',
      {},
      `${ind.l} : ${scale.l}, ${data.p} (cliquez sur un en-tête de colonne pour trier : les nombres du plus grand au plus petit d’abord)`,
    ),
    el(
      'thead',
      {},
      el(
        'tr',
        {},
        sortHead('Rang', 'nombre', { class: 'nombre', 'aria-sort': 'ascending' }),
        sortHead('Code', 'texte'),
        sortHead('Territoire', 'texte'),
        sortHead(ind.l, 'nombre', { class: 'nombre' }),
        el('th', { scope: 'col' }, 'Principales activités'),
      ),
    ),
    el('tbody', {}, ...rows),
  );
}

function start(): void {
  const data = jsonOf<RankingData>('donnees-classements');
  const select = byId<HTMLSelectElement>('indicateur');
  const radios = all<HTMLInputElement>('input[name="echelle"]');
  const wanted = new URLSearchParams(location.search);
  const i0 = data.i.findIndex((d) => d.k === wanted.get('indicateur'));
  if (i0 >= 0) select.selectedIndex = i0;
  for (const r of radios) if (r.value === wanted.get('echelle')) r.checked = true;

  const render = () => {
    const i = Math.max(0, select.selectedIndex);
    const e = Math.max(
      0,
      data.e.findIndex((s) => s.k === radios.find((r) => r.checked)?.value),
    );
    byId('definition').textContent = data.i[i]!.d;
    byId('classement').replaceChildren(rankTable(data, e, i));
    tableSorting();
    try {
      history.replaceState(null, '', `${location.pathname}?indicateur=${data.i[i]!.k}&echelle=${data.e[e]!.k}`);
    } catch {
      // Some browsers refuse to rewrite a file:// address: the choice then simply is not kept.
    }
  };
  select.addEventListener('change', render);
  for (const r of radios) r.addEventListener('change', render);
  tableDownload(data);
  render();
}

start();
