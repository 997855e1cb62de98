// The index page's search box: results as the user types, Enter to the first, arrows and Escape to move.
import { normalizeName } from '../reference/slug.js';
import { all, byId, jsonOf } from './dom.js';
import { communeItems, search, type SearchItem } from './search.js';

/** The search box: results as the user types, Enter to the first, arrows and Escape to move. */
export function searchBox(): void {
  let items = jsonOf<SearchItem[]>('donnees-recherche');
  let communesAdded = false;
  const input = byId<HTMLInputElement>('recherche');
  const list = byId('resultats');
  const status = byId('recherche-statut');
  function render(): void {
    // The communes become items at the first search only: the page loads without that work.
    if (!communesAdded) {
      communesAdded = true;
      items = items.concat(communeItems(jsonOf<string>('donnees-communes'), items));
    }
    const found = search(items, input.value, 12);
    list.textContent = '';
    for (const item of found) {
      const li = document.createElement('li');
      const a = document.createElement('a');
      a.href = item.h;
      a.textContent = item.l;
      const d = document.createElement('span');
      d.textContent = item.d;
      li.appendChild(a);
      li.appendChild(d);
      list.appendChild(li);
    }
    const query = `\u00a0${input.value.trim()}\u00a0».`;
    if (normalizeName(input.value) === '') status.textContent = '';
    else if (found.length === 0) status.textContent = 'Aucun résultat pour «' + query;
    else status.textContent = found.length + (found.length > 1 ? ' résultats' : ' résultat') + ' pour «' + query;
  }
  input.addEventListener('input', render);
  byId('formulaire-recherche').addEventListener('submit', (event) => {
    event.preventDefault();
    const first = list.querySelector('a');
    if (first) window.location.href = first.getAttribute('href') ?? '';
  });
  const links = () => all<HTMLAnchorElement>('a', list);
  input.addEventListener('keydown', (event) => {
    if (event.key === 'ArrowDown' && links().length) {
      event.preventDefault();
      links()[0]!.focus();
    }
    if (event.key === 'Escape') {
      input.value = '';
      render();
    }
  });
  list.addEventListener('keydown', (event) => {
    const found = links();
    const i = found.indexOf(document.activeElement as HTMLAnchorElement);
    if (i < 0) return;
    if (event.key === 'ArrowDown' && i < found.length - 1) {
      event.preventDefault();
      found[i + 1]!.focus();
    }
    if (event.key === 'ArrowUp') {
      event.preventDefault();
      (i > 0 ? found[i - 1]! : input).focus();
    }
    if (event.key === 'Escape') {
      event.preventDefault();
      input.focus();
    }
  });
}
