/**
 * The national-scale benchmark (issue 7): generates (once, then reuses) a dataset of every commune's
 * form and every district's registers, then times each stage of the compiled CLI in its own process
 * on a fresh database, and says whether the targets are met. See docs/benchmarks.md.
 *   npm run bench                      national: 63 provinces, 10,035 forms, 63 sector forms, ~300,000 register rows
 *   npm run bench -- --scale small     province 91 only (what the slow test suite runs)
 *   npm run bench -- --small           only the small targets, on the bundled sample (seconds)
 * The small targets (start-up, sample run, one report, unchanged compute) are measured first in every mode.
 */
import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { ensureDataset } from './bench/dataset.js';
import { describeMachine } from './bench/machine.js';
import { TIME } from './bench/measure.js';
import { parseOptions } from './bench/options.js';
import { describeRun, smallTargetLines, stageLine, targetLines } from './bench/print.js';
import { measureSmallTargets } from './bench/small-targets.js';
import { runStages } from './bench/stages.js';

const repo = resolve(import.meta.dirname, '..');
const cli = join(repo, 'dist', 'cli.js');

async function main(): Promise<number> {
  const options = parseOptions(process.argv.slice(2), existsSync(TIME));
  if (!existsSync(cli)) throw new Error(`${cli} is missing: run "npm run build" first (npm run bench does)`);
  const machine = await describeMachine();
  const work = mkdtempSync(join(tmpdir(), 'tk13-bench-run-'));
  try {
    if (options.small) {
      console.log(`tk13 benchmark: small targets, ${new Date().toISOString().slice(0, 10)}`);
      console.log(`machine: ${machine.cores} cores (${machine.cpu}), ${machine.memoryGiB.toFixed(1)} GiB, Node ${machine.node}, DuckDB ${machine.duckdb}; load average ${machine.load.map((l) => l.toFixed(2)).join(' ')} at start`);
      for (const line of smallTargetLines(await measureSmallTargets({ options, cli, repo, work }))) console.log(line);
      console.log(`load average at the end: ${(await describeMachine()).load.map((l) => l.toFixed(2)).join(' ')}`);
      return 0;
    }
    const small = await measureSmallTargets({ options, cli, repo, work });
    const dataset = await ensureDataset(options.provinces, { ...(options.root ? { root: options.root } : {}), log: (line) => console.log(line) });
    for (const line of describeRun(options, dataset, machine)) console.log(line);
    const results = await runStages({ dataset, options, cli, repo, work }, (result) => console.log(stageLine(result)));
    console.log('');
    for (const line of smallTargetLines(small)) console.log(line);
    for (const line of targetLines(results, options)) console.log(line);
    console.log(`load average at the end: ${(await describeMachine()).load.map((l) => l.toFixed(2)).join(' ')}`);
    if (options.keep) console.log(`database and reports kept in ${work}`);
  } finally {
    if (!options.keep) rmSync(work, { recursive: true, force: true });
  }
  return 0;
}

main().then(
  (code) => (process.exitCode = code),
  (error: unknown) => {
    console.error(error instanceof Error ? error.message : String(error));
    process.exitCode = 1;
  },
);
