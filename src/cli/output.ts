import type { Diagnostic } from '../core/diagnostics.js';
import { printable } from '../core/printable.js';
import { type Lang, renderMessage, shownFound } from '../i18n/messages.js';
// Registers how messages name form inputs (i18n imports no area).
import '../forms/item-label.js';
import '../sector-forms/item-label.js';
import { pick } from '../i18n/pick.js';

/**
 * Where commands write. Human text goes to stdout line by line; with --json a command writes
 * exactly one JSON document to stdout and nothing else. Progress and notes go to stderr.
 */
export interface Output {
  lang: Lang;
  json: boolean;
  line(text?: string): void;
  note(text: string): void;
  document(value: unknown): void;
}

export function consoleOutput(lang: Lang, json: boolean): Output {
  return {
    lang,
    json,
    // Last line of defence: whatever reaches the terminal carries no escape sequence (printable).
    line(text = '') {
      if (!json) process.stdout.write(`${printable(text, { keepNewlines: true })}\n`);
    },
    note(text) {
      process.stderr.write(`${printable(text, { keepNewlines: true })}\n`);
    },
    document(value) {
      process.stdout.write(`${JSON.stringify(value, null, 2)}\n`);
    },
  };
}

/** Picks the Vietnamese or English variant of a short UI string. */
export const t = pick;

/** `file › sheet › cell` or `file › dòng 2 › column`, whatever the diagnostic knows. */
export function location(d: Diagnostic, lang: Lang = 'vi'): string {
  const parts: string[] = [];
  if (d.file) parts.push(printable(d.file));
  if (d.line !== undefined) parts.push(t(lang, `dòng ${d.line}`, `line ${d.line}`));
  if (d.sheet) parts.push(printable(d.sheet));
  if (d.cell) parts.push(printable(d.cell));
  if (d.column && !d.cell) parts.push(printable(d.column));
  return parts.join(' › ');
}

/** One diagnostic as JSON (PRODUCT §2 / issue 3 shape), message in the chosen language. */
export function diagnosticJson(d: Diagnostic, lang: Lang) {
  const { message, hint } = renderMessage(d.code, d, lang);
  return {
    code: d.code,
    severity: d.severity,
    sheet: d.sheet ?? null,
    cell: d.cell ?? null,
    line: d.line ?? null,
    column: d.column ?? null,
    item: d.item ?? null,
    unit: d.unit ?? null,
    message,
    hint: hint ?? null,
    found: shownFound(d, lang) ?? null,
    expected: d.expected ?? null,
  };
}

/** Two lines a diagnostic: where and what, then how to fix. */
export function diagnosticLines(d: Diagnostic, lang: Lang): string[] {
  const { message, hint } = renderMessage(d.code, d, lang);
  const label =
    d.severity === 'error' ? t(lang, 'LỖI', 'ERROR') : d.severity === 'warning' ? t(lang, 'CẢNH BÁO', 'WARNING') : t(lang, 'GHI CHÚ', 'NOTE');
  const where = location(d, lang);
  const detail: string[] = [];
  const found = shownFound(d, lang);
  if (found !== undefined) detail.push(`${t(lang, 'thấy', 'found')} "${printable(String(found))}"`);
  if (d.expected !== undefined) detail.push(`${t(lang, 'cần', 'expected')} ${printable(String(d.expected))}`);
  const lines = [`${label} ${where ? `${where} ` : ''}[${d.code}] ${message}${detail.length ? ` (${detail.join('; ')})` : ''}`];
  if (hint) lines.push(`    → ${hint}`);
  return lines;
}
