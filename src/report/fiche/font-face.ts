// The charts' font of the fiche: embedded as base64 WOFF2 by default, so that a fiche opens
// offline on its own and prints with the same metrics the charts were laid out with; in the site,
// a link to the shared copy in out/police/ instead (see ../font-css.ts).
import { fontFaceRules } from '../font-css.js';

/** `href`: the shared font folder relative to the fiche ('../police/'); absent: embedded. */
export function fontFaceCss(href?: string): string {
  return fontFaceRules({ subsets: ['latin', 'latin-ext'], display: 'block', ...(href === undefined ? {} : { href }) });
}
