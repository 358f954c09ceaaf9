import { defineConfig } from 'vitest/config';

/**
 * Unit tests run in parallel. End-to-end tests build fixture projects with Astro, which writes generated types
 * into the tool's own `.astro/` folder, so they run one file at a time, after the unit tests.
 */
export default defineConfig({
  test: {
    projects: [
      { test: { name: 'unit', include: ['tests/unit/**/*.test.ts'], sequence: { groupOrder: 0 } } },
      {
        test: {
          name: 'e2e',
          include: ['tests/e2e/**/*.test.ts'],
          fileParallelism: false,
          testTimeout: 120_000,
          hookTimeout: 300_000,
          sequence: { groupOrder: 1 },
        },
      },
    ],
  },
});
