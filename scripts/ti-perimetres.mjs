// Writes reference-data/maps/territoires-industrie.topojson: ANCT's perimeters of the 183
// Territoires d'industrie (ti_geom.geojson, see reference-data/SOURCES.md) as a TopoJSON topology,
// simplified for a locator map (shared borders simplified once, so neighbours still fit) and
// quantized. Only each territory's id is kept (its name comes from the list of territories). Same input → same bytes.
// Usage: node scripts/ti-perimetres.mjs path/to/ti_geom.geojson
import { createHash } from 'node:crypto';
import { readFileSync, writeFileSync } from 'node:fs';
import { quantize } from 'topojson-client';
import { topology } from 'topojson-server';
import { filter, filterWeight, planarRingArea, planarTriangleArea, presimplify, simplify } from 'topojson-simplify';

/** SHA-256 of ANCT's file at the commit named in SOURCES.md. */
const SOURCE_SHA256 = '7d114c0d2538cd1653a6807ab88fbe3bf468133c681c84b0ab2da03ffa175ffb';
/** Quantization of the topology: steps over the extent of the 183 territories (Guyane to Mayotte). */
const QUANTIZATION = 1e5;
/**
 * Smallest triangle area kept (Visvalingam weight, planar, in square degrees): 0.001 deg² is about
 * 2.5 square units of the site's département map (613 units wide), one square pixel on a 420 px map.
 */
const MIN_WEIGHT = 0.001;
/**
 * An overseas territory is drawn alone, framed on its own island: about 7 times larger than a
 * metropolitan one, so its areas count 50 times more (7²) and it keeps its detail.
 */
const OVERSEAS_FACTOR = 50;
const overseas = ([lon, lat]) => lon < -10 || lon > 20 || lat < 40;
const triangleWeight = (t) => planarTriangleArea(t) * (overseas(t[1]) ? OVERSEAS_FACTOR : 1);
const ringWeight = (ring, interior) => planarRingArea(ring, interior) * (overseas(ring[0]) ? OVERSEAS_FACTOR : 1);

const input = process.argv[2];
if (!input) {
  console.error('Usage : node scripts/ti-perimetres.mjs chemin/vers/ti_geom.geojson');
  process.exit(2);
}
const bytes = readFileSync(input);
const sha = createHash('sha256').update(bytes).digest('hex');
if (sha !== SOURCE_SHA256) {
  console.error(
    `${input} : SHA-256 ${sha}, attendu ${SOURCE_SHA256} (le fichier de l'ANCT décrit dans reference-data/SOURCES.md)`,
  );
  process.exit(1);
}
const source = JSON.parse(bytes.toString('utf8'));
const features = source.features
  .map((f) => ({
    type: 'Feature',
    id: f.properties.id_territoire,
    geometry: f.geometry,
  }))
  .sort((a, b) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
const topo = topology({ territoires: { type: 'FeatureCollection', features } }, QUANTIZATION);
const weighted = presimplify(topo, triangleWeight);
// Rings smaller than the kept weight (islets, enclaves) go too.
const simple = filter(simplify(weighted, MIN_WEIGHT), filterWeight(weighted, MIN_WEIGHT, ringWeight));
const output = new URL('../reference-data/maps/territoires-industrie.topojson', import.meta.url);
const text = JSON.stringify(quantize(simple, QUANTIZATION)) + '\n';
writeFileSync(output, text);
console.log(`${features.length} territoires, ${text.length} octets → ${output.pathname}`);
