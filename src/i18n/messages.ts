import type { Diagnostic } from '../core/diagnostics.js';
import { printable } from '../core/printable.js';
import { describeFormItem } from '../forms/item-label.js';
import type { Catalog, Lang, MessageText } from './catalog-types.js';
import { generalMessages } from './catalog/general.js';
import { indicatorMessages } from './catalog/indicators.js';
import { environmentMessages } from './catalog/environment.js';
import { deadlinesMessages } from './catalog/deadlines.js';
import { formMessages } from './catalog/forms.js';
import { registerMessages } from './catalog/registers.js';
import { reliabilityMessages } from './catalog/reliability.js';
import { reportMessages } from './catalog/reports.js';
import { submissionMessages } from './catalog/submissions.js';

export type { Lang } from './catalog-types.js';

/** Every catalogue, merged. A code must appear in exactly one of them. */
export const catalog: Catalog = {
  ...generalMessages,
  ...indicatorMessages,
  ...deadlinesMessages,
  ...environmentMessages,
  ...formMessages,
  ...registerMessages,
  ...reliabilityMessages,
  ...reportMessages,
  ...submissionMessages,
};

const PLACEHOLDER = /\{(\w+)\}/g;

function interpolate(template: string, values: Record<string, unknown>): string {
  return template.replace(PLACEHOLDER, (whole, name: string) => {
    const value = values[name];
    // Values come from input (file, sheet and cell text): shown, never acted on by the terminal.
    return value === undefined || value === null ? whole : printable(String(value));
  });
}

export function messageText(code: string, lang: Lang): MessageText | undefined {
  return catalog[code]?.[lang];
}

type Interpolatable = Partial<Diagnostic> & { params?: Record<string, string | number> };

/** The message and hint for a code, with placeholders filled in. Unknown codes fall back to the code itself. */
export function renderMessage(code: string, values: Interpolatable, lang: Lang): { message: string; hint?: string } {
  const text = messageText(code, lang);
  const flat: Record<string, unknown> = {
    ...values,
    ...(values.item ? { item: describeFormItem(values.item, lang) } : {}),
    ...(values.params ?? {}),
  };
  if (!text) return { message: code };
  return {
    message: interpolate(text.message, flat),
    ...(text.hint ? { hint: interpolate(text.hint, flat) } : {}),
  };
}
