import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { packageRoot } from '../core/paths.js';

let cached: string | undefined;

/** The tk13 version from package.json, recorded in every report's provenance. */
export function toolVersion(): string {
  cached ??= (JSON.parse(readFileSync(resolve(packageRoot, 'package.json'), 'utf8')) as { version: string }).version;
  return cached;
}
