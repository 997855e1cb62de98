import { defineConfig } from 'vitest/config';
import { DEMO_STORE_TESTS } from './test/demo-store-tests.js';

// Two projects: only the tests that read the demo store get the global set-up that builds it.
export default defineConfig({
  test: {
    testTimeout: 60_000,
    hookTimeout: 180_000,
    projects: [
      {
        extends: true,
        test: {
          name: 'demo-store',
          include: DEMO_STORE_TESTS,
          globalSetup: ['test/browser-setup.ts', 'test/global-setup.ts'],
        },
      },
      {
        extends: true,
        test: {
          name: 'unit',
          include: ['test/**/*.test.ts'],
          exclude: DEMO_STORE_TESTS,
          globalSetup: ['test/browser-setup.ts'],
        },
      },
    ],
  },
});
