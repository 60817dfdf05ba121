import { defineConfig } from 'vitest/config';
import { SLOW_TESTS } from './vitest.slow-tests.js';

/** The slow suite (`npm run test:slow`): crash, fuzz, bench-scale and end-to-end tests. */
export default defineConfig({
  test: {
    include: SLOW_TESTS,
    maxWorkers: 2,
    testTimeout: 300_000,
    hookTimeout: 300_000,
  },
});
