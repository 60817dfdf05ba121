import { readdir, stat } from 'node:fs/promises';
import { join, resolve } from 'node:path';
import { Tk13Error, UsageError } from '../core/errors.js';

const SUBMISSION_EXTENSIONS = /\.(xlsx|xlsm|csv|xls|ods|txt)$/i;
/** Files that sit beside submissions but are not submissions. */
const NOT_SUBMISSIONS = new Set(['manifest.csv']);

function isCandidate(name: string): boolean {
  return SUBMISSION_EXTENSIONS.test(name) && !name.startsWith('.') && !name.startsWith('~$') && !NOT_SUBMISSIONS.has(name.toLowerCase());
}

async function walk(dir: string, skipped: string[]): Promise<string[]> {
  const entries = await readdir(dir, { withFileTypes: true });
  const nested = await Promise.all(
    entries.map(async (entry) => {
      const path = join(dir, entry.name);
      if (entry.isDirectory()) return entry.name.startsWith('.') ? [] : walk(path, skipped);
      if (entry.isFile() && isCandidate(entry.name)) return [path];
      skipped.push(entry.name);
      return [];
    }),
  );
  return nested.flat();
}

/**
 * Expands files and folders (recursively) into submission files, in a stable order.
 * Errors: `path-not-found` (usage, exit 2), `path-not-file` (a device or pipe), and
 * `no-submissions` (exit 1) when nothing is left, naming how many entries were seen and skipped.
 */
export async function collectSubmissionFiles(paths: readonly string[]): Promise<string[]> {
  const files: string[] = [];
  const skipped: string[] = [];
  for (const path of paths) {
    const info = await stat(path).catch(() => undefined);
    if (!info) throw new UsageError('path-not-found', { found: path });
    if (info.isDirectory()) files.push(...(await walk(path, skipped)));
    // A device or pipe (e.g. /dev/zero) would be read forever.
    else if (info.isFile()) files.push(path);
    else throw new Tk13Error('path-not-file', { found: path });
  }
  if (files.length === 0) {
    skipped.sort();
    const examples = skipped.length ? skipped.slice(0, 5).join(', ') + (skipped.length > 5 ? ', …' : '') : '—';
    throw new Tk13Error('no-submissions', { found: paths.join(', '), skipped: skipped.length, examples });
  }
  return [...new Set(files.map((f) => resolve(f)))].sort((a, b) => (a < b ? -1 : a > b ? 1 : 0));
}
