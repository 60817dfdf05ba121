import ExcelJS from 'exceljs';
import iconv from 'iconv-lite';
import type { Diagnostic } from '../../src/core/diagnostics.js';
import { registerTemplateBytes } from '../../src/templates/register-template.js';
import type { RegisterKind, SubmissionContext } from '../../src/submissions/types.js';

export const KEY = 'test-key';

export function context(overrides: Partial<SubmissionContext> = {}): SubmissionContext {
  return { receivedAt: new Date('2024-05-20T10:00:00+07:00'), pseudonymKey: KEY, ...overrides };
}

/** The fields a scenario's expected.json pins down for each problem. */
export function problemsOf(diagnostics: readonly Diagnostic[]) {
  return diagnostics.map((d) => ({
    code: d.code,
    severity: d.severity,
    ...(d.sheet !== undefined ? { sheet: d.sheet } : {}),
    ...(d.cell !== undefined ? { cell: d.cell } : {}),
    ...(d.line !== undefined ? { line: d.line } : {}),
    ...(d.column !== undefined ? { column: d.column } : {}),
    ...(d.found !== undefined ? { found: d.found } : {}),
    ...(d.expected !== undefined ? { expected: d.expected } : {}),
  }));
}

function encodable1258(text: string): number[] | undefined {
  const bytes = iconv.encode(text, 'windows1258');
  return iconv.decode(bytes, 'windows1258') === text ? [...bytes] : undefined;
}

/**
 * Encodes text the way Vietnamese Windows saves CP1258: a letter the code page lacks is written as
 * the nearest precomposed letter it has plus a combining tone mark (ễ = ê + U+0303, ặ = ă + U+0323).
 */
export function encodeWindows1258(text: string): Uint8Array {
  const out: number[] = [];
  for (const char of text.normalize('NFC')) {
    const direct = encodable1258(char);
    if (direct) {
      out.push(...direct);
      continue;
    }
    const [base, ...marks] = [...char.normalize('NFD')];
    const split = marks
      .map((tone) => ({ head: encodable1258([base, ...marks.filter((m) => m !== tone)].join('').normalize('NFC')), tail: encodable1258(tone) }))
      .find((s) => s.head && s.tail && s.head.length === 1);
    if (!split?.head || !split.tail) throw new Error(`cannot encode ${char} in Windows-1258`);
    out.push(...split.head, ...split.tail);
  }
  return Uint8Array.from(out);
}

export function utf16(text: string, endian: 'le' | 'be', bom = true): Uint8Array {
  const le = Buffer.from(`${bom ? '\uFEFF' : ''}${text}`, 'utf16le');
  if (endian === 'le') return le;
  const be = Buffer.alloc(le.length);
  for (let i = 0; i < le.length; i += 2) {
    be[i] = le[i + 1];
    be[i + 1] = le[i];
  }
  return be;
}

/** A value to put in a template cell: text, a number, or `{ date: 'yyyy-mm-dd' }` for a real Excel date. */
export type TemplateCell = string | number | null | { date: string };

export interface XlsxRecipe {
  kind: RegisterKind;
  meta?: Record<string, string | number>;
  /** Replaces the template's header row. */
  header?: string[];
  rows: TemplateCell[][];
  /** Rows inserted above the header (titles people add). */
  titleRows?: string[];
  /** Renames the register sheet. */
  sheetName?: string;
  /** Adds this many extra header columns after the template's ("extra 1", "extra 2", …). */
  extraColumns?: number;
}

/** Fills the real xlsx template the way a person would, and returns the workbook's bytes. */
export async function filledTemplate(recipe: XlsxRecipe): Promise<Uint8Array> {
  const workbook = new ExcelJS.Workbook();
  await workbook.xlsx.load(Buffer.from(await registerTemplateBytes(recipe.kind, 'xlsx')) as unknown as ArrayBuffer);
  const sheet = workbook.worksheets[0];
  if (recipe.sheetName) sheet.name = recipe.sheetName;
  if (recipe.header) recipe.header.forEach((text, index) => (sheet.getCell(1, index + 1).value = text));
  const width = sheet.actualColumnCount;
  for (let extra = 1; extra <= (recipe.extraColumns ?? 0); extra++) sheet.getCell(1, width + extra).value = `extra ${extra}`;
  recipe.rows.forEach((row, r) =>
    row.forEach((value, c) => {
      sheet.getCell(r + 2, c + 1).value = value !== null && typeof value === 'object' ? new Date(`${value.date}T00:00:00Z`) : value;
    }),
  );
  if (recipe.titleRows) sheet.spliceRows(1, 0, ...recipe.titleRows.map((t) => [t]));
  const meta = workbook.getWorksheet('_meta');
  for (const [key, value] of Object.entries(recipe.meta ?? {})) {
    meta?.eachRow((row) => {
      if (row.getCell(1).value === key) row.getCell(2).value = value;
    });
  }
  return new Uint8Array(await workbook.xlsx.writeBuffer());
}
