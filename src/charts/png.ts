// A chart's PNG image, drawn by resvg from its standalone SVG with the very font files the
// charts are measured with (src/charts/font.ts), at print resolution, and encoded by
// png-encode.ts (resvg's own encoder costs more).
import { createHash } from 'node:crypto';
import { existsSync, mkdirSync, readFileSync, renameSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { renderAsync } from '@resvg/resvg-js';
import { diskFullError, isDiskFull } from '../errors.js';
import { FONT_FAMILY, fontFiles } from './font.js';
import { encodePng } from './png-encode.js';
import { withFamilyName, woffToSfnt } from './woff.js';

/** Pixels per SVG px: 800 px wide charts become 1 600 px images (about 240 dpi at 17 cm). */
export const PNG_SCALE = 2;

let sfntPaths: string[] | undefined;

/**
 * The chart font as sfnt files (resvg reads no WOFF), decoded once into a folder of the system's
 * temporary directory named after their content, so that every build and process shares it.
 */
export function chartFontPaths(): string[] {
  if (!sfntPaths) {
    const fonts = fontFiles().map((f) => ({
      name: path.basename(f.woff, '.woff'),
      sfnt: withFamilyName(woffToSfnt(readFileSync(f.woff)), FONT_FAMILY),
    }));
    const hash = createHash('sha256');
    for (const f of fonts) hash.update(f.name).update(f.sfnt);
    const dir = path.join(tmpdir(), `territrade-polices-${hash.digest('hex').slice(0, 16)}`);
    try {
      mkdirSync(dir, { recursive: true });
      sfntPaths = fonts.map((f) => {
        const file = path.join(dir, `${f.name}.ttf`);
        if (!existsSync(file)) {
          const part = `${file}.${process.pid}.tmp`;
          writeFileSync(part, f.sfnt);
          renameSync(part, file);
        }
        return file;
      });
    } catch (err) {
      // Without this, the build would blame its output folder for a full TMPDIR.
      if (isDiskFull(err))
        throw diskFullError(
          err,
          `dossier temporaire ${tmpdir()}, où sont décodées les polices des images PNG`,
          'TMPDIR permet d’en choisir un autre.',
        );
      throw err;
    }
  }
  return sfntPaths;
}

/** The PNG bytes of `svg` (a standalone chart SVG) on a white background, PNG_SCALE times its size. */
export async function chartPng(svg: string): Promise<Buffer> {
  const image = await renderAsync(svg, {
    font: { loadSystemFonts: false, fontFiles: chartFontPaths(), defaultFontFamily: FONT_FAMILY },
    fitTo: { mode: 'zoom', value: PNG_SCALE },
    background: 'white',
    logLevel: 'off',
  });
  return encodePng(image.width, image.height, image.pixels);
}
