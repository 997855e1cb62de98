// Every download link of a built demo fiche (the Loire) and of a Territoire d'industrie page,
// followed as a reader would: the file exists and is not empty; a chart's SVG parses, stands
// alone (no outside reference) and shows the demo notice; its PNG is the drawing of that very SVG
// at the stated size, with the notice and the source line drawn in it; its CSV has the columns
// the chart's table shows.
import fs from 'node:fs';
import path from 'node:path';
import { PNG } from 'pngjs';
import { Resvg } from '@resvg/resvg-js';
import { beforeAll, describe, expect, inject, it } from 'vitest';
import { chartPng, PNG_SCALE } from '../../src/charts/png.js';
import { DEMO_NOTICE } from '../../src/charts/standalone.js';
import { textBox } from '../../src/charts/font.js';
import { all, parseSvg, type Node } from '../charts/svg-tree.js';
import { runCli } from '../helpers/cli.js';
import { tempDir } from '../helpers/temp-dir.js';
import { inkOf } from '../helpers/png-pixels.js';

const EPOCH = { SOURCE_DATE_EPOCH: '1767225600' };
const LOIRE = 'departements/42-loire.html';

interface ChartFigure {
  id: string;
  title: string;
  columns: string[];
  downloads: string[];
  citation: string;
}

const decode = (s: string) =>
  s.replace(/&(amp|lt|gt|quot|#39);/g, (_, e: string) => ({ amp: '&', lt: '<', gt: '>', quot: '"', '#39': "'" })[e]!);

/** The targets of the page's `<a … download>` links. */
function downloadLinks(html: string): string[] {
  return [...html.matchAll(/<a href="([^"]+)" download\b/g)].map((m) => decode(m[1]!));
}

/** The page's chart blocks: their table's column heads, download links and citation. */
function chartFigures(html: string): ChartFigure[] {
  return [...html.matchAll(/<figure class="chart-block" id="([^"]+)"([\s\S]*?)<\/figure>/g)].map((m) => {
    const body = m[2]!;
    const head = /<thead>([\s\S]*?)<\/thead>/.exec(body)?.[1] ?? '';
    return {
      id: m[1]!,
      title: decode(/<figcaption[^>]*>([\s\S]*?)<\/figcaption>/.exec(body)?.[1] ?? ''),
      columns: [...head.matchAll(/<th[^>]*>([\s\S]*?)<\/th>/g)].map((h) => decode(h[1]!.replace(/<[^>]+>/g, ''))),
      downloads: downloadLinks(body),
      citation: decode(/<p class="citation">([\s\S]*?)<\/p>/.exec(body)?.[1] ?? '').replace(/[\u00a0\u202f]/g, ' '),
    };
  });
}

/** The first line of a fiche CSV, cells unquoted. */
function csvHeader(file: string): string[] {
  const text = fs.readFileSync(file, 'utf8').replace(/^\uFEFF/, '');
  return text
    .split('\r\n')[0]!
    .split(';')
    .map((c) => c.replace(/^"(.*)"$/, '$1').replace(/""/g, '"'));
}

const straight = (s: string) => s.replace(/’/g, "'");

/** The rows, in SVG px, of the box of <text> elements of the SVG's root (not nested). */
function textRows(...texts: Node[]): { top: number; bottom: number } {
  const boxes = texts.map((t) =>
    textBox(Number(t.attrs.x), Number(t.attrs.y), t.text, Number(t.attrs['font-size']), 600),
  );
  return {
    top: Math.floor(Math.min(...boxes.map((b) => b.y0))) - 1,
    bottom: Math.ceil(Math.max(...boxes.map((b) => b.y1))) + 1,
  };
}

/** The title lines set above the drawing: the root's <text> elements after the notice. */
function titleLines(root: Node): Node[] {
  return root.children.filter((n) => n.tag === 'text' && n.text !== DEMO_NOTICE);
}

