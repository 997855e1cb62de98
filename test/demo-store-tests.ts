// The test files that read the one-million-row demo store built by test/global-setup.ts (through
// `inject('demoStore')` or `inject('demoDir')`). vitest.config.ts runs them in the "demo-store"
// project, the only one with that global set-up, so `vitest run test/format` does not build it.
// test/demo-store-tests.test.ts fails when a file injects the store without being listed here.
export const DEMO_STORE_TESTS = [
  'test/charts/demo-fixtures.test.ts',
  'test/cli/cli.test.ts',
  'test/cli/closed-pipe.test.ts',
  'test/cli/demo.e2e.test.ts',
  'test/cli/figures-position.test.ts',
  'test/demo/archive.test.ts',
  'test/demo/generate.test.ts',
  'test/figures/demo-golden.test.ts',
  'test/figures/position/demo.test.ts',
  'test/cli/export.test.ts',
  'test/cli/export-disk-full.test.ts',
  'test/cli/build.e2e.test.ts',
  'test/cli/build-disk-full.test.ts',
  'test/cli/build-leftovers.test.ts',
  'test/report/fiche/browser.test.ts',
  'test/report/fiche/golden.test.ts',
  'test/report/fiche/sections.test.ts',
  'test/report/fiche/sentences.test.ts',
  'test/report/pdf/shell.test.ts',
  'test/report/site/home-page.browser.test.ts',
  'test/report/site/phone.browser.test.ts',
  'test/report/site/ti-pages.browser.test.ts',
  'test/report/site/compare-page.browser.test.ts',
  'test/cli/demo-watermark.test.ts',
  'test/cli/build-partial.test.ts',
  'test/cli/compare.test.ts',
  'test/cli/config.test.ts',
  'test/cli/page-budget.e2e.test.ts',
];
