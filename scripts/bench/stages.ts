import { readdirSync } from 'node:fs';
import { join } from 'node:path';
import { formSpec } from '../../src/forms/spec.js';
import type { Dataset } from './dataset.js';
import { FORMS_DIR, MANIFEST, REGISTERS_DIR, SECTOR_FORMS_DIR } from './dataset-layout.js';
import { type Measured, measureNode } from './measure.js';
import type { BenchOptions } from './options.js';

export type StageName = 'ingest' | 'compute-1' | 'compute' | 'report' | 'validate';

export interface StageResult {
  stage: StageName;
  wallMs: number;
  peakRssKb: number;
  /** What the stage got through, for the throughput column. */
  items: number;
  unit: string;
  /** What the stage printed that shows it did its work. */
  detail: string;
}

/** Reports are generated as of this moment: after every deadline, so nothing is pending. */
export const REPORT_AS_OF = '2024-06-01';
/** A form is validated as its commune would, a few days before the deadline. */
export const VALIDATE_AS_OF = '2024-05-18';

export interface StageContext {
  dataset: Dataset;
  options: BenchOptions;
  cli: string;
  repo: string;
  work: string;
}

function failed(stage: StageName, run: Measured, why: string): Error {
  const tail = `${run.stdout}\n${run.stderr}`.trim().split('\n').slice(-12).join('\n');
  return new Error(`${stage}: ${why} (exit code ${run.code})\n${tail}`);
}

async function measured(context: StageContext, args: string[]): Promise<Measured> {
  return measureNode([context.cli, '--lang', 'en', ...args], { rss: context.options.rss, cwd: context.repo, scratch: context.work });
}

async function ingest(context: StageContext, db: string): Promise<StageResult> {
  const { dataset } = context;
  const run = await measured(context, [
    '--db', db, 'ingest', join(dataset.dir, FORMS_DIR), join(dataset.dir, REGISTERS_DIR), join(dataset.dir, SECTOR_FORMS_DIR), '--manifest', join(dataset.dir, MANIFEST), '--period', dataset.period,
  ]);
  const counts = /Files: (\d+) accepted, (\d+) rejected, (\d+) unchanged/.exec(run.stdout);
  const files = dataset.forms + dataset.registers + dataset.sectorForms;
  if (run.code !== 0 || !counts || Number(counts[1]) !== files) throw failed('ingest', run, `expected ${files} files accepted`);
  return { stage: 'ingest', wallMs: run.wallMs, peakRssKb: run.peakRssKb, items: files, unit: 'files', detail: counts[0] };
}

async function compute(context: StageContext, db: string): Promise<StageResult> {
  const { dataset, options } = context;
  const scope = options.provinces.length === 1 ? ['--province', options.provinces[0]] : [];
  const run = await measured(context, ['--db', db, 'compute', '--period', dataset.period, ...scope]);
  const done = /Computed (\d+) indicators.*: (\d+) values/.exec(run.stdout);
  if (run.code !== 0 || !done) throw failed('compute', run, 'no indicators computed');
  const rows = dataset.forms * formSpec().inputCells.length + dataset.caseRows + dataset.sanctionRows;
  return { stage: 'compute', wallMs: run.wallMs, peakRssKb: run.peakRssKb, items: rows, unit: 'input rows', detail: `${done[1]} indicators, ${done[2]} values` };
}

/** The province whose compute is compared with the country's (issue 11: ≤ 1/20 of it). */
export const ONE_PROVINCE = '01';

/** `compute --province 01` on the freshly ingested national database, before anything is stored. */
async function computeOneProvince(context: StageContext, db: string): Promise<StageResult> {
  const run = await measured(context, ['--db', db, 'compute', '--period', context.dataset.period, '--province', ONE_PROVINCE]);
  const done = /Computed (\d+) indicators.*: (\d+) values/.exec(run.stdout);
  if (run.code !== 0 || !done) throw failed('compute-1', run, 'no indicators computed');
  return { stage: 'compute-1', wallMs: run.wallMs, peakRssKb: run.peakRssKb, items: Number(done[2]), unit: 'values', detail: `province ${ONE_PROVINCE}: ${done[1]} indicators, ${done[2]} values` };
}

async function report(context: StageContext, db: string): Promise<StageResult> {
  const { dataset, options } = context;
  const out = join(context.work, 'reports');
  const provinces = options.national ? 'all' : options.provinces.join(',');
  const run = await measured(context, ['--db', db, 'report', '--period', dataset.period, '--province', provinces, '--out', out, '--as-of', REPORT_AS_OF]);
  const written = readdirSync(out).filter((f) => f.endsWith('.xlsx')).length;
  if (run.code !== 0 || written !== options.provinces.length) throw failed('report', run, `expected ${options.provinces.length} reports, found ${written}`);
  return { stage: 'report', wallMs: run.wallMs, peakRssKb: run.peakRssKb, items: written, unit: 'reports', detail: `province workbooks: ${written}` };
}

async function validate(context: StageContext): Promise<StageResult> {
  let best: Measured | undefined;
  for (let i = 0; i < context.options.validateRuns; i++) {
    const run = await measured(context, ['validate', context.dataset.sampleForm, '--as-of', VALIDATE_AS_OF]);
    if (run.code !== 0 || !run.stdout.includes('No problems')) throw failed('validate', run, 'the sample form should validate cleanly');
    if (!best || run.wallMs < best.wallMs) best = run;
  }
  return { stage: 'validate', wallMs: best!.wallMs, peakRssKb: best!.peakRssKb, items: 1, unit: 'form', detail: `best of ${context.options.validateRuns} runs, process start included` };
}

/**
 * Every stage, each in its own process, on a fresh database: ingest, (national: one province's
 * compute, before the country's so that nothing is stored yet), compute, report, then validate.
 */
export async function runStages(context: StageContext, onStage: (result: StageResult) => void): Promise<StageResult[]> {
  const db = join(context.work, 'bench.duckdb');
  const results: StageResult[] = [];
  for (const stage of context.options.national ? [ingest, computeOneProvince, compute, report] : [ingest, compute, report]) {
    const result = await stage(context, db);
    results.push(result);
    onStage(result);
  }
  const checked = await validate(context);
  results.push(checked);
  onStage(checked);
  return results;
}
