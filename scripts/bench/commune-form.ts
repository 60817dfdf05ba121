import type { Period } from '../../src/periods/period.js';
import type { FormInputCell } from '../../src/forms/spec.js';
import { formTemplateBytes } from '../../src/templates/form-template.js';
import { syntheticFormValues } from '../lib/synthetic.js';
import { submitterOf } from './dataset-plan.js';

/** A commune's filled form, from the real template: the same code always gives the same bytes. */
export function communeForm(code: string, period: Period, cells: readonly FormInputCell[]): Promise<Uint8Array> {
  return formTemplateBytes(submitterOf(code), period, syntheticFormValues(code, cells, period));
}