/** A reference inside an SVG that leads out of the file (a URL, a path, a font or image to fetch). */
function outsideReferences(svg: string): string[] {
  const refs = [...svg.matchAll(/(?:href|src)="([^"]*)"/g)].map((m) => m[1]!).filter((h) => !h.startsWith('#'));
  const urls = [...svg.matchAll(/url\(([^)]*)\)/g)].map((m) => m[1]!).filter((u) => !/^['"]?#/.test(u));
  const tags = [...svg.matchAll(/<(image|script|foreignObject|use|style)\b/g)].map((m) => `<${m[1]!}>`);
  const imports = svg.includes('@import') || svg.includes('@font-face') ? ['@import/@font-face'] : [];
  return [...refs, ...urls, ...tags, ...imports];
}

describe('téléchargements des graphiques (site de démonstration)', () => {
  let out: string;
  let loire: string;
  const file = (page: string, href: string) => path.resolve(out, path.dirname(page), decodeURI(href));

  beforeAll(() => {
    out = path.join(tempDir('territrade-downloads-'), 'out');
    const built = runCli(['build', '--store', inject('demoStore'), '--out', out, '--only', '42', '--no-pdf'], EPOCH);
    expect(built.stderr).not.toMatch(/Erreur/);
    expect(built.code).toBe(0);
    loire = fs.readFileSync(path.join(out, LOIRE), 'utf8');
  }, 180_000);

  it('chaque lien de téléchargement de la fiche de la Loire mène à un fichier non vide', () => {
    const links = downloadLinks(loire);
    expect(links.length).toBeGreaterThanOrEqual(30);
    for (const href of links) expect(fs.statSync(file(LOIRE, href)).size, href).toBeGreaterThan(100);
  });

  it('chaque graphique offre SVG, PNG et CSV sous un même nom, et une citation', () => {
    const figures = chartFigures(loire);
    expect(figures.map((f) => f.id)).toEqual(
      expect.arrayContaining(['graphique-partenaires', 'graphique-activites', 'graphique-evolution']),
    );
    expect(figures.length).toBeGreaterThanOrEqual(8);
    for (const f of figures) {
      expect(
        f.downloads.map((h) => path.extname(h)),
        f.id,
      ).toEqual(['.svg', '.png', '.csv']);
      expect(new Set(f.downloads.map((h) => h.replace(/\.\w+$/, ''))).size, f.id).toBe(1);
      expect(f.citation, f.id).toMatch(/^« .+ », dans « Les indicateurs clés : commerce extérieur », /);
      expect(f.citation, f.id).toContain('departements/42-loire.html, version du ');
      expect(f.citation, f.id).toMatch(/Source : données fictives de démonstration/);
    }
  });

  it('chaque SVG se lit seul, sans référence extérieure, et porte l’avis « données fictives »', () => {
    for (const f of chartFigures(loire)) {
      const svg = fs.readFileSync(file(LOIRE, f.downloads[0]!), 'utf8');
      expect(() => new Resvg(svg, { font: { loadSystemFonts: false } }), f.id).not.toThrow();
      const root = parseSvg(svg);
      expect(root.tag).toBe('svg');
      expect(root.attrs.xmlns).toBe('http://www.w3.org/2000/svg');
      expect(outsideReferences(svg), f.id).toEqual([]);
      const notice = root.children.find((n) => n.tag === 'text' && n.text === DEMO_NOTICE);
      expect(notice, f.id).toBeDefined();
      expect(Number(notice!.attrs['font-size']), f.id).toBeGreaterThanOrEqual(12);
      expect(notice!.attrs.fill ?? '#000', f.id).toMatch(/^#[0-5]/); // dark ink, not white or a pale grey
      // The chart's title heads the image, as on the page.
      expect(
        titleLines(root)
          .map((t) => t.text)
          .join(' '),
        f.id,
      ).toBe(f.title);
    }
  });

  it('chaque PNG est le dessin de son SVG, à la taille annoncée, avis et source compris', async () => {
    for (const f of chartFigures(loire)) {
      const svg = fs.readFileSync(file(LOIRE, f.downloads[0]!), 'utf8');
      const png = fs.readFileSync(file(LOIRE, f.downloads[1]!));
      const root = parseSvg(svg);
      const image = PNG.sync.read(png);
      expect(image.width, f.id).toBe(Number(root.attrs.width) * PNG_SCALE);
      expect(Math.abs(image.height - Number(root.attrs.height) * PNG_SCALE), f.id).toBeLessThanOrEqual(1);
      expect(png.equals(await chartPng(svg)), `${f.id}: PNG dessiné d’un autre SVG`).toBe(true);
      // The notice is drawn, in its band at the top of the image.
      const notice = root.children.find((n) => n.tag === 'text' && n.text === DEMO_NOTICE)!;
      const noticeInk = inkOf(svg, DEMO_NOTICE);
      expect(noticeInk.count, `${f.id}: avis non dessiné`).toBeGreaterThan(100);
      expect(noticeInk.top, f.id).toBeGreaterThanOrEqual(textRows(notice).top);
      expect(noticeInk.bottom, f.id).toBeLessThanOrEqual(textRows(notice).bottom);
      // The title is drawn, above the chart, below the notice.
      const title = titleLines(root);
      const titleInk = inkOf(svg, ...title.map((t) => t.text));
      expect(titleInk.count, `${f.id}: titre non dessiné`).toBeGreaterThan(100);
      expect(titleInk.top, f.id).toBeGreaterThan(noticeInk.bottom);
      expect(titleInk.bottom, f.id).toBeLessThanOrEqual(textRows(...title).bottom);
      // The source line is drawn, in the lower part of the image.
      const source = all(root, (n) => n.tag === 'text' && n.text.startsWith('Source\u00a0: ')).at(-1);
      expect(source, `${f.id}: pas de ligne de source`).toBeDefined();
      const sourceInk = inkOf(svg, source!.text);
      expect(sourceInk.count, `${f.id}: source non dessinée`).toBeGreaterThan(100);
      expect(sourceInk.top, f.id).toBeGreaterThan(Number(root.attrs.height) / 2);
    }
  }, 300_000);

  it('chaque CSV a les colonnes que montre le tableau du graphique', () => {
    for (const f of chartFigures(loire)) {
      const header = csvHeader(file(LOIRE, f.downloads[2]!)).map(straight);
      expect(f.columns.length, f.id).toBeGreaterThanOrEqual(3);
      for (const c of f.columns.map(straight))
        expect(
          header.includes(c) || header.includes(`${c} (%)`),
          `${f.id}: « ${c} » absent de ${header.join(';')}`,
        ).toBe(true);
    }
  });

  it('une page de Territoire d’industrie : chaque lien local mène à une page écrite', () => {
    const dir = path.join(out, 'territoires-industrie');
    const page = `territoires-industrie/${fs.readdirSync(dir).find((n) => n.includes('roannais'))!}`;
    const html = fs.readFileSync(path.join(out, page), 'utf8');
    const local = [...html.matchAll(/<a href="([^"#:]+)(?:#[^"]*)?"/g)].map((m) => decode(m[1]!));
    expect(local).toContain('../departements/42-loire.html');
    for (const href of [...local, ...downloadLinks(html)])
      expect(fs.statSync(file(page, href)).size, href).toBeGreaterThan(100);
  });
});
