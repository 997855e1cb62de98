// The fiche's only script: a tooltip for the charts' marks (bars, treemap cells, Sankey links
// and nodes). Each mark's SVG <title> is moved into aria-label (so the browser's own delayed
// tooltip does not double ours) and the mark becomes focusable: hovering or focusing it shows
// the exact value and share. Without JavaScript the <title> tooltips remain.
export const TOOLTIP_SCRIPT = `(function () {
  var tip = document.createElement('div');
  tip.className = 'tooltip';
  tip.setAttribute('aria-hidden', 'true');
  tip.hidden = true;
  document.body.appendChild(tip);
  var marks = document.querySelectorAll('svg.chart .bar, svg.chart .cell, svg.chart .link, svg.chart .node-bar, svg.chart .balance');
  for (var i = 0; i < marks.length; i++) {
    var m = marks[i];
    var t = m.querySelector(':scope > title');
    if (!t) continue;
    m.setAttribute('data-tip', t.textContent);
    m.setAttribute('aria-label', t.textContent);
    m.setAttribute('role', 'img');
    m.setAttribute('tabindex', '0');
    m.removeChild(t);
  }
  // Marks the reader can reach are no longer parts of one image: the chart becomes a labelled group.
  var charts = document.querySelectorAll('svg.chart');
  for (var j = 0; j < charts.length; j++) charts[j].setAttribute('role', 'group');
  var current = null;
  function show(mark, x, y) {
    current = mark;
    tip.textContent = mark.getAttribute('data-tip');
    tip.hidden = false;
    var w = tip.offsetWidth, h = tip.offsetHeight;
    var left = Math.min(Math.max(8, x + 14), window.innerWidth - w - 8);
    var top = y + 18 + h > window.innerHeight ? y - h - 12 : y + 18;
    tip.style.left = (left + window.scrollX) + 'px';
    tip.style.top = (Math.max(8, top) + window.scrollY) + 'px';
  }
  function hide() { current = null; tip.hidden = true; }
  function markOf(e) { return e.target && e.target.closest ? e.target.closest('[data-tip]') : null; }
  document.addEventListener('pointermove', function (e) {
    var m = markOf(e);
    if (m) show(m, e.clientX, e.clientY); else if (current) hide();
  });
  document.addEventListener('focusin', function (e) {
    var m = markOf(e);
    if (!m) return hide();
    var r = m.getBoundingClientRect();
    show(m, r.left + r.width / 2, r.top + r.height / 2);
  });
  document.addEventListener('focusout', hide);
  document.addEventListener('keydown', function (e) { if (e.key === 'Escape') hide(); });
})();`;
