import { readFileSync } from 'node:fs';
import { basename, dirname, resolve } from 'node:path';
import { parse } from 'csv-parse/sync';
import { Tk13Error, UsageError } from '../core/errors.js';
import { parseInstant } from '../periods/vietnam-time.js';

/**
 * A manifest CSV `file,received_at` gives each file's receipt time (PRODUCT §5). File paths are
 * relative to the manifest's folder; a bare file name also matches that file anywhere in the batch.
 */
export interface Manifest {
  receivedAt(path: string): Date | undefined;
}

export function readManifest(manifestPath: string): Manifest {
  let rows: Record<string, string>[];
  try {
    rows = parse(readFileSync(manifestPath, 'utf8'), { columns: true, bom: true, skip_empty_lines: true, trim: true });
  } catch (error) {
    throw new Tk13Error('manifest-invalid', { file: manifestPath, line: 1, detail: error instanceof Error ? error.message : String(error) });
  }
  const base = dirname(manifestPath);
  const byPath = new Map<string, Date>();
  const byName = new Map<string, Date>();
  rows.forEach((row, index) => {
    const line = index + 2;
    if (!row.file || !row.received_at) {
      throw new Tk13Error('manifest-invalid', { file: manifestPath, line, detail: 'file,received_at' });
    }
    let when: Date;
    try {
      when = parseInstant(row.received_at);
    } catch (error) {
      if (error instanceof UsageError) throw new Tk13Error('manifest-invalid', { file: manifestPath, line, detail: row.received_at });
      throw error;
    }
    byPath.set(resolve(base, row.file), when);
    byName.set(basename(row.file), when);
  });
  return {
    receivedAt: (path) => byPath.get(resolve(path)) ?? byName.get(basename(path)),
  };
}
