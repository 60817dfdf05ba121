/**
 * The small targets of issue 11, on the bundled sample (fixtures/sample-province, province 91,
 * 2024-H1): start-up of `validate` against `node -e 0`, `run` on a fresh database, `report` of one
 * province, and `compute` that changes nothing. Runnable alone: `npm run bench -- --small`.
 */
import { join } from 'node:path';
import { type Measured, measureNode } from './measure.js';
import type { BenchOptions } from './options.js';

export const SAMPLE = { dir: 'fixtures/sample-province', period: '2024-H1', province: '91', form: 'fixtures/sample-province/2024-H1/forms/30733_2024-H1_form.xlsx' };

export const SMALL_TARGETS = { validateTimesNode: 3, sampleRunMs: 3_000, provinceReportMs: 1_000, unchangedComputeMs: 300 };

export interface SmallFigures {
  /** `node -e 0`, best of N: the machine's process start. */
  nodeMs: number;
  /** `validate` of one sample form, best of N, process start included. */
  validateMs: number;
  sampleRunMs: number;
  /** `report --province 91` on the database the run left. */
  provinceReportMs: number;
  /** `compute --province 91` again, nothing having changed (best of N). */
  unchangedComputeMs: number;
  runs: number;
}

interface SmallContext {
  options: BenchOptions;
  cli: string;
  repo: string;
  work: string;
}

function check(what: string, run: Measured, ok: boolean): Measured {
  if (run.code === 0 && ok) return run;
  const tail = `${run.stdout}\n${run.stderr}`.trim().split('\n').slice(-12).join('\n');
  throw new Error(`${what}: exit code ${run.code}\n${tail}`);
}

async function best(runs: number, measure: () => Promise<Measured>): Promise<number> {
  let fastest = Infinity;
  for (let i = 0; i < runs; i++) fastest = Math.min(fastest, (await measure()).wallMs);
  return fastest;
}

/** Measures every small target; each command runs in its own process, the way a user runs it. */
export async function measureSmallTargets(context: SmallContext): Promise<SmallFigures> {
  const node = (args: string[]) => measureNode(args, { rss: context.options.rss, cwd: context.repo, scratch: context.work });
  const tk13 = (args: string[]) => node([context.cli, '--lang', 'en', ...args]);
  const runs = context.options.validateRuns;
  const db = join(context.work, 'sample.duckdb');
  const scope = ['--period', SAMPLE.period, '--province', SAMPLE.province];

  const nodeMs = await best(runs, async () => check('node -e 0', await node(['-e', '0']), true));
  const validateMs = await best(runs, async () => {
    const run = await tk13(['validate', SAMPLE.form, '--as-of', '2024-05-18']);
    return check('validate', run, run.stdout.includes('No problems'));
  });
  const sampleRun = check('run', await tk13(['--db', db, 'run', SAMPLE.dir, ...scope, '--out', join(context.work, 'run-reports')]), true);
  const report = check('report', await tk13(['--db', db, 'report', ...scope, '--out', join(context.work, 'reports')]), true);
  const unchangedComputeMs = await best(runs, async () => check('compute', await tk13(['--db', db, 'compute', ...scope]), true));
  return { nodeMs, validateMs, sampleRunMs: sampleRun.wallMs, provinceReportMs: report.wallMs, unchangedComputeMs, runs };
}
