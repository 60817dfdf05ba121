/**
 * The slow suite (`npm run test:slow`): tests that take more than about 10 s on the 2-core machine,
 * because they crash processes on purpose, fuzz, or run at benchmark/national scale. `npm test` runs
 * every other test; one list, so no test is in both suites or in neither.
 */
export const SLOW_TESTS = [
  'test/reliability/crash.test.ts', // kills ingest at every stage and reopens the store
  'test/reliability/fuzz.test.ts', // thousands of generated inputs
  'test/bench/bench-small.test.ts', // runs `npm run bench` on one province, every stage
  'test/bench/ingest-batches.test.ts', // national-scale ingest on worker threads
  'test/bench/report-provinces.test.ts', // many province workbooks in one process
  'test/e2e/sample-province.test.ts', // the bundled sample end to end, recomputed independently
  'test/indicators/engine.test.ts', // every indicator at every level, minutes on 2 cores
  'test/reliability/hostile-inputs.test.ts', // the whole hostile corpus through the CLI, database unchanged
  'test/reliability/environment.test.ts', // full and read-only disks (tmpfs), unwritable folders, Ctrl-C
  'test/reliability/two-processes.test.ts', // a second writer while the first holds the database
  'test/forms/libreoffice-round-trip.test.ts', // sample forms re-saved by LibreOffice
  'test/sector-forms/sector-form-libreoffice.test.ts', // sector forms re-saved by LibreOffice
  'test/reports/verify-resaved.test.ts', // a genuine report re-saved by LibreOffice still verifies
  'test/e2e/legacy-register.test.ts', // a TCVN3 register through validate, ingest, compute and export
];
