import { defineConfig } from 'vitest/config';

// Unit, simulator and content tests run in Node. Results also go to .results/vitest.json,
// which test/run-all.mjs folds into the one summary line CI reads.
export default defineConfig({
  test: {
    root: new URL('..', import.meta.url).pathname,
    include: ['test/unit/**/*.test.ts'],
    environment: 'node',
    reporters: ['default', 'json'],
    outputFile: { json: '.results/vitest.json' },
  },
});
