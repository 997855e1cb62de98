// Bundles the browser scripts (src/browser/) into dist/browser/ before the tests, as the package's
// build does: the pages under test inline what the sources say now, not an older build.
import { buildBrowserScripts } from '../scripts/build-browser.mjs';

export async function setup(): Promise<void> {
  await buildBrowserScripts();
}
