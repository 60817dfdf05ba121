import type { Period } from '../../src/periods/period.js';
import type { FormInputCell } from '../../src/submissions/form-spec.js';
import { formTemplateBytes } from '../../src/submissions/form-writer.js';
import { syntheticFormValues } from '../lib/synthetic.js';
import { submitterOf } from './dataset-plan.js';

/** A commune's filled form, from the real template: the same code always gives the same bytes. */
export function communeForm(code: string, period: Period, cells: readonly FormInputCell[]): Promise<Uint8Array> {
  return formTemplateBytes(submitterOf(code), period, syntheticFormValues(code, cells));
}
