import { Tk13Error } from './errors.js';

/**
 * Failures of the machine rather than of the input — a full disk, a folder the user may not write,
 * a read-only medium, a file where a folder belongs — as one Tk13Error naming the path and the cause
 * (exit 1), never an internal error. Node reports them as `NodeJS.ErrnoException` (`code`, `path`);
 * DuckDB as an `Error` whose message carries the operating system's text ("No space left on device").
 */
const CODE_FOR_ERRNO: Record<string, string> = {
  ENOSPC: 'fs-disk-full',
  EDQUOT: 'fs-disk-full',
  EFBIG: 'fs-disk-full',
  EACCES: 'fs-permission-denied',
  EPERM: 'fs-permission-denied',
  EROFS: 'fs-read-only',
  EEXIST: 'fs-exists',
  ENOTDIR: 'fs-not-directory',
  EISDIR: 'fs-is-directory',
  EMFILE: 'fs-too-many-open-files',
  ENFILE: 'fs-too-many-open-files',
  ENOENT: 'fs-not-found',
  EIO: 'fs-io-error',
  ENAMETOOLONG: 'fs-name-too-long',
  ELOOP: 'fs-link-loop',
  EBUSY: 'fs-busy',
  ETXTBSY: 'fs-busy',
  EXDEV: 'fs-io-error',
};

/** The operating system's wording, as DuckDB passes it on in its messages. */
const CODE_FOR_TEXT: Array<[RegExp, string]> = [
  [/No space left on device|Disk quota exceeded|File too large/i, 'fs-disk-full'],
  [/Read-only file system/i, 'fs-read-only'],
  [/Permission denied|Operation not permitted/i, 'fs-permission-denied'],
  [/Too many open files/i, 'fs-too-many-open-files'],
  [/Input\/output error/i, 'fs-io-error'],
];

/** The path a DuckDB message names: `…file "/x/db.wal"…` or `…file /x/db.wal: …`. */
function pathInMessage(message: string): string | undefined {
  return /file "([^"]+)"/.exec(message)?.[1] ?? /file (\/\S+?):/.exec(message)?.[1];
}

/**
 * `error` as a `Tk13Error` with code `fs-*` and params `{file, cause}` (cause: the errno code such as
 * `ENOSPC`, or the operating system's words), or undefined when it is not a system failure.
 * `path` names the file when the error does not (Node's errors carry `path`, DuckDB's rarely).
 */
export function systemErrorToTk13(error: unknown, path?: string): Tk13Error | undefined {
  if (error instanceof Tk13Error) return error;
  if (!(error instanceof Error)) return undefined;
  const errno = error as NodeJS.ErrnoException;
  if (typeof errno.code === 'string' && CODE_FOR_ERRNO[errno.code]) {
    return new Tk13Error(CODE_FOR_ERRNO[errno.code], { file: errno.path ?? path ?? '?', cause: errno.code });
  }
  const message = error.message;
  for (const [pattern, code] of CODE_FOR_TEXT) {
    const match = pattern.exec(message);
    if (match) return new Tk13Error(code, { file: pathInMessage(message) ?? path ?? '?', cause: match[0] });
  }
  return undefined;
}

/** Rethrows `error` as its system failure naming `path`, or as it is. */
export function rethrowWithPath(error: unknown, path: string): never {
  throw systemErrorToTk13(error, path) ?? error;
}
