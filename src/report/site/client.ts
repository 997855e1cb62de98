// The index page's script: indicator switch (fills, titles and legend swapped from data
// attributes computed on the server), value box by the pointer, keyboard moves on the map,
// search, table sorting.
// Plain ES5-style browser code, inlined; values are pre-formatted in French on the server.
import { CLIENT_SEARCH_SOURCE } from './client-search.js';

const CLIENT_MAIN = String.raw`(function () {
  var zones = document.querySelectorAll('.carte a.zone');
  var info = document.getElementById('infobulle');
  var current = document.querySelector('input[name="indicateur"]:checked').value;
  var labels = {};
  document.querySelectorAll('input[name="indicateur"]').forEach(function (input) {
    labels[input.value] = input.getAttribute('data-libelle');
  });

  // The specialisation index of the activity chosen in the list: values from one JSON object,
  // coloured with fixed classes around 1 (the server's SPECIALISATION_BREAKS and _COLOURS).
  var spec = JSON.parse(document.getElementById('donnees-specialisation').textContent);
  var select = document.getElementById('activite');
  function specValue(href) {
    var row = spec.v[href], i = select ? spec.a.indexOf(select.value) : -1;
    return row && i >= 0 ? row[i] : null;
  }
  function specText(v) { return v === null ? 'aucune exportation de l’activité' : v.toFixed(v < 1 ? 2 : 1).replace('.', ','); }
  function specFill(v) {
    if (v === null) return 'url(#motif-non-disponible)';
    var k = 0;
    while (k < spec.s.length && v >= spec.s[k]) k++;
    return spec.c[k];
  }
  function label() { return current === 'specialisation' ? labels[current] + ' en ' + select.value : labels[current]; }
  function valueText(zone) {
    return current === 'specialisation' ? specText(specValue(zone.getAttribute('href'))) : zone.getAttribute('data-v-' + current);
  }
  function describe(zone) {
    return zone.getAttribute('data-nom') + ' — ' + label() + '\u00a0: ' + valueText(zone);
  }
  var chosenHeader = document.querySelector('#colonne-choisi button');
  // The table's last number column follows the map unless the map shows one of the first three.
  function followInTable(key, radio) {
    if (radio.hasAttribute('data-principal')) return;
    var column = radio.getAttribute('data-colonne') + (key === 'specialisation' ? ' (' + select.value + ')' : '');
    chosenHeader.textContent = column;
    chosenHeader.parentNode.setAttribute('data-unite', radio.getAttribute('data-unite') || '');
    document.querySelectorAll('table.triable tbody tr').forEach(function (row) {
      var cell = row.querySelector('td.choisi');
      var v, text;
      if (key === 'specialisation') {
        v = specValue(row.querySelector('th a').getAttribute('href'));
        text = specText(v);
        v = v === null ? '' : String(v);
      } else {
        v = cell.getAttribute('data-n-' + key);
        text = cell.getAttribute('data-v-' + key);
      }
      cell.setAttribute('data-valeur', v);
      cell.setAttribute('data-libelle', column);
      cell.textContent = text;
    });
  }
  function show(key) {
    current = key;
    zones.forEach(function (zone) {
      var fill = key === 'specialisation' ? specFill(specValue(zone.getAttribute('href'))) : zone.getAttribute('data-f-' + key);
      zone.querySelector('.aire').setAttribute('fill', fill);
      zone.querySelector('title').textContent = describe(zone);
    });
    document.querySelectorAll('.legende').forEach(function (legend) {
      legend.hidden = legend.getAttribute('data-indicateur') !== key;
    });
    // Lower-case the first letter only: names keep their capitals ('États-Unis'), the activity's code its case ('… en C21Z').
    document.getElementById('carte-indicateur').textContent = labels[key].charAt(0).toLowerCase() + labels[key].slice(1) + (key === 'specialisation' ? ' en ' + select.value : '');
    followInTable(key, document.querySelector('input[name="indicateur"][value="' + key + '"]'));
  }
  document.querySelectorAll('input[name="indicateur"]').forEach(function (input) {
    input.addEventListener('change', function () { if (input.checked) show(input.value); });
  });
  if (select) {
    select.addEventListener('change', function () {
      document.querySelector('input[name="indicateur"][value="specialisation"]').checked = true;
      show('specialisation');
    });
  }

  // The table as a CSV file, in its current order and with its current last column (French
  // spreadsheet conventions, as the fiches' CSV files: BOM, ';', decimal comma, raw numbers).
  function csvField(text) {
    text = String(text);
    if (/^[=+\-@\t\r]/.test(text)) text = "'" + text;
    return /[;"\r\n']/.test(text) ? '"' + text.replace(/"/g, '""') + '"' : text;
  }
  var download = document.getElementById('telecharger-csv');
  if (download) download.addEventListener('click', function () {
    var table = document.querySelector('table.triable');
    var heads = Array.prototype.map.call(table.tHead.rows[0].cells, function (th) {
      return th.textContent.trim() + (th.getAttribute('data-unite') || '');
    });
    var lines = [heads.concat(['Période']).map(csvField).join(';')];
    Array.prototype.forEach.call(table.tBodies[0].rows, function (row) {
      var cells = Array.prototype.map.call(row.cells, function (cell) {
        if (cell.classList.contains('nombre')) return cell.getAttribute('data-valeur').replace('.', ',');
        return csvField(cell.textContent.trim());
      });
      lines.push(cells.concat([spec.p]).join(';'));
    });
    var a = document.createElement('a');
    a.href = URL.createObjectURL(new Blob(['\ufeff' + lines.join('\r\n') + '\r\n'], { type: 'text/csv;charset=utf-8' }));
    a.download = spec.n;
    document.body.appendChild(a);
    a.click();
    document.body.removeChild(a);
  });
  // The value box, placed next to the pointer (or beside the focused area) inside the map's
  // frame, flipped to the other side when it would leave the frame.
  var frame = document.querySelector('.carte-cadre');
  function fill(zone) {
    info.textContent = '';
    var name = document.createElement('strong');
    name.textContent = zone.getAttribute('data-nom');
    info.appendChild(name);
    info.appendChild(document.createTextNode(label() + '\u00a0: ' + valueText(zone)));
    info.hidden = false;
  }
  function place(x, y) {
    var gap = 14;
    var w = info.offsetWidth, h = info.offsetHeight;
    var left = x + gap + w <= frame.clientWidth ? x + gap : Math.max(0, x - gap - w);
    var top = y + gap + h <= frame.clientHeight ? y + gap : Math.max(0, y - gap - h);
    info.style.left = left + 'px';
    info.style.top = top + 'px';
  }
  function hide() { info.hidden = true; }
  zones.forEach(function (zone) {
    zone.addEventListener('mousemove', function (event) {
      var r = frame.getBoundingClientRect();
      fill(zone);
      place(event.clientX - r.left, event.clientY - r.top);
    });
    zone.addEventListener('focus', function () {
      var r = frame.getBoundingClientRect(), z = zone.getBoundingClientRect();
      fill(zone);
      place(z.left + z.width / 2 - r.left, z.top + z.height / 2 - r.top);
    });
    zone.addEventListener('mouseleave', hide);
    zone.addEventListener('blur', hide);
  });

  // Roving tabindex: the map is one Tab stop; arrows, Home and End move between its areas.
  var ring = Array.prototype.slice.call(document.querySelectorAll('.carte .metropole a.zone, .carte .outre-mer a.zone'));
  ring.forEach(function (zone, i) {
    zone.addEventListener('keydown', function (event) {
      var next = { ArrowRight: i + 1, ArrowDown: i + 1, ArrowLeft: i - 1, ArrowUp: i - 1, Home: 0, End: ring.length - 1 }[event.key];
      if (next === undefined) return;
      event.preventDefault();
      next = (next + ring.length) % ring.length;
      zone.setAttribute('tabindex', '-1');
      ring[next].setAttribute('tabindex', '0');
      ring[next].focus();
    });
  });

  var items = JSON.parse(document.getElementById('donnees-recherche').textContent);
  var communesAdded = false;
  var input = document.getElementById('recherche');
  var list = document.getElementById('resultats');
  var status = document.getElementById('recherche-statut');
  var form = document.getElementById('formulaire-recherche');
  function render() {
    // The communes become items at the first search only: the page loads without that work.
    if (!communesAdded) {
      communesAdded = true;
      items = items.concat(communeItems(JSON.parse(document.getElementById('donnees-communes').textContent), items));
    }
    var found = search(items, input.value, 12);
    list.textContent = '';
    found.forEach(function (item) {
      var li = document.createElement('li');
      var a = document.createElement('a');
      a.href = item.h;
      a.textContent = item.l;
      var d = document.createElement('span');
      d.textContent = item.d;
      li.appendChild(a);
      li.appendChild(d);
      list.appendChild(li);
    });
    if (normalize(input.value) === '') status.textContent = '';
    else if (found.length === 0) status.textContent = 'Aucun résultat pour «\u00a0' + input.value.trim() + '\u00a0».';
    else status.textContent = found.length + (found.length > 1 ? ' résultats' : ' résultat') + ' pour «\u00a0' + input.value.trim() + '\u00a0».';
  }
  input.addEventListener('input', render);
  form.addEventListener('submit', function (event) {
    event.preventDefault();
    var first = list.querySelector('a');
    if (first) window.location.href = first.getAttribute('href');
  });
  function links() { return Array.prototype.slice.call(list.querySelectorAll('a')); }
  input.addEventListener('keydown', function (event) {
    if (event.key === 'ArrowDown' && links().length) { event.preventDefault(); links()[0].focus(); }
    if (event.key === 'Escape') { input.value = ''; render(); }
  });
  list.addEventListener('keydown', function (event) {
    var all = links();
    var i = all.indexOf(document.activeElement);
    if (i < 0) return;
    if (event.key === 'ArrowDown' && i < all.length - 1) { event.preventDefault(); all[i + 1].focus(); }
    if (event.key === 'ArrowUp') { event.preventDefault(); (i > 0 ? all[i - 1] : input).focus(); }
    if (event.key === 'Escape') { event.preventDefault(); input.focus(); }
  });

  document.querySelectorAll('table.triable th[data-tri] button').forEach(function (button) {
    button.addEventListener('click', function () {
      var th = button.parentNode;
      var table = th.closest('table');
      var column = Array.prototype.indexOf.call(th.parentNode.children, th);
      var numeric = th.getAttribute('data-tri') === 'nombre';
      // First click: numbers from the largest, texts from A; a second click reverses.
      var was = th.getAttribute('aria-sort');
      var order = was ? (was === 'ascending' ? 'descending' : 'ascending') : numeric ? 'descending' : 'ascending';
      table.querySelectorAll('th[aria-sort]').forEach(function (other) { other.removeAttribute('aria-sort'); });
      th.setAttribute('aria-sort', order);
      var body = table.tBodies[0];
      var rows = Array.prototype.slice.call(body.rows);
      function key(row) {
        var cell = row.cells[column];
        var v = cell.getAttribute('data-valeur');
        return numeric ? (v === '' ? -Infinity : Number(v)) : v;
      }
      rows.sort(function (a, b) {
        var ka = key(a), kb = key(b);
        var c = numeric ? ka - kb : ka < kb ? -1 : ka > kb ? 1 : 0;
        return order === 'ascending' ? c : -c;
      });
      rows.forEach(function (row) { body.appendChild(row); });
    });
  });
})();`;

/** The full inline script of the page. */
export const SITE_SCRIPT = `${CLIENT_SEARCH_SOURCE}\n${CLIENT_MAIN}`;
