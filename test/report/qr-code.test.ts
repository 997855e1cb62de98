// The printed QR code read back: its SVG drawn by resvg at a printer's resolution, then decoded
// by jsQR (an independent reader) — the address it gives must be the one encoded.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { QUIET_ZONE, qrCodeSvg, qrMatrix } from '../../src/report/qr-code.js';
import { decodeQrSvg as decode } from '../helpers/qr.js';

const LOIRE = 'https://exemple.fr/commerce-exterieur/departements/42-loire.html';

describe('qrCodeSvg', () => {
  it('reads back as the address it encodes', () => {
    const svg = qrCodeSvg(LOIRE, { symbolMm: 16, label: `Code QR de l’adresse ${LOIRE}` });
    expect(decode(svg)).toBe(LOIRE);
  });

  it('still reads at 150 dpi, with accented and encoded paths', () => {
    const address = 'https://données.exemple.fr/régions/84-auvergne-rh%C3%B4ne-alpes.html?édition=2024';
    expect(decode(qrCodeSvg(address, { symbolMm: 16, label: address }), 150)).toBe(address);
  });

  it('reads back any web address', () => {
    const paths = fc.array(fc.stringMatching(/^[a-z0-9-]{1,12}$/), { minLength: 1, maxLength: 4 });
    fc.assert(
      fc.property(fc.webUrl(), paths, (base, parts) => {
        const address = `${base}/${parts.join('/')}.html`;
        expect(decode(qrCodeSvg(address, { symbolMm: 16, label: address }))).toBe(address);
      }),
      { numRuns: 25, seed: 2126 },
    );
  });

  it('is sized so that the symbol itself is at least as wide as asked, quiet zone around it', () => {
    for (const text of ['https://a.fr/', LOIRE, `${LOIRE}?${'x'.repeat(150)}`]) {
      const n = qrMatrix(text).size;
      const svg = qrCodeSvg(text, { symbolMm: 16, label: text });
      const side = n + 2 * QUIET_ZONE;
      expect(svg).toContain(`viewBox="0 0 ${side} ${side}"`);
      const widthMm = Number(/width="([\d.]+)mm"/.exec(svg)![1]);
      expect((widthMm * n) / side).toBeGreaterThanOrEqual(16);
      expect((widthMm * n) / side).toBeLessThan(16.1);
      // No dark module in the quiet zone: every run starts inside the symbol.
      for (const [, x, y] of svg.matchAll(/M(\d+) (\d+)h/g)) {
        expect(Number(x)).toBeGreaterThanOrEqual(QUIET_ZONE);
        expect(Number(y)).toBeGreaterThanOrEqual(QUIET_ZONE);
        expect(Number(y)).toBeLessThan(QUIET_ZONE + n);
      }
    }
  });

  it('names what it leads to, and is the same text on every call', () => {
    const svg = qrCodeSvg(LOIRE, { symbolMm: 16, label: `Code QR de l’adresse ${LOIRE} <&>` });
    expect(svg).toContain('role="img"');
    expect(svg).toContain(`<title>Code QR de l’adresse ${LOIRE} &lt;&amp;&gt;</title>`);
    expect(svg).toBe(qrCodeSvg(LOIRE, { symbolMm: 16, label: `Code QR de l’adresse ${LOIRE} <&>` }));
  });
});
