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

  function describe(zone) {
    return zone.getAttribute('data-nom') + ' — ' + labels[current] + '\u00a0: ' + zone.getAttribute('data-v-' + current);
  }
  function show(key) {
    current = key;
    zones.forEach(function (zone) {
      zone.querySelector('.aire').setAttribute('fill', zone.getAttribute('data-f-' + key));
      zone.querySelector('title').textContent = describe(zone);
    });
    document.querySelectorAll('.legende').forEach(function (legend) {
      legend.hidden = legend.getAttribute('data-indicateur') !== key;
    });
    document.getElementById('carte-indicateur').textContent = labels[key].toLowerCase();
  }
  document.querySelectorAll('input[name="indicateur"]').forEach(function (input) {
    input.addEventListener('change', function () { if (input.checked) show(input.value); });
  });
  // The value box, placed next to the pointer (or beside the focused area) inside the map's
  // frame, flipped to the other side when it would leave the frame.
  var frame = document.querySelector('.carte-cadre');
  function fill(zone) {
    info.textContent = '';
    var name = document.createElement('strong');
    name.textContent = zone.getAttribute('data-nom');
    info.appendChild(name);
    info.appendChild(document.createTextNode(labels[current] + '\u00a0: ' + zone.getAttribute('data-v-' + current)));
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
