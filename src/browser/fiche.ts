// The fiche's only script: a tooltip for the charts' marks (bars, treemap cells, Sankey links and
// nodes). Each mark's SVG <title> is moved into aria-label (so the browser's own delayed tooltip
// does not double ours). Each chart is one Tab stop: its first mark is focusable, the arrow keys
// (and Home, End) move the focus from mark to mark inside the chart (roving tabindex), and the
// focused mark's label — its exact value and share — is read out and shown in the tooltip, as on
// hover. Without JavaScript the <title> tooltips remain. Bundled into the page by
// scripts/build-browser.mjs.

const MARKS = '.bar, .cell, .link, .node-bar, .balance, .dumbbell, .point';
const STEPS: Readonly<Record<string, number>> = { ArrowRight: 1, ArrowDown: 1, ArrowLeft: -1, ArrowUp: -1 };

/** Marks the reader can reach are no longer parts of one image: each chart becomes a labelled group. */
function labelMarks(): void {
  for (const chart of Array.from(document.querySelectorAll('svg.chart'))) {
    let first = true;
    for (const m of Array.from(chart.querySelectorAll(MARKS))) {
      const t = m.querySelector(':scope > title');
      if (!t) continue;
      m.setAttribute('data-tip', t.textContent ?? '');
      m.setAttribute('aria-label', t.textContent ?? '');
      m.setAttribute('role', 'img');
      m.setAttribute('tabindex', first ? '0' : '-1');
      first = false;
      m.removeChild(t);
    }
    chart.setAttribute('role', 'group');
  }
}

function markOf(e: Event): SVGElement | null {
  const target = e.target;
  return target instanceof Element ? target.closest<SVGElement>('[data-tip]') : null;
}

/** Arrows, Home and End move the focus between the marks of one chart. */
function keyboardMoves(): void {
  document.addEventListener('keydown', (e) => {
    const m = markOf(e);
    const chart = m?.closest('svg.chart');
    if (!m || !chart || !(e.key in STEPS || e.key === 'Home' || e.key === 'End')) return;
    const list = Array.from(chart.querySelectorAll<SVGElement>('[data-tip]'));
    const k = list.indexOf(m);
    const next =
      e.key === 'Home'
        ? 0
        : e.key === 'End'
          ? list.length - 1
          : Math.min(list.length - 1, Math.max(0, k + STEPS[e.key]!));
    e.preventDefault();
    if (next === k) return;
    m.setAttribute('tabindex', '-1');
    list[next]!.setAttribute('tabindex', '0');
    list[next]!.focus();
  });
}

/** The tooltip, by the pointer or beside the focused mark, kept inside the window. */
function tooltip(): void {
  const tip = document.createElement('div');
  tip.className = 'tooltip';
  tip.setAttribute('aria-hidden', 'true');
  tip.hidden = true;
  document.body.appendChild(tip);
  let current: Element | null = null;
  function show(mark: Element, x: number, y: number): void {
    current = mark;
    tip.textContent = mark.getAttribute('data-tip');
    tip.hidden = false;
    const w = tip.offsetWidth;
    const h = tip.offsetHeight;
    const left = Math.min(Math.max(8, x + 14), window.innerWidth - w - 8);
    const top = y + 18 + h > window.innerHeight ? y - h - 12 : y + 18;
    tip.style.left = left + window.scrollX + 'px';
    tip.style.top = Math.max(8, top) + window.scrollY + 'px';
  }
  function hide(): void {
    current = null;
    tip.hidden = true;
  }
  document.addEventListener('pointermove', (e) => {
    const m = markOf(e);
    if (m) show(m, e.clientX, e.clientY);
    else if (current) hide();
  });
  document.addEventListener('focusin', (e) => {
    const m = markOf(e);
    if (!m) return hide();
    const r = m.getBoundingClientRect();
    show(m, r.left + r.width / 2, r.top + r.height / 2);
  });
  document.addEventListener('focusout', hide);
  document.addEventListener('keydown', (e) => {
    if (e.key === 'Escape') hide();
  });
}

labelMarks();
keyboardMoves();
tooltip();
