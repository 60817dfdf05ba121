import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { parseInstant } from '../periods/vietnam-time.js';
import { type Manifest, readManifest } from './manifest.js';

export interface ReceiptSources {
  receivedAt?: string;
  manifest?: string;
  /** Folders given on the command line: a `manifest.csv` inside one is used when no source is named. */
  folders?: readonly string[];
}

/**
 * Receipt time of each file (PRODUCT §5): `--received-at`, else the manifest, else the moment of
 * ingest — never the file's modification time.
 */
export function receiptClock(sources: ReceiptSources, now: Date): (path: string) => Date {
  if (sources.receivedAt) {
    const fixed = parseInstant(sources.receivedAt);
    return () => fixed;
  }
  const manifestPath = sources.manifest ?? sources.folders?.map((dir) => join(dir, 'manifest.csv')).find((p) => existsSync(p));
  const manifest: Manifest | undefined = manifestPath ? readManifest(manifestPath) : undefined;
  return (path) => manifest?.receivedAt(path) ?? now;
}
