import { existsSync } from 'node:fs';
import type { Diagnostic } from '../core/diagnostics.js';
import { join } from 'node:path';
import { parseInstant } from '../periods/vietnam-time.js';
import { type Manifest, readManifest } from './manifest.js';

export interface ReceiptSources {
  receivedAt?: string;
  manifest?: string;
  /** Folders given on the command line: a `manifest.csv` inside one is used when no source is named. */
  folders?: readonly string[];
}

/** The receipt time of a file, and the warnings about how the manifest giving it was read. */
export type ReceiptClock = ((path: string) => Date) & { diagnostics: readonly Diagnostic[] };

/**
 * Receipt time of each file (PRODUCT §5): `--received-at`, else the manifest, else the moment of
 * ingest — never the file's modification time.
 */
export function receiptClock(sources: ReceiptSources, now: Date): ReceiptClock {
  if (sources.receivedAt) {
    const fixed = parseInstant(sources.receivedAt);
    return Object.assign(() => fixed, { diagnostics: [] });
  }
  const manifestPath = sources.manifest ?? sources.folders?.map((dir) => join(dir, 'manifest.csv')).find((p) => existsSync(p));
  const manifest: Manifest | undefined = manifestPath ? readManifest(manifestPath) : undefined;
  return Object.assign((path: string) => manifest?.receivedAt(path) ?? now, { diagnostics: manifest?.diagnostics ?? [] });
}
