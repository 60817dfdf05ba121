import { readdir, realpath, stat } from 'node:fs/promises';
import { basename, join, resolve } from 'node:path';
import { Tk13Error, UsageError } from '../core/errors.js';

const SUBMISSION_EXTENSIONS = /\.(xlsx|xlsm|csv|xls|ods|txt)$/i;
/** Files that sit beside submissions and are read as something else (receipt times). */
const NOT_SUBMISSIONS = new Set(['manifest.csv']);

/**
 * Why a file or folder met in an input folder was not read. Each is a catalogue code
 * (`file-skipped-<reason>`): nothing in a folder is skipped in silence (issue 13).
 */
export type SkipReason = 'type' | 'hidden' | 'office-lock' | 'broken-link' | 'link-loop' | 'not-regular';

export interface SkippedFile {
  path: string;
  reason: SkipReason;
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
async function walk(dir: string, seen: Set<string>, found: CollectedFiles): Promise<void> {
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
      else await walk(path, seen, found);
    } else if (!info.isFile()) found.skipped.push({ path, reason: 'not-regular' });
    else if (NOT_SUBMISSIONS.has(entry.name.toLowerCase())) continue;
    else {
      const reason = reasonToSkip(entry.name);
      if (reason) found.skipped.push({ path, reason });
      else found.files.push(path);
    }
  }
}

const byPath = (a: string, b: string) => (a < b ? -1 : a > b ? 1 : 0);

/**
 * Expands files and folders (recursively) into submission files, in a stable order, with every
 * other entry of those folders listed as skipped and why. A path given by name is read whatever its
 * name (the reader says what it is); one that is missing or not a regular file is refused
 * (`path-not-found`, `path-not-file`: a device such as /dev/zero would be read forever).
 */
export async function collectSubmissionFiles(paths: readonly string[]): Promise<CollectedFiles> {
  const found: CollectedFiles = { files: [], skipped: [] };
  const seen = new Set<string>();
  for (const path of paths) {
    const info = await stat(path).catch(() => undefined);
    if (!info) throw new UsageError('path-not-found', { found: path });
    if (info.isDirectory()) await walk(path, seen, found);
    else if (info.isFile()) found.files.push(path);
    else throw new Tk13Error('path-not-file', { found: path });
  }
  const files = [...new Set(found.files.map((f) => resolve(f)))].sort(byPath);
  const skipped = found.skipped.map((s) => ({ ...s, path: resolve(s.path) })).sort((a, b) => byPath(a.path, b.path));
  if (files.length === 0) {
    const names = skipped.map((s) => basename(s.path));
    const examples = names.length ? names.slice(0, 5).join(', ') + (names.length > 5 ? ', …' : '') : '—';
    throw new Tk13Error('no-submissions', { found: paths.join(', '), skipped: skipped.length, examples });
  }
  return { files, skipped };
}

/** A skipped entry as a catalogue code and its params: `file-skipped-<reason>` {file, name}. */
export function skippedMessage(skipped: SkippedFile): { code: string; params: { file: string; name: string } } {
  return { code: `file-skipped-${skipped.reason}`, params: { file: skipped.path, name: basename(skipped.path) } };
}
