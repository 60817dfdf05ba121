import { basename } from 'node:path';
import { tryParsePeriod } from '../periods/period.js';

/**
 * tk13's file names: `<unit code>_<period>_<kind>…`, as `tk13 template` names a form
 * (`30733_2024-H1_form.xlsx`, `30733_2024-H1_form_v2.xlsx`) and as the register reader takes a
 * register's identity from its name (`899_2024_abuse-cases.csv`, registers/identity.ts).
 */
const CONVENTIONAL_NAME = /^\d{2,5}_(\d{4}(?:-h1)?)_[a-z]/i;

/**
 * The period (`2024-H1`, `2024`) a file's name tells, or undefined when the name does not follow
 * tk13's convention: such a file's period is known only by reading it.
 */
export function periodFromFileName(path: string): string | undefined {
  const match = CONVENTIONAL_NAME.exec(basename(path));
  return match ? tryParsePeriod(match[1])?.id : undefined;
}
