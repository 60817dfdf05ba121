import { readdir, stat } from 'node:fs/promises';
import { join, resolve } from 'node:path';
import { Tk13Error, UsageError } from '../core/errors.js';

const SUBMISSION_EXTENSIONS = /\.(xlsx|xlsm|csv|xls|ods|txt)$/i;
/** Files that sit beside submissions but are not submissions. */
const NOT_SUBMISSIONS = new Set(['manifest.csv']);

function isCandidate(name: string): boolean {
  return SUBMISSION_EXTENSIONS.test(name) && !name.startsWith('.') && !name.startsWith('~$') && !NOT_SUBMISSIONS.has(name.toLowerCase());
}

async function walk(dir: string): Promise<string[]> {
  const entries = await readdir(dir, { withFileTypes: true });
  const nested = await Promise.all(
    entries.map(async (entry) => {
      const path = join(dir, entry.name);
      if (entry.isDirectory()) return entry.name.startsWith('.') ? [] : walk(path);
      return entry.isFile() && isCandidate(entry.name) ? [path] : [];
    }),
  );
  return nested.flat();
}

/** Expands files and folders (recursively) into submission files, in a stable order. */
export async function collectSubmissionFiles(paths: readonly string[]): Promise<string[]> {
  const files: string[] = [];
  for (const path of paths) {
    const info = await stat(path).catch(() => undefined);
    if (!info) throw new UsageError('path-not-found', { found: path });
    if (info.isDirectory()) files.push(...(await walk(path)));
    // A device or pipe (e.g. /dev/zero) would be read forever.
    else if (info.isFile()) files.push(path);
    else throw new Tk13Error('path-not-file', { found: path });
  }
  return [...new Set(files.map((f) => resolve(f)))].sort((a, b) => (a < b ? -1 : a > b ? 1 : 0));
}
