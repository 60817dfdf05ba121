/**
 * `npm run bench` at the scale of one province, so the benchmark cannot rot: every stage runs and
 * prints its figures. Never a timing threshold: this machine is shared while tests run.
 * The dataset is generated once into <tmp>/tk13-bench and reused while it still matches.
 */
import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { TIME, measureNode } from '../../scripts/bench/measure.js';

const repo = resolve(import.meta.dirname, '..', '..');
const figure = (stage: string) => new RegExp(`^${stage}\\s+wall\\s+[\\d.]+ s\\s.*peak RSS\\s+\\d+ MiB`, 'm');

/** Every small target of issue 11 is printed with its figure and a verdict. */
function expectSmallTargets(out: string): void {
  expect(out).toMatch(/node -e 0 \(process start, best of \d+\): [\d.]+ s/);
  expect(out).toMatch(/validate one form ≤ 3× node -e 0 \([\d.]+ s\): [\d.]+ s = [\d.]+× {2}(met|MISSED)/);
  expect(out).toMatch(/run on the sample, fresh database ≤ 3\.00 s: [\d.]+ s {2}(met|MISSED)/);
  expect(out).toMatch(/report one province ≤ 1\.00 s: [\d.]+ s {2}(met|MISSED)/);
  expect(out).toMatch(/compute that changes nothing ≤ 0\.30 s: [\d.]+ s {2}(met|MISSED)/);
  expect(out).toMatch(/`npm test` \(default suite\) ≤ 4 min on 2 cores: measured separately/);
}

describe('benchmark at small scale', () => {
  it('runs ingest, compute, report and validate on province 91 and prints every figure', () => {
    const run = spawnSync(process.execPath, ['--import', 'tsx', 'scripts/bench.ts', '--provinces', '91', '--validate-runs', '1'], { cwd: repo, encoding: 'utf8' });
    expect(run.stderr).toBe('');
    expect(run.status).toBe(0);
    const out = run.stdout;
    expect(out).toMatch(/^tk13 benchmark: provinces 91, period 2024-H1$/m);
    expect(out).toMatch(/^machine: \d+ cores .*Node v\d+.*DuckDB v[\d.]+/m);
    expect(out).toMatch(/^dataset: 143 forms, 30 registers, 1 sector form \([\d,]+ abuse-case rows, [\d,]+ sanction rows\)/m);
    for (const stage of ['ingest', 'compute', 'report', 'validate']) expect(out).toMatch(figure(stage));
    expect(out).toMatch(/Files: 174 accepted, 0 rejected, 0 unchanged/);
    expect(out).toMatch(/files\/s/);
    expect(out).toMatch(/input rows\/s/);
    expect(out).toMatch(/province workbooks: 1/);
    expect(out).toMatch(/run \(ingest \+ compute \+ report\) ≤ 20 s: [\d.]+ s {2}(met|MISSED)/);
    expect(out).toMatch(/peak RSS ≤ 1 GiB: \d+ MiB {2}(met|MISSED)/);
    expectSmallTargets(out);
  }, 300_000);

  it('measures the small targets alone with --small, without a national dataset', () => {
    const run = spawnSync(process.execPath, ['--import', 'tsx', 'scripts/bench.ts', '--small', '--validate-runs', '1'], { cwd: repo, encoding: 'utf8' });
    expect(run.stderr).toBe('');
    expect(run.status).toBe(0);
    expect(run.stdout).toMatch(/^tk13 benchmark: small targets, \d{4}-\d{2}-\d{2}$/m);
    expect(run.stdout).not.toMatch(/^dataset:/m);
    expectSmallTargets(run.stdout);
  }, 300_000);

  it('refuses a province that is not on the pre-July-2025 list', () => {
    const run = spawnSync(process.execPath, ['--import', 'tsx', 'scripts/bench.ts', '--provinces', '99'], { cwd: repo, encoding: 'utf8' });
    expect(run.status).toBe(1);
    expect(run.stderr).toMatch(/not a province of the pre-July-2025 list: 99/);
  });

  const rssSources = [
    { rss: 'process' as const, name: "from the child's process.resourceUsage()", available: true },
    { rss: 'time' as const, name: `from ${TIME} -v (skipped when ${TIME} is not installed)`, available: existsSync(TIME) },
  ];
  describe.each(rssSources)('peak RSS $name', ({ rss, available }) => {
    it.skipIf(!available)('reads the peak RSS of a child that touches 64 MiB', async () => {
      const scratch = mkdtempSync(join(tmpdir(), 'tk13-bench-rss-'));
      try {
        const run = await measureNode(['-e', 'globalThis.keep = Buffer.alloc(64 * 1024 * 1024, 1)'], { rss, cwd: repo, scratch });
        expect(run.code).toBe(0);
        // 64 MiB touched, plus Node itself.
        expect(run.peakRssKb).toBeGreaterThan(64 * 1024);
        expect(run.peakRssKb).toBeLessThan(1024 * 1024);
      } finally {
        rmSync(scratch, { recursive: true, force: true });
      }
    });
  });
});
