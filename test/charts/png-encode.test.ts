// The PNG writer of the chart images: any decoder reads back the very pixels it was given.
import fc from 'fast-check';
import { PNG } from 'pngjs';
import { describe, expect, it } from 'vitest';
import { encodePng } from '../../src/charts/png-encode.js';

describe('encodePng', () => {
  it('gives back the pixels it encodes, at their size', async () => {
    await fc.assert(
      fc.asyncProperty(
        fc.integer({ min: 1, max: 40 }),
        fc.integer({ min: 1, max: 40 }),
        fc.integer({ min: 0, max: 2 ** 31 - 1 }),
        async (width, height, seed) => {
          const rgba = new Uint8Array(width * height * 4);
          let x = seed || 1;
          for (let i = 0; i < rgba.length; i++) rgba[i] = (x = (x * 48271) % 2147483647) & 255;
          const image = PNG.sync.read(await encodePng(width, height, rgba));
          expect([image.width, image.height]).toEqual([width, height]);
          expect(Buffer.from(image.data).equals(Buffer.from(rgba))).toBe(true);
        },
      ),
      { numRuns: 50 },
    );
  });

  it('encodes the same pixels to the same bytes', async () => {
    const rgba = new Uint8Array(300 * 200 * 4).fill(255);
    expect((await encodePng(300, 200, rgba)).equals(await encodePng(300, 200, rgba))).toBe(true);
  });

  it('refuses pixels that do not match the size', async () => {
    await expect(encodePng(10, 10, new Uint8Array(399))).rejects.toThrow(/399 octets pour 10 × 10/);
  });
});
