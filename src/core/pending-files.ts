import { rmSync } from 'node:fs';

/**
 * Files being written that must not survive if the process stops half-way: `.partial` outputs and a
 * database still being created. `removePendingFiles` is called by the CLI when it is interrupted
 * (Ctrl-C); writers remove their own file on any other failure.
 */
const pending = new Set<string>();

/** Registers `path` until `settle` is called; returns `settle`. */
export function trackPendingFile(path: string): () => void {
  pending.add(path);
  return () => void pending.delete(path);
}

/** Removes every file still pending (best effort: it may never have been created). Returns how many were removed. */
export function removePendingFiles(): number {
  let removed = 0;
  for (const path of pending) {
    try {
      rmSync(path, { force: true });
      removed++;
    } catch {
      // Nothing more can be done on the way out; the next run overwrites a .partial anyway.
    }
  }
  pending.clear();
  return removed;
}
