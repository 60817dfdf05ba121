import { nationalProvinceCodes } from './dataset-plan.js';

export interface BenchOptions {
  /** Province codes of the 2024 list the dataset covers (all 63 for the national run). */
  provinces: string[];
  national: boolean;
  /** Runs of `validate` (the best one counts: process start is noisy). */
  validateRuns: number;
  /** Where peak RSS comes from: `/usr/bin/time -v`, or the child's own process.resourceUsage(). */
  rss: 'time' | 'process';
  /** Folder for generated datasets (default: <tmp>/tk13-bench). */
  root?: string;
  /** Keep the database and reports of the run. */
  keep: boolean;
  /** Only the small targets on the bundled sample (no national dataset). */
  small: boolean;
}

export const USAGE = `npm run bench [-- options]
  --scale national|small   national: all 63 provinces (default); small: province 91 only
  --provinces CODES        comma-separated province codes of the pre-July-2025 list, or all
  --validate-runs N        runs of validate and of unchanged compute, the best counts (default 5)
  --rss time|process       peak RSS from /usr/bin/time -v (default when present) or from the child process
  --root DIR               where datasets are generated and kept (default: <tmp>/tk13-bench)
  --keep                   keep the run's database and reports
  --small                  only the small targets, on the bundled sample (start-up, run, report, compute)`;

function value(args: string[], index: number, name: string): string {
  const next = args[index + 1];
  if (next === undefined || next.startsWith('--')) throw new Error(`${name} needs a value\n${USAGE}`);
  return next;
}

export function parseOptions(args: readonly string[], timeAvailable: boolean): BenchOptions {
  const national = nationalProvinceCodes();
  const options: BenchOptions = { provinces: national, national: true, validateRuns: 5, rss: timeAvailable ? 'time' : 'process', keep: false, small: false };
  const list = [...args];
  for (let i = 0; i < list.length; i++) {
    const arg = list[i];
    if (arg === '--keep') options.keep = true;
    else if (arg === '--small') options.small = true;
    else if (arg === '--scale') {
      const scale = value(list, i++, arg);
      if (scale !== 'national' && scale !== 'small') throw new Error(`--scale is national or small\n${USAGE}`);
      options.provinces = scale === 'national' ? national : ['91'];
    } else if (arg === '--provinces') {
      const text = value(list, i++, arg);
      options.provinces = text === 'all' ? national : [...new Set(text.split(',').map((c) => c.trim()).filter(Boolean))].sort();
    } else if (arg === '--validate-runs') {
      options.validateRuns = Number(value(list, i++, arg));
      if (!Number.isInteger(options.validateRuns) || options.validateRuns < 1) throw new Error(`--validate-runs is a whole number ≥ 1\n${USAGE}`);
    } else if (arg === '--rss') {
      const source = value(list, i++, arg);
      if (source !== 'time' && source !== 'process') throw new Error(`--rss is time or process\n${USAGE}`);
      if (source === 'time' && !timeAvailable) throw new Error('--rss time needs /usr/bin/time');
      options.rss = source;
    } else if (arg === '--root') options.root = value(list, i++, arg);
    else throw new Error(`unknown option ${arg}\n${USAGE}`);
  }
  const unknown = options.provinces.filter((p) => !national.includes(p));
  if (unknown.length > 0) throw new Error(`not a province of the pre-July-2025 list: ${unknown.join(', ')}`);
  options.national = options.provinces.length === national.length;
  return options;
}
