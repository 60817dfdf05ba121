import type { Diagnostic } from '../core/diagnostics.js';
import { formDiagnostic } from './codes.js';
import type { FormRuleSpec, FormSpec } from './spec.js';
import { itemRef } from './spec.js';
import type { ReadValue } from './values.js';

/**
 * The consistency rules of the form template (a sub-total never exceeds its total), checked for
 * every combination of the rule's `match` dimensions. A combination with a blank or invalid value
 * is skipped: that cell already has its own diagnostic, and one mistake should be reported once.
 */

function matches(candidate: ReadValue, left: ReadValue, rule: FormRuleSpec, where: Readonly<Record<string, string>>): boolean {
  const dims = candidate.input.dims;
  return rule.match.every((dim) => dims[dim] === left.input.dims[dim]) && Object.entries(where).every(([dim, value]) => dims[dim] === value);
}

function checkRule(rule: FormRuleSpec, values: readonly ReadValue[], sheet: string, file: string): Diagnostic[] {
  const diagnostics: Diagnostic[] = [];
  for (const left of values.filter((v) => v.input.item === rule.item)) {
    if (left.value.value === null) continue;
    const perTerm = rule.at_most.map((term) => values.filter((v) => v.input.item === term.item && matches(v, left, rule, term.where)));
    const terms = perTerm.flat();
    if (perTerm.some((found) => found.length === 0) || terms.some((t) => t.value.value === null)) continue;
    const total = terms.reduce((sum, t) => sum + (t.value.value ?? 0), 0);
    if (left.value.value <= total) continue;
    diagnostics.push(
      formDiagnostic('form-subtotal-exceeds-total', file, {
        sheet,
        cell: left.value.cell,
        item: itemRef(left.input.item, left.input.disaggregation),
        found: String(left.value.value),
        expected: `≤ ${total}`,
        params: {
          rule: rule.id,
          total,
          total_item: terms.map((t) => itemRef(t.input.item, t.input.disaggregation)).join(' + '),
          total_cells: terms.map((t) => t.value.cell).join(' + '),
        },
      }),
    );
  }
  return diagnostics;
}

export function checkFormRules(spec: FormSpec, values: readonly ReadValue[], sheet: string, file: string): Diagnostic[] {
  return spec.rules.flatMap((rule) => checkRule(rule, values, sheet, file));
}
