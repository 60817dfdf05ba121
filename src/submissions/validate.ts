import { randomBytes } from 'node:crypto';
import type { Diagnostic } from '../core/diagnostics.js';
import { deadlineCountdown } from '../periods/deadline.js';
import { tryParsePeriod } from '../periods/period.js';
import { type SkippedFile, collectSubmissionFiles } from './collect-files.js';
import { readSubmission } from './read-submission.js';
import type { ParsedSubmission, RegisterKind } from './types.js';

export interface ValidateOptions {
  asOf: Date;
  period?: string;
  unitCode?: string;
  kind?: RegisterKind;
}

export interface Countdown {
  deadline: string;
  daysLeft?: number;
  daysLate?: number;
}

export interface ValidatedFile {
  path: string;
  parsed: ParsedSubmission;
  countdown?: Countdown;
}

export interface ValidationReport {
  files: ValidatedFile[];
  /** Entries of the folders given that are not submissions, with why (collectSubmissionFiles). */
  skipped: SkippedFile[];
  /** code → number of problems, most frequent first. */
  countsByCode: Array<{ code: string; errors: number; warnings: number }>;
  /** unit → problems, for the summary district staff read last. */
  countsByUnit: Array<{ unit: string; errors: number; warnings: number }>;
}

function tally(keys: Array<{ key: string; diagnostic: Diagnostic }>) {
  const counts = new Map<string, { errors: number; warnings: number }>();
  for (const { key, diagnostic } of keys) {
    const entry = counts.get(key) ?? { errors: 0, warnings: 0 };
    if (diagnostic.severity === 'error') entry.errors++;
    else entry.warnings++;
    counts.set(key, entry);
  }
  return [...counts.entries()]
    .sort((a, b) => b[1].errors + b[1].warnings - (a[1].errors + a[1].warnings) || (a[0] < b[0] ? -1 : 1))
    .map(([key, c]) => ({ key, ...c }));
}

function countdownFor(parsed: ParsedSubmission, asOf: Date): Countdown | undefined {
  const period = parsed.period ? tryParsePeriod(parsed.period) : undefined;
  if (!period || !parsed.unit) return undefined;
  // A sector form counts against the departments' deadline, which calendar.yaml may set apart.
  return deadlineCountdown(period, parsed.unit.code, asOf, parsed.kind ? { kind: parsed.kind } : {});
}

/**
 * Checks every file without touching any database and collects every problem of every file in one
 * pass, so district staff can fix a submission before the deadline.
 */
export async function validateFiles(paths: readonly string[], options: ValidateOptions): Promise<ValidationReport> {
  // Validation stores nothing, so identifiers are pseudonymised with a throw-away key.
  const pseudonymKey = randomBytes(32).toString('hex');
  const files: ValidatedFile[] = [];
  const { files: found, skipped } = await collectSubmissionFiles(paths);
  for (const path of found) {
    const parsed = await readSubmission(path, {
      receivedAt: options.asOf,
      pseudonymKey,
      ...(options.period ? { period: options.period } : {}),
      ...(options.unitCode ? { unitCode: options.unitCode } : {}),
      ...(options.kind ? { kind: options.kind } : {}),
    });
    const countdown = countdownFor(parsed, options.asOf);
    files.push({ path, parsed, ...(countdown ? { countdown } : {}) });
  }
  const all = files.flatMap((f) => f.parsed.diagnostics.map((diagnostic) => ({ file: f, diagnostic })));
  return {
    files,
    skipped,
    countsByCode: tally(all.map(({ diagnostic }) => ({ key: diagnostic.code, diagnostic }))).map(({ key, ...c }) => ({ code: key, ...c })),
    countsByUnit: tally(all.map(({ file, diagnostic }) => ({ key: file.parsed.unit?.code ?? file.parsed.file, diagnostic }))).map(
      ({ key, ...c }) => ({ unit: key, ...c }),
    ),
  };
}
