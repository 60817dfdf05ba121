import { readdir, realpath, stat } from 'node:fs/promises';
import { basename, join, resolve } from 'node:path';
import { Tk13Error, UsageError } from '../core/errors.js';
import { periodFromFileName } from './file-name-period.js';

const SUBMISSION_EXTENSIONS = /\.(xlsx|xlsm|csv|xls|ods|txt)$/i;
/** Files that sit beside submissions and are read as something else (receipt times). */
const NOT_SUBMISSIONS = new Set(['manifest.csv']);

/**
 * Why a file or folder met in an input folder was not read. Each is a catalogue code
 * (`file-skipped-<reason>`): nothing in a folder is skipped in silence (issue 13).
 */
export type SkipReason = 'type' | 'hidden' | 'office-lock' | 'broken-link' | 'link-loop' | 'not-regular' | 'other-period';

export interface SkippedFile {
  path: string;
  reason: SkipReason;
  /** For `other-period`: the period the file's name tells, and the period asked for. */
  period?: { found: string; expected: string };
}

export interface CollectOptions {
  /**
   * The period being run: a file met in a folder whose name tells another period
   * (`periodFromFileName`) is skipped unread, so a folder may hold several periods at no cost.
   * A file whose name tells no period is read, and its reader judges its period.
   */
  period?: string;
}

export interface CollectedFiles {
  /** Submission files to read, absolute, sorted, each once. */
  files: string[];
  /** Everything else met inside the folders given, sorted by path. */
  skipped: SkippedFile[];
}

/** Why a regular file named `name` is not a submission, or undefined when it is one. */
function reasonToSkip(name: string): SkipReason | undefined {
  if (name.startsWith('~$')) return 'office-lock';
  if (name.startsWith('.')) return 'hidden';
  if (!SUBMISSION_EXTENSIONS.test(name)) return 'type';
  return undefined;
}

/**
 * Walks `dir`, following links to files and folders; a folder reached twice (a link back to an
 * ancestor, two links to one folder) is walked once (`seen` holds real paths), and a link whose
 * target is gone is listed as skipped.
 */
async function walk(dir: string, seen: Set<string>, found: CollectedFiles, options: CollectOptions): Promise<void> {
  const real = await realpath(dir);
  if (seen.has(real)) {
    found.skipped.push({ path: dir, reason: 'link-loop' });
    return;
  }
  seen.add(real);
  const entries = await readdir(dir, { withFileTypes: true });
  for (const entry of entries) {
    const path = join(dir, entry.name);
    const info = entry.isSymbolicLink() ? await stat(path).catch(() => undefined) : entry;
    if (!info) found.skipped.push({ path, reason: 'broken-link' });
    else if (info.isDirectory()) {
      if (entry.name.startsWith('.')) found.skipped.push({ path, reason: 'hidden' });
      else await walk(path, seen, found, options);
    } else if (!info.isFile()) found.skipped.push({ path, reason: 'not-regular' });
    else if (NOT_SUBMISSIONS.has(entry.name.toLowerCase())) continue;
    else {
      const reason = reasonToSkip(entry.name);
      const period = periodFromFileName(entry.name);
      if (reason) found.skipped.push({ path, reason });
      else if (options.period && period && period !== options.period) found.skipped.push({ path, reason: 'other-period', period: { found: period, expected: options.period } });
      else found.files.push(path);
    }
  }
}

const byPath = (a: string, b: string) => (a < b ? -1 : a > b ? 1 : 0);

/**
 * Expands files and folders (recursively) into submission files, in a stable order, with every
 * other entry of those folders listed as skipped and why (with `options.period`, also the files
 * of other periods). A path given by name is read whatever its name (the reader says what it is);
 * one that is missing or not a regular file is refused (`path-not-found`, `path-not-file`: a device
 * such as /dev/zero would be read forever). Nothing left to read is `no-submissions`, or
 * `no-submissions-for-period` when the folders hold only other periods' files.
 */
export async function collectSubmissionFiles(paths: readonly string[], options: CollectOptions = {}): Promise<CollectedFiles> {
  const found: CollectedFiles = { files: [], skipped: [] };
  const seen = new Set<string>();
  for (const path of paths) {
    const info = await stat(path).catch(() => undefined);
    if (!info) throw new UsageError('path-not-found', { found: path });
    if (info.isDirectory()) await walk(path, seen, found, options);
    else if (info.isFile()) found.files.push(path);
    else throw new Tk13Error('path-not-file', { found: path });
  }
  const files = [...new Set(found.files.map((f) => resolve(f)))].sort(byPath);
  const skipped = found.skipped.map((s) => ({ ...s, path: resolve(s.path) })).sort((a, b) => byPath(a.path, b.path));
  if (files.length === 0) {
    const otherPeriods = skipped.filter((s) => s.reason === 'other-period');
    const names = (otherPeriods.length ? otherPeriods : skipped).map((s) => basename(s.path));
    const examples = names.length ? names.slice(0, 5).join(', ') + (names.length > 5 ? ', …' : '') : '—';
    if (otherPeriods.length === 0) throw new Tk13Error('no-submissions', { found: paths.join(', '), skipped: skipped.length, examples });
    const periods = [...new Set(otherPeriods.map((s) => s.period!.found))].sort().join(', ');
    throw new Tk13Error('no-submissions-for-period', { found: paths.join(', '), expected: otherPeriods[0].period!.expected, periods, skipped: otherPeriods.length, examples });
  }
  return { files, skipped };
}

/** A skipped entry as a catalogue code and its params: `file-skipped-<reason>` {file, name} (+ {period, expected}). */
export function skippedMessage(skipped: SkippedFile): { code: string; params: { file: string; name: string; period?: string; expected?: string } } {
  const period = skipped.period ? { period: skipped.period.found, expected: skipped.period.expected } : {};
  return { code: `file-skipped-${skipped.reason}`, params: { file: skipped.path, name: basename(skipped.path), ...period } };
}
