import { chmodSync, accessSync, constants, mkdirSync, renameSync, rmSync, statfsSync, statSync, writeFileSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import { Tk13Error } from './errors.js';
import { trackPendingFile } from './pending-files.js';
import { rethrowWithPath } from './system-errors.js';

/**
 * Where tk13 writes its outputs (reports, exports, templates, annotated copies): checked before any
 * work starts, created one folder at a time, and written whole or not at all.
 */

/**
 * Kernel pseudo-filesystems (statfs `f_type`, linux/magic.h): nothing written there is a file, and
 * Node's recursive mkdir loops forever on /proc (mkdir answers ENOENT however often it is retried).
 */
const PSEUDO_FILESYSTEMS = new Map<number, string>([
  [0x9fa0, 'proc'],
  [0x62656572, 'sysfs'],
  [0x1cd1, 'devpts'],
  [0x64626720, 'debugfs'],
  [0x74726163, 'tracefs'],
  [0x73636673, 'securityfs'],
  [0x27e0eb, 'cgroup'],
  [0x63677270, 'cgroup2'],
  [0xcafe4a11, 'bpf'],
  [0x6165676c, 'pstore'],
  [0x62656570, 'configfs'],
  [0x65735543, 'fusectl'],
]);

function existing(path: string) {
  return statSync(path, { throwIfNoEntry: false });
}

/** The path itself when it exists, else its nearest existing ancestor, with what is there. */
function nearestExisting(path: string): { path: string; isDirectory: boolean } {
  let current = resolve(path);
  for (;;) {
    const info = existing(current);
    if (info) return { path: current, isDirectory: info.isDirectory() };
    const parent = dirname(current);
    if (parent === current) return { path: current, isDirectory: false };
    current = parent;
  }
}

/** The folder that will hold new entries must be a real, writable folder. Throws `output-*` / `fs-*`. */
function checkWritableFolder(folder: string, asked: string): void {
  const type = statfsSync(folder).type;
  const name = PSEUDO_FILESYSTEMS.get(type);
  if (name) throw new Tk13Error('output-special-filesystem', { file: asked, found: name });
  try {
    accessSync(folder, constants.W_OK | constants.X_OK);
  } catch (error) {
    rethrowWithPath(error, folder);
  }
}

/**
 * Checks that `dir` is, or can become, a folder tk13 may write in: not an existing file, no file in
 * its path, not on /proc, /sys or another kernel pseudo-filesystem, writable (an ancestor, when it
 * does not exist yet). Throws `output-not-directory`, `output-special-filesystem` or an `fs-*` error
 * naming the path; creates nothing.
 */
export function checkOutputDirectory(dir: string): void {
  const found = nearestExisting(dir);
  if (!found.isDirectory) throw new Tk13Error('output-not-directory', { file: dir, found: found.path });
  checkWritableFolder(found.path, dir);
}

/**
 * Checks that `file` can be written: an existing regular file is replaced, a folder or device is
 * refused (`output-not-file`), and its folder is checked as `checkOutputDirectory` does.
 */
export function checkOutputFile(file: string): void {
  const info = existing(file);
  if (info && !info.isFile()) throw new Tk13Error('output-not-file', { file });
  checkOutputDirectory(dirname(resolve(file)));
}

/**
 * Creates `dir` and its missing parents one level at a time (never `recursive: true`, which spins on
 * /proc), after `checkOutputDirectory`. A folder created meanwhile by another process is fine.
 */
export function makeOutputDirectory(dir: string): void {
  checkOutputDirectory(dir);
  const missing: string[] = [];
  for (let current = resolve(dir); !existing(current); current = dirname(current)) missing.unshift(current);
  for (const folder of missing) {
    try {
      mkdirSync(folder);
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code === 'EEXIST' && existing(folder)?.isDirectory()) continue;
      rethrowWithPath(error, folder);
    }
  }
}

/**
 * Writes `bytes` to `<file>.partial` and renames it to `file`: the file appears whole or not at all.
 * On any failure (a full disk: `fs-disk-full`) the `.partial` is removed and the error names `file`;
 * an interrupt removes it too (pending-files).
 */
export function writeFileAtomically(file: string, bytes: Uint8Array | string, mode?: number): void {
  const partial = `${file}.partial`;
  const settle = trackPendingFile(partial);
  try {
    writeFileSync(partial, bytes, mode === undefined ? {} : { mode });
    // The creation mode is filtered by the umask; the file's mode is set whatever the umask.
    if (mode !== undefined) chmodSync(partial, mode);
    renameSync(partial, file);
  } catch (error) {
    try {
      rmSync(partial, { force: true });
    } catch {
      // The write's own failure is the one to report.
    }
    rethrowWithPath(error, file);
  } finally {
    settle();
  }
}
