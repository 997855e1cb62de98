// Renders the Loire's four charts to PNG under docs/ with resvg, using the charts' own font.
// Usage: npm run build && node scripts/render-docs.mjs [chart-fixture.json] [out-dir]
// (a fixture of test/fixtures/charts/: the chart inputs of a demo territory)
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { inflateSync } from 'node:zlib';
import { Resvg } from '@resvg/resvg-js';
import { fontFiles, renderActivitiesTreemap, renderFlowSankey, renderPartnersChart } from '../dist/charts/index.js';

// resvg reads TrueType/OpenType only: unpack the WOFF 1.0 files (zlib-compressed sfnt tables).
function woffToSfnt(woff) {
  const numTables = woff.readUInt16BE(12);
  const tables = [];
  for (let i = 0; i < numTables; i++) {
    const o = 44 + i * 20;
    const [tag, offset, compLength, origLength, checksum] = [
      woff.readUInt32BE(o),
      woff.readUInt32BE(o + 4),
      woff.readUInt32BE(o + 8),
      woff.readUInt32BE(o + 12),
      woff.readUInt32BE(o + 16),
    ];
    const raw = woff.subarray(offset, offset + compLength);
    tables.push({ tag, checksum, data: compLength < origLength ? inflateSync(raw) : raw });
  }
  const header = Buffer.alloc(12 + 16 * numTables);
  header.writeUInt32BE(woff.readUInt32BE(4), 0);
  header.writeUInt16BE(numTables, 4);
  const entrySelector = Math.floor(Math.log2(numTables));
  header.writeUInt16BE(16 * 2 ** entrySelector, 6);
  header.writeUInt16BE(entrySelector, 8);
  header.writeUInt16BE(numTables * 16 - 16 * 2 ** entrySelector, 10);
  let offset = header.length;
  const chunks = [header];
  tables.forEach((t, i) => {
    const o = 12 + i * 16;
    header.writeUInt32BE(t.tag, o);
    header.writeUInt32BE(t.checksum, o + 4);
    header.writeUInt32BE(offset, o + 8);
    header.writeUInt32BE(t.data.length, o + 12);
    const padded = Buffer.alloc((t.data.length + 3) & ~3);
    t.data.copy(padded);
    chunks.push(padded);
    offset += padded.length;
  });
  return Buffer.concat(chunks);
}

const fixture = process.argv[2] ?? 'test/fixtures/charts/demo-42.json';
const outDir = process.argv[3] ?? 'docs';
const inputs = JSON.parse(readFileSync(fixture, 'utf8')).charts;
const fontDir = join(tmpdir(), 'territrade-fonts');
mkdirSync(fontDir, { recursive: true });
const fontPaths = fontFiles().map((f) => {
  const path = join(fontDir, `${f.subset}-${f.weight}.ttf`);
  writeFileSync(path, woffToSfnt(readFileSync(f.woff)));
  return path;
});
const charts = {
  'graphique-partenaires': renderPartnersChart(inputs.partenaires),
  'graphique-activites': renderActivitiesTreemap(inputs.activites),
  'graphique-flux-exportations': renderFlowSankey(inputs['flux-exportations']),
  'graphique-flux-importations': renderFlowSankey(inputs['flux-importations']),
};
mkdirSync(outDir, { recursive: true });
for (const [name, chart] of Object.entries(charts)) {
  const resvg = new Resvg(chart.svg, {
    background: '#ffffff',
    fitTo: { mode: 'zoom', value: 2 },
    font: { fontFiles: fontPaths, loadSystemFonts: false, defaultFontFamily: 'Source Sans 3' },
  });
  writeFileSync(join(outDir, `${name}.png`), resvg.render().asPng());
  console.log(`${outDir}/${name}.png`);
}
