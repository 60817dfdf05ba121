import { renderMessage } from '../../src/i18n/messages.js';
import { describe, expect, it } from 'vitest';
import { ERROR_FILL, PROBLEMS_SHEET, WARNING_FILL, annotateWorkbook } from '../../src/submissions/annotate.js';
import { readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { readSubmissionBytes } from '../../src/submissions/read-submission.js';
import { CONTEXT, dataSheet, formBytes, openWorkbook, readBytes, sampleValues } from './helpers/forms.js';

/** `validate --annotate`: a copy of the workbook the clerk can fix from. */
async function annotatedForm(lang: 'vi' | 'en' = 'vi') {
  const values = new Map<string, number | string | null>(sampleValues());
  values.set('population|age_group=0-5;sex=male', -2);
  values.set('special_circumstances|category=a;sex=male', null);
  const bytes = await formBytes({ values });
  const parsed = await readBytes(bytes, { period: '2024' });
  return { parsed, workbook: await openWorkbook(await annotateWorkbook(bytes, parsed.diagnostics, lang)) };
}

describe('annotated copy of a form', () => {
  it('fills the bad cell red and the doubtful one amber, each with a comment saying what and how to fix', async () => {
    const { workbook } = await annotatedForm();
    const sheet = dataSheet(workbook);
    expect(sheet.getCell('E14').fill).toEqual(ERROR_FILL);
    expect(sheet.getCell('E19').fill).toEqual(WARNING_FILL);
    const note = JSON.stringify(sheet.getCell('E14').note);
    expect(note).toContain('Số trẻ em dưới 16 tuổi – Dưới 6 tuổi – Nam\\" (mã số 02)');
    expect(note).toContain('số âm');
    expect(note).toContain('ghi 0');
    expect(sheet.getCell('E15').note).toBeUndefined();
    // exceljs shares style objects between cells of a loaded workbook: a careless fill would colour them all.
    expect(sheet.getCell('E15').fill).not.toEqual(ERROR_FILL);
    expect(sheet.getCell('E15').fill).not.toEqual(WARNING_FILL);
  });

  it('lists every problem on a "Lỗi" sheet, including those that belong to no cell of the data sheet', async () => {
    const { parsed, workbook } = await annotatedForm();
    const list = workbook.getWorksheet(PROBLEMS_SHEET)!;
    expect(list.getRow(1).values).toEqual([undefined, 'STT', 'Trang tính', 'Ô', 'Mức độ', 'Dòng › cột', 'Nội dung', 'Giá trị thấy', 'Giá trị cần', 'Cách sửa']);
    expect(list.rowCount).toBe(parsed.diagnostics.length + 1);
    expect(parsed.diagnostics.map((d) => d.code)).toEqual(['form-period-not-expected', 'form-count-negative', 'form-value-blank']);
    const messages = Array.from({ length: parsed.diagnostics.length }, (_, i) => list.getCell(`F${i + 2}`).value);
    expect(messages).toEqual(parsed.diagnostics.map((d) => renderMessage(d.code, d, 'vi').message));
    // The clerk reads words: no internal code anywhere on the sheet.
    list.eachRow((row) => row.eachCell((cell) => expect(String(cell.value)).not.toMatch(/\bform-[a-z-]+/)));
    expect(list.getCell('C3').value).toMatchObject({ text: 'E14', hyperlink: "#'Biểu số 01'!E14" });
    expect(list.getCell('G3').value).toBe('-2');
  });

  it('speaks English with --lang en', async () => {
    const { workbook } = await annotatedForm('en');
    expect(workbook.getWorksheet(PROBLEMS_SHEET)!.getCell('F3').value).toContain('negative');
  });

  it('annotates again a copy re-saved with openpyxl\'s comment layout, keeping the notes where they belong', async () => {
    const dir = resolve(import.meta.dirname, '..', '..', 'fixtures', 'submissions', 'forms', 'openpyxl-annotated-copy');
    const bytes = new Uint8Array(readFileSync(join(dir, '30733_2024-H1_form.xlsx')));
    const parsed = await readSubmissionBytes('30733_2024-H1_form.xlsx', bytes, CONTEXT);
    const workbook = await openWorkbook(await annotateWorkbook(bytes, parsed.diagnostics, 'vi'));
    const sheet = dataSheet(workbook);
    expect(sheet.getCell('F20').fill).toEqual(WARNING_FILL);
    expect(JSON.stringify(sheet.getCell('E48').note)).toContain('lớn hơn');
    expect(workbook.getWorksheet(PROBLEMS_SHEET)!.rowCount).toBe(parsed.diagnostics.length + 1);
  });

  it('refuses, with a code and no JavaScript error, a workbook it cannot read or that breaks a limit', async () => {
    await expect(annotateWorkbook(new TextEncoder().encode('PK\u0003\u0004 not really'), [], 'vi')).rejects.toMatchObject({ code: 'file-corrupt-zip' });
  });
});
