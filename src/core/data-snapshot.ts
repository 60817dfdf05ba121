import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { sha256 } from './hash.js';

/**
 * Build-time snapshots of parsed data files (templates/*.yaml, calendar/*), so that a command
 * starts without loading the YAML parser and the schema library (about 0.25 CPU-s together).
 *
 * `npm run build` parses each data file with its one parser and writes `dist/snapshots/<name>.json`
 * = `{ source: sha256 of the data file, value: the parsed value }`. A module reads its snapshot only
 * when the data file still has that hash; otherwise (the file was edited after the build, or the code
 * runs from `src/` under tsx/vitest, where no snapshot folder exists) it parses the file as before.
 * The snapshot is therefore never a second definition of the data: it is the parser's own output.
 */
const SNAPSHOT_DIR = resolve(dirname(fileURLToPath(import.meta.url)), '..', 'snapshots');

function snapshotPath(name: string): string {
  return resolve(SNAPSHOT_DIR, `${name}.json`);
}

/** The parsed value of `source` recorded at build time, or undefined when absent or stale. */
export function readSnapshot<T>(name: string, source: string): T | undefined {
  let stored: { source?: string; value?: T };
  try {
    stored = JSON.parse(readFileSync(snapshotPath(name), 'utf8')) as { source?: string; value?: T };
  } catch {
    return undefined;
  }
  return stored.source === sha256(readFileSync(source)) ? stored.value : undefined;
}

/** Records `value` as the parsed form of `source` (build step only). Values must survive JSON. */
export function writeSnapshot(name: string, source: string, value: unknown): void {
  mkdirSync(SNAPSHOT_DIR, { recursive: true });
  writeFileSync(snapshotPath(name), JSON.stringify({ source: sha256(readFileSync(source)), value }));
}
