// Every printed page's footer, drawn by the page itself in its bottom margin (CSS page-margin
// boxes): the fiche, the territory and the year at left, the demo notice in the middle, the page
// number at right. Chromium's own footer template would be a separate little document laid out
// for every page, which cost about a tenth of a fiche's printing time; and it had no web font.
import { palette } from '../../charts/index.js';
import { DEMO_NOTICE } from '../demo-notice.js';

/** A CSS string: quotes, backslashes, line ends and '<' (which could close the <style>) escaped. */
export function cssString(text: string): string {
  return `"${text.replace(/[\\"<\n\r]/g, (c) => `\\${c.charCodeAt(0).toString(16)} `)}"`;
}

const BOX = `font-family: 'Source Sans 3', sans-serif; font-size: 8px; color: ${palette.muted}; border-top: 0.5px solid #d0d7de; vertical-align: top; margin-top: 5mm; padding-top: 4px;`;

/** The @page rules of the footer. `label`: 'Les indicateurs clés : commerce extérieur — Loire (42) — 2024'. */
export function printFooterCss(label: string, demo: boolean): string {
  const boxes = [
    `@bottom-left { content: ${cssString(label)}; ${BOX} }`,
    demo ? `@bottom-center { content: ${cssString(DEMO_NOTICE)}; ${BOX} font-weight: 600; color: #8a6d00; }` : '',
    `@bottom-right { content: "Page " counter(page) " / " counter(pages); ${BOX} }`,
  ];
  return `@page { ${boxes.filter(Boolean).join(' ')} }`;
}
