import { dirname, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

/** The package root, whether running from `src/` (tests, tsx) or compiled `dist/`. */
export const packageRoot = resolve(dirname(fileURLToPath(import.meta.url)), '..', '..');

export const dataDir = resolve(packageRoot, 'data');
export const indicatorsDir = resolve(packageRoot, 'indicators');
export const templatesDir = resolve(packageRoot, 'templates');
export const calendarDir = resolve(packageRoot, 'calendar');
