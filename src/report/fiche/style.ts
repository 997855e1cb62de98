// The fiche's style sheet, for the screen and for A4 print. Colours follow the charts' palette;
// text colours meet WCAG AA contrast on their backgrounds.
import { palette } from '../../charts/index.js';

const ACCENT = '#1b3a6b';

export const FICHE_CSS = `
:root { --accent: ${ACCENT}; --text: ${palette.text}; --muted: ${palette.muted}; --rule: ${palette.rule}; --imports: ${palette.imports}; --exports: ${palette.exports}; --deficit: ${palette.deficit}; --surplus: ${palette.surplus}; --soft: #f3f5f8; }
*, *::before, *::after { box-sizing: border-box; }
html { font-family: 'Source Sans 3', 'Segoe UI', Arial, sans-serif; color: var(--text); background: #fff; line-height: 1.5; font-size: 17px; -webkit-text-size-adjust: 100%; }
body { margin: 0; }
a { color: var(--accent); text-underline-offset: 2px; }
a:hover { text-decoration-thickness: 2px; }
:focus-visible { outline: 3px solid #0b63ce; outline-offset: 2px; }
svg [data-tip]:focus-visible { outline: 2px solid #0b0c0c; outline-offset: 1px; }
svg [data-tip]:hover, svg [data-tip]:focus-visible { filter: brightness(0.85); }
svg .link[data-tip]:hover, svg .link[data-tip]:focus-visible { fill-opacity: 0.95; }
.skip { position: absolute; left: 8px; top: -60px; background: #fff; padding: 8px 12px; z-index: 10; border: 2px solid var(--accent); }
.skip:focus { top: 8px; }
.site-bar { background: var(--accent); color: #fff; }
.site-bar nav { max-width: 880px; margin: 0 auto; padding: 10px 24px; display: flex; flex-wrap: wrap; gap: 4px 20px; align-items: baseline; font-size: 0.9rem; }
.site-bar .brand { font-weight: 600; margin-right: auto; letter-spacing: 0.02em; }
.site-bar a { color: #fff; }
main, .page-footer { max-width: 880px; margin: 0 auto; padding: 0 24px; }
.demo-banner { background: #fff4ce; border: 2px solid #8a6d00; color: #3d3000; padding: 10px 16px; margin: 16px 0 0; font-size: 0.95rem; }
.demo-banner strong { text-transform: uppercase; letter-spacing: 0.03em; }
.notice { border-left: 5px solid var(--deficit); background: #fdf1f0; padding: 10px 16px; margin: 16px 0; }
.masthead { border-bottom: 3px solid var(--accent); padding: 28px 0 18px; margin-bottom: 8px; }
.masthead .kicker { margin: 0; text-transform: uppercase; letter-spacing: 0.08em; font-size: 0.8rem; font-weight: 600; color: var(--muted); }
.masthead .publisher { margin: 0 0 0.5rem; display: flex; align-items: center; gap: 0.6rem; font-weight: 600; }
.masthead .publisher .logo { max-height: 3rem; max-width: 12rem; }
.masthead .edition { margin: 0.2rem 0 0; color: var(--muted); }
.masthead h1 { margin: 4px 0 6px; font-size: 2.1rem; line-height: 1.15; font-weight: 600; color: var(--accent); }
.masthead .territory { margin: 0; font-size: 1.6rem; font-weight: 600; line-height: 1.2; }
.masthead .territory .code { color: var(--muted); font-weight: 400; }
.masthead .subtitle { margin: 4px 0 0; color: var(--muted); }
.key-figures { display: grid; grid-template-columns: repeat(3, 1fr); gap: 12px; margin: 20px 0 8px; padding: 0; list-style: none; }
.key-figures li { background: var(--soft); border-top: 4px solid var(--accent); padding: 10px 14px; }
.key-figures .label { display: block; font-size: 0.85rem; color: var(--muted); font-weight: 600; text-transform: uppercase; letter-spacing: 0.04em; }
.key-figures .value { display: block; font-size: 1.5rem; font-weight: 600; line-height: 1.25; }
.key-figures .detail { display: block; font-size: 0.85rem; color: var(--muted); }
.key-figures .change { display: block; font-size: 0.9rem; font-weight: 600; }
.key-figures .exports { border-top-color: var(--exports); }
.key-figures .imports { border-top-color: var(--imports); }
.key-figures .deficit .value { color: var(--deficit); }
.key-figures .surplus .value { color: var(--surplus); }
h2 { font-size: 1.5rem; font-weight: 600; color: var(--accent); margin: 40px 0 12px; padding-bottom: 4px; border-bottom: 1px solid var(--rule); line-height: 1.2; }
h3 { font-size: 1.15rem; font-weight: 600; margin: 28px 0 8px; line-height: 1.25; }
p, li { max-width: 75ch; }
.territoires ul { padding-left: 1.2em; margin: 8px 0; }
.territoires li { margin: 4px 0; }
.departements-region ul { columns: 3 12rem; column-gap: 1.5rem; padding-left: 1.2em; margin: 8px 0; }
.departements-region li { break-inside: avoid; margin: 2px 0; }
.territoires .shared { color: var(--muted); font-size: 0.92rem; }
.note { font-size: 0.92rem; color: var(--muted); }
.limits li { margin: 6px 0; }
figure.chart-block { margin: 20px 0 24px; padding: 0; }
figure.chart-block figcaption { font-weight: 600; font-size: 1.02rem; margin-bottom: 8px; }
/* Charts keep their drawn size (no text under 11 px): on a narrow screen their frame scrolls sideways. */
figure.chart-block .chart-frame { overflow-x: auto; }
figure.chart-block .chart-frame svg { display: block; max-width: none; }
figure.chart-block .chart-narrow { display: none; }
/* Narrow pages show each chart's narrow layout, drawn at least 1:1 (its text at least 11 px at 390 px). */
@media screen and (max-width: 640px) {
  figure.chart-block .chart-wide { display: none; }
  figure.chart-block .chart-narrow { display: block; }
  figure.chart-block .chart-narrow svg { width: 100%; height: auto; }
}
.key { font-size: 0.95rem; background: var(--soft); padding: 8px 14px; border-left: 4px solid var(--rule); }
.key strong { font-weight: 600; }
.inline-marker { display: inline; vertical-align: baseline; margin: 0 1px; }
.totals { margin: 12px 0 16px; padding: 10px 16px; border-left: 4px solid var(--accent); background: var(--soft); }
.totals p { margin: 2px 0; }
.totals .total { font-weight: 600; font-size: 1.1rem; }
.data-links { font-size: 0.9rem; margin: 6px 0 0; }
.chart-files .cite .citation { margin: 4px 0 0; padding: 6px 10px; background: var(--soft); user-select: all; }
details { margin: 8px 0 0; font-size: 0.9rem; }
details summary { cursor: pointer; color: var(--accent); font-weight: 600; }
/* Tables flow with the page; only a chart's data table, behind its toggle, scrolls within 28rem. */
.table-wrap { overflow-x: auto; border: 1px solid var(--rule); margin-top: 6px; }
@media screen { details .table-wrap { max-height: 28rem; overflow-y: auto; } }
table.data { border-collapse: collapse; width: 100%; font-size: 0.88rem; }
table.data caption { text-align: left; font-weight: 600; padding: 6px 8px; }
table.data th, table.data td { padding: 3px 8px; border-bottom: 1px solid var(--rule); text-align: left; vertical-align: top; }
table.data thead th { position: sticky; top: 0; background: var(--soft); }
table.data tbody th { font-weight: 400; }
table.data .num { text-align: right; font-variant-numeric: tabular-nums; white-space: nowrap; }
ul.totals { list-style: none; }
ul.totals li { margin: 2px 0; }
table.movers th.group { font-weight: 600; background: var(--soft); }
table.movers .rise { color: var(--surplus); }
table.movers .fall { color: var(--deficit); }
.sources-list { font-size: 0.92rem; }
code { font-family: ui-monospace, 'DejaVu Sans Mono', Menlo, Consolas, monospace; font-size: 0.84em; background: var(--soft); padding: 0 3px; border-radius: 2px; overflow-wrap: anywhere; }
.page-footer { border-top: 1px solid var(--rule); margin-top: 48px; padding-top: 12px; padding-bottom: 32px; font-size: 0.85rem; color: var(--muted); }
.tooltip { position: absolute; z-index: 20; max-width: 320px; background: #1f2328; color: #fff; padding: 6px 10px; font-size: 0.85rem; line-height: 1.35; border-radius: 3px; pointer-events: none; box-shadow: 0 2px 6px rgba(0,0,0,0.25); }
.print-only { display: none; }
.fiche-actions { display: flex; flex-wrap: wrap; gap: 8px 12px; margin: 12px 0 0; }
.button { display: inline-block; font: inherit; font-size: 0.95rem; font-weight: 600; color: var(--accent); background: #fff; border: 2px solid var(--accent); border-radius: 3px; padding: 4px 12px; cursor: pointer; text-decoration: none; }
.button:hover { background: var(--soft); }
@media (max-width: 640px) { .key-figures { grid-template-columns: 1fr; } .masthead h1 { font-size: 1.6rem; } }
@page { size: A4; margin: 10mm 15mm 14mm; }
@media print {
  /* Paper: set compactly in the publication's order, breaking only where the flow must (a
     fiche fits in 8 A4 pages, every page but the last ¾ full at least); notes and methodology a size smaller, as INSEE sets them. */
  html { font-size: 9pt; line-height: 1.32; }
  /* The page footer repeats what every printed page's margin footer and the production note say. */
  .site-bar, .skip, details, .data-links, .chart-files, .tooltip, .screen-only, .fiche-actions, .page-footer { display: none !important; }
  .print-only { display: block; }
  main, .page-footer { max-width: none; padding: 0; }
  a { color: inherit; text-decoration: none; }
  .further a[href^="http"]::after { content: " (" attr(href) ")"; }
  /* The practical notes close the fiche: set tight so that the contact line does not open a page alone. */
  [aria-labelledby="pratique-titre"] h3 { margin: 4px 0 1px; }
  [aria-labelledby="pratique-titre"] :is(p, ul) { margin: 1px 0; }
  .masthead { padding: 0 0 6px; margin-bottom: 2px; border-bottom-width: 2px; }
  .masthead h1 { font-size: 1.7rem; margin: 0 0 2px; }
  .masthead .territory { font-size: 1.4rem; }
  .masthead .subtitle { margin: 0; }
  /* The web page's address and its QR code (web-address.ts) beside the title, the key figures below both. */
  .masthead .web-address { float: right; display: flex; align-items: flex-end; gap: 3mm; margin: 0 0 1mm 5mm; }
  .masthead .web-address p { margin: 0; max-width: 50mm; font-size: 0.8rem; line-height: 1.25; text-align: right; color: var(--muted); }
  .masthead .web-address .web-address-label { display: block; }
  .masthead .web-address .qr-code { flex: none; display: block; }
  .url > span { white-space: nowrap; }
  .masthead .web-address ~ .key-figures { clear: both; }
  .key-figures { margin: 6px 0 2px; gap: 8px; }
  .key-figures li { padding: 4px 10px; border-top-width: 3px; }
  .key-figures .label, .key-figures .detail { font-size: 0.8rem; }
  .key-figures .value { font-size: 1.3rem; }
  .demo-banner { margin: 0 0 6px; padding: 4px 10px; font-size: 0.85rem; }
  .notice { margin: 6px 0; padding: 4px 10px; font-size: 0.9rem; }
  h2 { font-size: 1.3rem; margin: 12px 0 4px; padding-bottom: 2px; }
  h3 { font-size: 1.05rem; margin: 8px 0 3px; }
  p { margin: 0 0 5px; }
  ul { margin: 3px 0 5px; }
  /* A chart's introduction may end a page, its chart starting the next: pages stay ¾ full at least. */
  h2, h3, figcaption { break-after: avoid; page-break-after: avoid; }
  .lead-in, figure.chart-block, .totals, .key, table, .key-figures, .notice, .demo-banner, .limits li { break-inside: avoid; page-break-inside: avoid; }
  figure.chart-block { margin: 4px 0 8px; }
  figure.chart-block figcaption { margin-bottom: 3px; font-size: 1rem; }
  figure.chart-block .chart-frame { overflow: visible; }
  /* No chart taller than a third of the page: two fit on one, and a long list of partners or a
     Sankey does not leave the page before it half empty (the SVG keeps its proportions). */
  figure.chart-block .chart-frame svg { width: 100%; height: auto; max-width: 100%; max-height: 90mm; }
  .key { padding: 3px 10px; margin: 4px 0 0; font-size: 0.88rem; }
  .shortened-names { margin: 3px 0 0; font-size: 0.8rem; }
  .totals { margin: 4px 0; padding: 3px 10px; }
  .totals .total { font-size: 1rem; }
  p, li { orphans: 3; widows: 3; max-width: none; }
  .limits, #contexte-titre ~ p, .territoires .note, #pratique-titre ~ p, #pratique-titre ~ ul { font-size: 0.88rem; }
  .limits { padding-left: 1.1em; }
  .limits li { margin: 2px 0; }
  .table-wrap { max-height: none; overflow: visible; border: 0; margin-top: 2px; }
  table.data { font-size: 0.8rem; }
  table.data caption { padding: 2px 0; }
  table.data th, table.data td { padding: 1px 6px; }
  .comparison h3 { margin-top: 4px; }
  /* A chart stays whole with its caption; its reading key may follow on the next page. */
  figure.chart-block { break-inside: auto; page-break-inside: auto; }
  figure.chart-block .chart-frame { break-inside: avoid; page-break-inside: avoid; }
  /* Definitions and the small tables of the later sections side by side on paper (same text as on screen). */
  .limits { columns: 2; column-gap: 6mm; }
  .limits li { break-inside: avoid; }
  .movers-pair { display: grid; grid-template-columns: 1fr 1fr; gap: 0 5mm; }
  table.movers, .table-wrap.visible table { break-inside: auto; }
  .table-wrap.visible tr { break-inside: avoid; }
  table.movers tbody tr { break-inside: avoid; }
  table.movers th, table.movers td { padding: 1px 3px; }
  .comparison figure.chart-block { margin: 2px 0 6px; }
  .page-footer { margin-top: 10px; padding: 4px 0 0; font-size: 0.8rem; }
  .demo-banner, .notice, .key-figures li, .totals, .key { -webkit-print-color-adjust: exact; print-color-adjust: exact; }
}
`;
