// The notice every output built from demo data must show (fiche, site, CLI summary); the charts'
// image files print it too, so it is defined with them.

export { DEMO_NOTICE } from '../charts/standalone.js';
