import { copyFileSync, existsSync } from 'node:fs';
import { keyFileOf } from '../../src/store/pseudonym-key.js';

/** Copies a database file together with its pseudonym key file (src/store/pseudonym-key.ts), as a backup must. */
export function copyDatabase(from: string, to: string): void {
  copyFileSync(from, to);
  if (existsSync(keyFileOf(from))) copyFileSync(keyFileOf(from), keyFileOf(to));
}
