import { expect } from 'vitest';
import type { CliResult } from '../../helpers/cli.js';

/**
 * The CLI runs under a capped JavaScript heap: a reader that let exceljs build a huge workbook would die
 * with "heap out of memory" instead of passing. A normal validate or ingest needs well under 100 MB.
 */
export const BOUNDED_MEMORY = { NODE_OPTIONS: '--max-old-space-size=256' };

/** Nothing a user should ever see: a stack frame, an internal error, a crash of the runtime. */
export function expectNoCrash(result: CliResult): void {
  const output = `${result.stdout}\n${result.stderr}`;
  expect(output).not.toMatch(/\n\s+at /);
  expect(output).not.toMatch(/internal|nội bộ|heap out of memory|FATAL ERROR/i);
  expect(result.code, output).not.toBe(3);
}

export interface ExpectedProblem {
  code: string;
  /** Location text printed with it: `Sheet › A1`, `line 3 › Column`. */
  where?: string | undefined;
}

/** Each expected problem printed with its code and location, somewhere in `text`. */
export function expectProblems(text: string, problems: readonly ExpectedProblem[]): void {
  const lines = text.split('\n');
  for (const { code, where } of problems) {
    const line = lines.find((l) => l.includes(`[${code}]`) && (where === undefined || l.includes(where)));
    expect(line, `no line with [${code}]${where ? ` at ${where}` : ''} in:\n${text}`).toBeDefined();
  }
}

/** Exit 1, the file named, and each expected problem printed with its location. */
export function expectClearRefusal(result: CliResult, file: string, problems: readonly ExpectedProblem[]): void {
  expectNoCrash(result);
  const output = `${result.stdout}\n${result.stderr}`;
  expect(result.code, output).toBe(1);
  expect(output).toContain(file);
  expectProblems(output, problems);
}

/**
 * The output of a command over many files, cut into one block per file: a block starts at a line that
 * `starts` says opens one (in input order) and runs to the next.
 */
export function blocksOf(output: string, starts: (line: string) => boolean): string[] {
  const blocks: string[] = [];
  for (const line of output.split('\n')) {
    if (starts(line)) blocks.push(line);
    else if (blocks.length > 0) blocks[blocks.length - 1] += `\n${line}`;
  }
  return blocks;
}
