/**
 * Builds filled forms from the real template for tests: a valid sample filling, the workbook as a
 * person would open it, and the reader called the way `validate` calls it.
 */
import ExcelJS, { type Workbook } from 'exceljs';
import { parsePeriod } from '../../../src/periods/period.js';
import { readForm } from '../../../src/forms/read-form.js';
import { type FormSpec, formSpec, inputCellsFor, valueKey } from '../../../src/forms/spec.js';
import { type FormValues, formTemplateBytes } from '../../../src/templates/form-template.js';
import type { ParsedSubmission, SubmissionContext, SubmittingUnit } from '../../../src/submissions/types.js';

/** Phường Vĩnh Thanh, Thành phố Rạch Giá, Kiên Giang (pre-July-2025 list). */
export const COMMUNE_2024: SubmittingUnit = { code: '30733', name: 'Phường Vĩnh Thanh', level: 'commune', list: '2024', provinceCode: '91' };
/** Thành phố Rạch Giá, a district holding its own totals before July 2025. */
export const DISTRICT_2024: SubmittingUnit = { code: '899', name: 'Thành phố Rạch Giá', level: 'district', list: '2024', provinceCode: '91' };
/** Phường Rạch Giá, the commune 30733 went into on 1 July 2025. */
export const COMMUNE_2025: SubmittingUnit = { code: '30742', name: 'Phường Rạch Giá', level: 'commune', list: '2025', provinceCode: '91' };

export const CONTEXT: SubmissionContext = { receivedAt: new Date('2024-05-15T03:00:00Z'), pseudonymKey: 'test-key' };

/** Items 8–14 (form version 2), each within the item it is part of. */
const LATER_ITEMS: Record<string, number> = {
  live_births: 21, deaths_neonatal: 1, deaths_under_1: 2, deaths_under_5: 4, children_3_36_months: 64, enrolled_nursery: 31,
  children_3_5: 70, enrolled_kindergarten: 66, villages: 9, villages_with_facilities: 5,
};

/** A plausible filling that breaks no rule: every value distinct enough to catch a cell read from the wrong place. */
export function sampleValues(spec: FormSpec = formSpec()): Map<string, number> {
  const values = new Map<string, number>();
  const population: Record<string, [number, number]> = { '0-5': [121, 117], '6-10': [133, 128], '11-15': [142, 139] };
  spec.inputCells.forEach((cell, index) => {
    const female = cell.sex === 'female' ? 1 : 0;
    const categoryIndex = cell.category ? Object.keys(spec.dimensions.category).indexOf(cell.category) : 0;
    let value: number;
    if (cell.item === 'population') value = population[cell.ageGroup!][female];
    else if (cell.item === 'population_7_15') value = 221 + female * 3;
    else if (cell.item === 'special_circumstances') value = 3 + categoryIndex + female * 2;
    else if (cell.item === 'special_supported') value = 1 + categoryIndex + female;
    else if (cell.item === 'consulted_7_15') value = 57 + female * 5;
    else if (cell.item in LATER_ITEMS) value = LATER_ITEMS[cell.item] + female * 2;
    else value = index % 2;
    values.set(valueKey(cell.item, cell.disaggregation), value);
  });
  return values;
}

export async function formBytes(options: { unit?: SubmittingUnit; period?: string; values?: FormValues; spec?: FormSpec } = {}): Promise<Uint8Array> {
  return formTemplateBytes(options.unit ?? COMMUNE_2024, parsePeriod(options.period ?? '2024-H1'), options.values ?? sampleValues(), options.spec);
}

/** Opens bytes the way a person opens the file in Excel, to edit it. */
export async function openWorkbook(bytes: Uint8Array): Promise<Workbook> {
  const workbook = new ExcelJS.Workbook();
  await workbook.xlsx.load(Buffer.from(bytes) as unknown as ArrayBuffer);
  return workbook;
}

export async function saveWorkbook(workbook: Workbook): Promise<Uint8Array> {
  return new Uint8Array(await workbook.xlsx.writeBuffer());
}

export function dataSheet(workbook: Workbook) {
  const sheet = workbook.worksheets.find((s) => s.name !== '_meta');
  if (!sheet) throw new Error('no data sheet');
  return sheet;
}

/** Opens, lets `edit` change the workbook, saves: a person's round trip through Excel. */
export async function editForm(bytes: Uint8Array, edit: (workbook: Workbook) => void | Promise<void>): Promise<Uint8Array> {
  const workbook = await openWorkbook(bytes);
  await edit(workbook);
  return saveWorkbook(workbook);
}

export function readBytes(bytes: Uint8Array, context: Partial<SubmissionContext> = {}, spec?: FormSpec): Promise<ParsedSubmission> {
  return readForm('form.xlsx', bytes, { ...CONTEXT, ...context }, spec);
}

/** A diagnostic reduced to what the scenario files pin down. */
export function problemOf(d: ParsedSubmission['diagnostics'][number]) {
  return {
    code: d.code,
    severity: d.severity,
    sheet: d.sheet ?? null,
    cell: d.cell ?? null,
    item: d.item ?? null,
    found: d.found ?? null,
    expected: d.expected ?? null,
  };
}

/** Where the template writes each input: key `${item}|${disaggregation}` → A1 address. */
export function templateAddresses(spec: FormSpec = formSpec(), periodType: 'half-year' | 'annual' = 'half-year'): Map<string, string> {
  // Mirrors the writer's row order: headings take a row before their item's rows, table body starts at row 13.
  // An item the period does not ask for keeps its rows, with no input cell.
  const addresses = new Map<string, string>();
  const asked = inputCellsFor(spec, periodType);
  let row = 13;
  for (const item of spec.items) {
    if (item.heading) row++;
    for (const formRow of item.rows) {
      for (const cell of asked.filter((c) => c.item === item.id && c.rowCode === formRow.code)) {
        addresses.set(valueKey(cell.item, cell.disaggregation), `${{ total: 'D', male: 'E', female: 'F' }[cell.column]}${row}`);
      }
      row++;
    }
  }
  return addresses;
}
