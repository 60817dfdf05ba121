import type { Diagnostic } from '../core/diagnostics.js';
import { type IdentityKind, maskedFoundKind } from '../core/personal-data.js';
import { printable } from '../core/printable.js';
import type { Catalog, Lang, MessageText } from './catalog-types.js';
import { cliMessages } from './catalog/cli.js';
import { describeItem } from './item-labels.js';
import { generalMessages } from './catalog/general.js';
import { indicatorMessages } from './catalog/indicators.js';
import { environmentMessages } from './catalog/environment.js';
import { deadlinesMessages } from './catalog/deadlines.js';
import { formMessages } from './catalog/forms.js';
import { privacyMessages } from './catalog/privacy.js';
import { registerMessages } from './catalog/registers.js';
import { reliabilityMessages } from './catalog/reliability.js';
import { reportMessages } from './catalog/reports.js';
import { sectorFormMessages } from './catalog/sector-forms.js';
import { submissionMessages } from './catalog/submissions.js';

export type { Lang } from './catalog-types.js';

/** Every catalogue, merged. A code must appear in exactly one of them. */
export const catalog: Catalog = {
  ...generalMessages,
  ...cliMessages,
  ...indicatorMessages,
  ...deadlinesMessages,
  ...environmentMessages,
  ...formMessages,
  ...privacyMessages,
  ...registerMessages,
  ...reliabilityMessages,
  ...reportMessages,
  ...sectorFormMessages,
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

const IDENTITY_SHOWN: Record<IdentityKind, Record<Lang, string>> = {
  'person-name': { vi: 'một họ tên (đã ẩn)', en: "a person's name (hidden)" },
  'id-number': { vi: 'một số CCCD/CMND (đã ẩn)', en: 'a citizen/ID card number (hidden)' },
  phone: { vi: 'một số điện thoại (đã ẩn)', en: 'a phone number (hidden)' },
};

/**
 * The found value as it may be shown: a value that identifies a person (src/core/personal-data.ts)
 * is replaced by what kind of value it is ("một họ tên (đã ẩn)"). Every place that shows a found
 * value — messages, the `found` of --json, annotated copies, the report's checks sheet — takes it
 * from here.
 */
export function shownFound(values: Interpolatable, lang: Lang): string | undefined {
  const kind = maskedFoundKind(values);
  return kind ? IDENTITY_SHOWN[kind][lang] : values.found;
}

/** The message and hint for a code, with placeholders filled in. Unknown codes fall back to the code itself. */
export function renderMessage(code: string, values: Interpolatable, lang: Lang): { message: string; hint?: string } {
  const text = messageText(code, lang);
  const flat: Record<string, unknown> = {
    ...values,
    ...(values.item ? { item: describeItem(values.item, lang) } : {}),
    ...(values.params ?? {}),
  };
  const found = shownFound(values, lang);
  if (found !== undefined) flat.found = found;
  if (!text) return { message: code };
  return {
    message: interpolate(text.message, flat),
    ...(text.hint ? { hint: interpolate(text.hint, flat) } : {}),
  };
}
