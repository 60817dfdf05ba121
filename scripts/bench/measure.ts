import { spawn } from 'node:child_process';
import { existsSync, readFileSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';

export const TIME = '/usr/bin/time';
const RSS_HOOK = join(import.meta.dirname, 'rss-hook.mjs');

export interface Measured {
  code: number;
  stdout: string;
  stderr: string;
  /** Wall time seen by the parent, process start and exit included. */
  wallMs: number;
  peakRssKb: number;
}

/**
 * Runs `node <args>` as a child process and measures it: wall time around the spawn, peak RSS from
 * `/usr/bin/time -v -o FILE` or, with `rss: 'process'`, from the child's own process.resourceUsage()
 * written at exit by a hook loaded with `--import`.
 */
export function measureNode(args: readonly string[], options: { rss: 'time' | 'process'; cwd: string; scratch: string }): Promise<Measured> {
  const report = join(options.scratch, `rss-${process.pid}-${Date.now()}.txt`);
  const [command, argv] =
    options.rss === 'time'
      ? [TIME, ['-v', '-o', report, process.execPath, ...args]]
      : [process.execPath, ['--import', pathToFileURL(RSS_HOOK).href, ...args]];
  const env = { ...process.env, TK13_DB: '', ...(options.rss === 'process' ? { TK13_BENCH_RSS_FILE: report } : {}) };
  return new Promise((resolve, reject) => {
    const started = performance.now();
    const child = spawn(command, argv, { cwd: options.cwd, env, stdio: ['ignore', 'pipe', 'pipe'] });
    let stdout = '';
    let stderr = '';
    child.stdout.on('data', (chunk) => (stdout += chunk));
    child.stderr.on('data', (chunk) => (stderr += chunk));
    child.on('error', reject);
    child.on('close', (code) => {
      const wallMs = performance.now() - started;
      const text = existsSync(report) ? readFileSync(report, 'utf8') : '';
      rmSync(report, { force: true });
      const peakRssKb = options.rss === 'time' ? Number(/Maximum resident set size \(kbytes\): (\d+)/.exec(text)?.[1] ?? NaN) : Number(text.trim() || NaN);
      resolve({ code: code ?? -1, stdout, stderr, wallMs, peakRssKb });
    });
  });
}
