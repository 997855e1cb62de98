/** Bundles src/browser/site.ts and fiche.ts into dist/browser/. */
export function buildBrowserScripts(): Promise<void>;
