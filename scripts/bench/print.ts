import type { Dataset } from './dataset.js';
import type { BenchOptions } from './options.js';
import type { StageResult } from './stages.js';
import type { Machine } from './machine.js';

const GIB = 1024 * 1024;
export const TARGETS = { nationalRunMs: 60_000, peakRssKb: 1.5 * GIB, validateMs: 500 };

const seconds = (ms: number) => `${(ms / 1000).toFixed(ms < 10_000 ? 2 : 1)} s`;
const mib = (kb: number) => (Number.isFinite(kb) ? `${Math.round(kb / 1024)} MiB` : 'unknown');
const grouped = (n: number) => Math.round(n).toLocaleString('en-US');

export function describeRun(options: BenchOptions, dataset: Dataset, machine: Machine): string[] {
  const scope = options.national ? `national (all ${options.provinces.length} provinces)` : `provinces ${options.provinces.join(', ')}`;
  return [
    `tk13 benchmark: ${scope}, period ${dataset.period}`,
    `machine: ${machine.cores} cores (${machine.cpu}), ${machine.memoryGiB.toFixed(1)} GiB, Node ${machine.node}, DuckDB ${machine.duckdb}; load average ${machine.load.map((l) => l.toFixed(2)).join(' ')} at start`,
    `dataset: ${grouped(dataset.forms)} forms, ${grouped(dataset.registers)} registers (${grouped(dataset.caseRows)} abuse-case rows, ${grouped(dataset.sanctionRows)} sanction rows), ${mib(dataset.bytes / 1024)}, ${dataset.reused ? 'reused' : 'generated'} in ${dataset.dir}`,
    `peak RSS from ${options.rss === 'time' ? '/usr/bin/time -v' : "the child's process.resourceUsage().maxRSS"}`,
    '',
  ];
}

export function stageLine(r: StageResult): string {
  const perSecond = r.items / (r.wallMs / 1000);
  const rate = r.stage === 'validate' ? '' : `${perSecond < 10 ? perSecond.toFixed(2) : grouped(perSecond)} ${r.unit}/s`;
  return `${r.stage.padEnd(9)} wall ${seconds(r.wallMs).padStart(8)}   ${rate.padEnd(22)} peak RSS ${mib(r.peakRssKb).padStart(9)}   ${r.detail}`;
}

/** The three targets of the national run, each met or missed. */
export function targetLines(results: readonly StageResult[], options: BenchOptions): string[] {
  const wall = (stage: string) => results.find((r) => r.stage === stage)?.wallMs ?? NaN;
  const run = wall('ingest') + wall('compute') + wall('report');
  const peak = Math.max(...results.map((r) => r.peakRssKb));
  const verdict = (ok: boolean) => (ok ? 'met' : 'MISSED');
  const lines = [
    '',
    options.national ? 'targets (2 cores, 24 GiB):' : 'targets (they apply to the national run; shown for reference):',
    `  run (ingest + compute + report) ≤ 60 s: ${seconds(run)}  ${verdict(run <= TARGETS.nationalRunMs)}`,
    `  peak RSS ≤ 1.5 GiB: ${mib(peak)}  ${verdict(peak <= TARGETS.peakRssKb)}`,
    `  validate one form ≤ 0.5 s: ${seconds(wall('validate'))}  ${verdict(wall('validate') <= TARGETS.validateMs)}`,
  ];
  return lines;
}
