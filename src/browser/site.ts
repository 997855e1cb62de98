// The index page's script: indicator switch (fills, titles and legend swapped from data attributes
// computed on the server), value box by the pointer, keyboard moves on the map, search, table
// sorting and CSV download. Values are pre-formatted in French on the server. Bundled into the
// page by scripts/build-browser.mjs.
import { all, byId, jsonOf } from './dom.js';
import { searchBox } from './search-box.js';
import { tableDownload, tableSorting, type SpecialisationData } from './table.js';

/** The map's indicator: which one is shown, its words and values, and the switch between them. */
function mapIndicator() {
  const zones = all<HTMLAnchorElement>('.carte a.zone');
  const radios = all<HTMLInputElement>('input[name="indicateur"]');
  let current = document.querySelector<HTMLInputElement>('input[name="indicateur"]:checked')!.value;
  const labels: Record<string, string> = {};
  for (const input of radios) labels[input.value] = input.getAttribute('data-libelle') ?? '';

  // The specialisation index of the activity chosen in the list: values from one JSON object,
  // coloured with fixed classes around 1.
  const spec = jsonOf<SpecialisationData>('donnees-specialisation');
  const select = document.getElementById('activite') as HTMLSelectElement | null;
  const specValue = (href: string | null): number | null => {
    const row = href === null ? undefined : spec.v[href];
    const i = select ? spec.a.indexOf(select.value) : -1;
    return row && i >= 0 ? (row[i] ?? null) : null;
  };
  const specText = (v: number | null): string =>
    v === null ? 'aucune exportation de l’activité' : v.toFixed(v < 1 ? 2 : 1).replace('.', ',');
  const specFill = (v: number | null): string => {
    if (v === null) return 'url(#motif-non-disponible)';
    let k = 0;
    while (k < spec.s.length && v >= spec.s[k]!) k++;
    return spec.c[k]!;
  };
  const activity = () => (select ? select.value : '');
  const label = () => (current === 'specialisation' ? `${labels[current]} en ${activity()}` : labels[current]!);
  const valueText = (zone: Element) =>
    current === 'specialisation'
      ? specText(specValue(zone.getAttribute('href')))
      : (zone.getAttribute('data-v-' + current) ?? '');
  const describe = (zone: Element) => `${zone.getAttribute('data-nom')} — ${label()}\u00a0: ${valueText(zone)}`;

  function show(key: string): void {
    current = key;
    for (const zone of zones) {
      const fill =
        key === 'specialisation' ? specFill(specValue(zone.getAttribute('href'))) : zone.getAttribute('data-f-' + key);
      zone.querySelector('.aire')!.setAttribute('fill', fill ?? '');
      zone.querySelector('title')!.textContent = describe(zone);
    }
    for (const legend of all('.legende')) legend.hidden = legend.getAttribute('data-indicateur') !== key;
    // Lower-case the first letter only: names keep their capitals ('États-Unis'), the activity's code its case ('… en C21Z').
    const words = labels[key]!;
    byId('carte-indicateur').textContent =
      words.charAt(0).toLowerCase() + words.slice(1) + (key === 'specialisation' ? ' en ' + activity() : '');
    followInTable(key, document.querySelector<HTMLInputElement>(`input[name="indicateur"][value="${key}"]`)!);
  }

  // The table's last number column follows the map unless the map shows one of the first three.
  function followInTable(key: string, radio: HTMLInputElement): void {
    if (radio.hasAttribute('data-principal')) return;
    const column = (radio.getAttribute('data-colonne') ?? '') + (key === 'specialisation' ? ` (${activity()})` : '');
    const chosenHeader = document.querySelector<HTMLElement>('#colonne-choisi button')!;
    chosenHeader.textContent = column;
    (chosenHeader.parentNode as Element).setAttribute('data-unite', radio.getAttribute('data-unite') ?? '');
    for (const row of all('table.triable tbody tr')) {
      const cell = row.querySelector('td.choisi')!;
      let v: string;
      let text: string;
      if (key === 'specialisation') {
        const n = specValue(row.querySelector('th a')!.getAttribute('href'));
        text = specText(n);
        v = n === null ? '' : String(n);
      } else {
        v = cell.getAttribute('data-n-' + key) ?? '';
        text = cell.getAttribute('data-v-' + key) ?? '';
      }
      cell.setAttribute('data-valeur', v);
      cell.setAttribute('data-libelle', column);
      cell.textContent = text;
    }
  }

  for (const input of radios) input.addEventListener('change', () => input.checked && show(input.value));
  select?.addEventListener('change', () => {
    document.querySelector<HTMLInputElement>('input[name="indicateur"][value="specialisation"]')!.checked = true;
    show('specialisation');
  });
  return { zones, label, valueText, spec };
}

// The value box, placed next to the pointer (or beside the focused area) inside the map's frame,
// flipped to the other side when it would leave the frame.
function valueBox(zones: readonly HTMLElement[], label: () => string, valueText: (zone: Element) => string): void {
  const info = byId('infobulle');
  const frame = document.querySelector<HTMLElement>('.carte-cadre')!;
  function fill(zone: Element): void {
    info.textContent = '';
    const name = document.createElement('strong');
    name.textContent = zone.getAttribute('data-nom');
    info.appendChild(name);
    info.appendChild(document.createTextNode(label() + '\u00a0: ' + valueText(zone)));
    info.hidden = false;
  }
  function place(x: number, y: number): void {
    const gap = 14;
    const w = info.offsetWidth;
    const h = info.offsetHeight;
    const left = x + gap + w <= frame.clientWidth ? x + gap : Math.max(0, x - gap - w);
    const top = y + gap + h <= frame.clientHeight ? y + gap : Math.max(0, y - gap - h);
    info.style.left = left + 'px';
    info.style.top = top + 'px';
  }
  const hide = () => (info.hidden = true);
  for (const zone of zones) {
    zone.addEventListener('mousemove', (event) => {
      const r = frame.getBoundingClientRect();
      fill(zone);
      place(event.clientX - r.left, event.clientY - r.top);
    });
    zone.addEventListener('focus', () => {
      const r = frame.getBoundingClientRect();
      const z = zone.getBoundingClientRect();
      fill(zone);
      place(z.left + z.width / 2 - r.left, z.top + z.height / 2 - r.top);
    });
    zone.addEventListener('mouseleave', hide);
    zone.addEventListener('blur', hide);
  }
}

/** Roving tabindex: the map is one Tab stop; arrows, Home and End move between its areas. */
function mapKeys(): void {
  const ring = all('.carte .metropole a.zone, .carte .outre-mer a.zone');
  ring.forEach((zone, i) => {
    zone.addEventListener('keydown', (event) => {
      const steps: Record<string, number> = {
        ArrowRight: i + 1,
        ArrowDown: i + 1,
        ArrowLeft: i - 1,
        ArrowUp: i - 1,
        Home: 0,
        End: ring.length - 1,
      };
      const step = steps[event.key];
      if (step === undefined) return;
      event.preventDefault();
      const next = ring[(step + ring.length) % ring.length]!;
      zone.setAttribute('tabindex', '-1');
      next.setAttribute('tabindex', '0');
      next.focus();
    });
  });
}

const map = mapIndicator();
tableDownload(map.spec);
valueBox(map.zones, map.label, map.valueText);
mapKeys();
searchBox();
tableSorting();
