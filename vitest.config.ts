import { defineConfig } from 'vitest/config';
import { SLOW_TESTS } from './vitest.slow-tests.js';

/** The default suite (`npm test`): everything but the slow tests listed in vitest.slow-tests.ts. */
export default defineConfig({
  test: {
    include: ['test/**/*.test.ts'],
    exclude: ['**/node_modules/**', ...SLOW_TESTS],
    // DuckDB and workbook tests are CPU-bound; two workers match the 2-core target machine.
    maxWorkers: 2,
    testTimeout: 60_000,
    hookTimeout: 120_000,
  },
});
