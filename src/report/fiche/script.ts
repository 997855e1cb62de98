// The fiche's only script: a tooltip for the charts' marks (bars, treemap cells, Sankey links
// and nodes). Each mark's SVG <title> is moved into aria-label (so the browser's own delayed
// tooltip does not double ours). Each chart is one Tab stop: its first mark is focusable, the
// arrow keys (and Home, End) move the focus from mark to mark inside the chart (roving
// tabindex), and the focused mark's label — its exact value and share — is read out and shown
// in the tooltip, as on hover. Without JavaScript the <title> tooltips remain.
export const TOOLTIP_SCRIPT = `(function () {
  var tip = document.createElement('div');
  tip.className = 'tooltip';
  tip.setAttribute('aria-hidden', 'true');
  tip.hidden = true;
  document.body.appendChild(tip);
  var MARKS = '.bar, .cell, .link, .node-bar, .balance, .dumbbell';
  var charts = document.querySelectorAll('svg.chart');
  for (var j = 0; j < charts.length; j++) {
    var marks = charts[j].querySelectorAll(MARKS);
    var first = true;
    for (var i = 0; i < marks.length; i++) {
      var m = marks[i];
      var t = m.querySelector(':scope > title');
      if (!t) continue;
      m.setAttribute('data-tip', t.textContent);
      m.setAttribute('aria-label', t.textContent);
      m.setAttribute('role', 'img');
      m.setAttribute('tabindex', first ? '0' : '-1');
      first = false;
      m.removeChild(t);
    }
    // Marks the reader can reach are no longer parts of one image: the chart becomes a labelled group.
    charts[j].setAttribute('role', 'group');
  }
  var STEPS = { ArrowRight: 1, ArrowDown: 1, ArrowLeft: -1, ArrowUp: -1 };
  document.addEventListener('keydown', function (e) {
    var m = e.target && e.target.closest ? e.target.closest('[data-tip]') : null;
    var chart = m && m.closest('svg.chart');
    if (!chart || !(e.key in STEPS || e.key === 'Home' || e.key === 'End')) return;
    var list = Array.prototype.slice.call(chart.querySelectorAll('[data-tip]'));
    var k = list.indexOf(m);
    var next = e.key === 'Home' ? 0 : e.key === 'End' ? list.length - 1 : Math.min(list.length - 1, Math.max(0, k + STEPS[e.key]));
    e.preventDefault();
    if (next === k) return;
    m.setAttribute('tabindex', '-1');
    list[next].setAttribute('tabindex', '0');
    list[next].focus();
  });
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
