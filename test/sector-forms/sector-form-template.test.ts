import { strFromU8, unzipSync } from 'fflate';
import { describe, expect, it } from 'vitest';
import { UsageError } from '../../src/core/errors.js';
import { parsePeriod } from '../../src/periods/period.js';
import { sectorFormSpec, sectorValueKey } from '../../src/sector-forms/spec.js';
import { sectorFormTemplateBytes } from '../../src/templates/sector-form-template.js';
import type { Worksheet } from 'exceljs';
import { dataSheet, openWorkbook } from '../forms/helpers/forms.js';
import { sampleSectorValues, sectorFormBytes } from './helpers/sector-forms.js';

/** exceljs keeps a sheet's protection on the sheet without declaring it in its types. */
const protectionOf = (sheet: Worksheet) => (sheet as Worksheet & { sheetProtection?: unknown }).sheetProtection;

/** The blank form a department clerk prints and fills (issue 15). */
describe('the sector form template', () => {
  it('has the official header: form number beside the motto, title, period with its data window, department, province, receiver', async () => {
    const sheet = dataSheet(await openWorkbook(await sectorFormBytes({ values: new Map() })));
    expect(sheet.name).toBe('Biểu số 02');
    expect(sheet.getCell('A1').value).toBe('Biểu số 02/TK13');
    expect(sheet.getCell('E1').value).toBe('CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM');
    expect(sheet.getCell('E2').value).toBe('Độc lập - Tự do - Hạnh phúc');
    expect(sheet.getCell('A4').value).toBe('SỐ LIỆU THỐNG KÊ VỀ TRẺ EM DO SỞ, NGÀNH CUNG CẤP');
    expect(sheet.getCell('A5').value).toBe('Kỳ báo cáo: 6 tháng đầu năm 2024 (số liệu từ ngày 15/11/2023 đến ngày 14/05/2024)');
    expect(sheet.getCell('A7').value).toBe('Đơn vị báo cáo: Sở Giáo dục và Đào tạo');
    expect(sheet.getCell('A8').value).toBe('Tỉnh, thành phố: Tỉnh Kiên Giang (mã 91)');
    expect(sheet.getCell('A9').value).toBe('Đơn vị nhận báo cáo: Ủy ban nhân dân Tỉnh Kiên Giang');
  });

  it('on the 2024 list: Toàn tỉnh, then the 143 communes of Kiên Giang under their district, with a row of codes as text', async () => {
    const sheet = dataSheet(await openWorkbook(await sectorFormBytes({ values: new Map() })));
    expect(['A11', 'B11', 'C11', 'D11', 'E11'].map((a) => sheet.getCell(a).value)).toEqual(['STT', 'Nội dung', 'Mã số', 'Đơn vị tính', 'Toàn tỉnh']);
    expect([sheet.getCell('F11').value, sheet.getCell('F12').value, sheet.getCell('F13').value, sheet.getCell('E13').value]).toEqual(['Thành phố Rạch Giá', 'Phường Vĩnh Thanh', '30733', '91']);
    expect(sheet.getCell('A13').value).toBe('Mã đơn vị hành chính');
    const codes: string[] = [];
    sheet.getRow(13).eachCell((cell, column) => column > 5 && codes.push(String(cell.value)));
    expect(codes).toHaveLength(143);
    expect(new Set(codes).size).toBe(143);
    // The second printed page starts at column O, amid Rạch Giá's communes: the district is named again above it.
    expect(sheet.getCell('O11').value).toBe('Thành phố Rạch Giá');
  });

  it('on the 2025 list: the 102 communes of An Giang under one heading, no districts', async () => {
    const sheet = dataSheet(await openWorkbook(await sectorFormBytes({ period: '2025', values: new Map() })));
    expect(sheet.getCell('A8').value).toBe('Tỉnh, thành phố: Tỉnh An Giang (mã 91)');
    expect(sheet.getCell('F11').value).toBe('Chia theo xã, phường, đặc khu');
    expect(sheet.getRow(13).cellCount).toBe(5 + 102);
  });

  it('shows only the items due for the period: the statistics office reports once a year, on the province column only', async () => {
    const sheet = dataSheet(await openWorkbook(await sectorFormBytes({ sector: 'statistics', period: '2024' })));
    expect(['A14', 'B14', 'C14', 'D14', 'E14'].map((a) => sheet.getCell(a).value)).toEqual(['1', 'Dân số trung bình của tỉnh trong năm', '03', 'người', 1_751_000]);
    expect(sheet.getCell('F13').value).toBeNull();
    expect(sheet.getCell('A15').value).not.toBe('2');
    await expect(sectorFormTemplateBytes('statistics', parsePeriod('2024-H1'), '91')).rejects.toThrow(UsageError);
    await expect(sectorFormTemplateBytes('statistics', parsePeriod('2024-H1'), '91')).rejects.toMatchObject({ code: 'sector-not-due', params: { periods: '2024' } });
  });

  it('a commune item sums its communes in Toàn tỉnh (cached when filled, blank-looking when not); a province item greys its commune cells', async () => {
    const filled = dataSheet(await openWorkbook(await sectorFormBytes()));
    expect(filled.getCell('E14').value).toEqual({ formula: 'IF(COUNT(F14:ER14)=0,"",SUM(F14:ER14))', result: 24596 });
    const blank = dataSheet(await openWorkbook(await sectorFormBytes({ values: new Map() })));
    expect(blank.getCell('E14').value).toEqual({ formula: 'IF(COUNT(F14:ER14)=0,"",SUM(F14:ER14))' });
    const base = sectorFormSpec();
    const spec = { ...base, sectors: [{ id: 'mixed', name: 'Sở thử', items: ['enrolled_nursery', 'average_population'] }] };
    const values = new Map([[sectorValueKey('average_population', '91'), 1_700_000]]);
    const mixed = dataSheet(await openWorkbook(await sectorFormTemplateBytes('mixed', parsePeriod('2024'), '91', values, spec)));
    expect(mixed.getCell('C15').value).toBe('03');
    expect(mixed.getCell('E15').value).toBe(1_700_000);
    expect(mixed.getCell('E15').protection).toMatchObject({ locked: false });
    expect(mixed.getCell('F15').value).toBeNull();
    expect(mixed.getCell('F15').protection?.locked).not.toBe(false);
    expect(mixed.getCell('F15').fill).toMatchObject({ fgColor: { argb: 'FFE7E6E6' } });
  });

  it('is protected; only the input cells are unlocked, each taking whole numbers ≥ 0', async () => {
    const sheet = dataSheet(await openWorkbook(await sectorFormBytes()));
    expect(protectionOf(sheet)).toMatchObject({ sheet: true });
    expect(sheet.getCell('F14').protection).toMatchObject({ locked: false });
    expect(sheet.getCell('F14').dataValidation).toMatchObject({ type: 'whole', operator: 'greaterThanOrEqual' });
    for (const address of ['B14', 'C14', 'E14', 'F13']) expect(sheet.getCell(address).protection?.locked, address).not.toBe(false);
  });

  it('prints landscape on A4 at a fixed scale, "STT … Đơn vị tính" and the header rows on every page, a page break every 9 communes', async () => {
    const bytes = await sectorFormBytes();
    const sheet = dataSheet(await openWorkbook(bytes));
    expect(sheet.pageSetup).toMatchObject({ paperSize: 9, orientation: 'landscape', scale: 75, printTitlesRow: '11:13', printTitlesColumn: 'A:D' });
    expect(sheet.views[0]).toMatchObject({ state: 'frozen', xSplit: 4, ySplit: 13, showGridLines: false });
    const xml = strFromU8(unzipSync(bytes)['xl/worksheets/sheet1.xml']);
    const breaks = [...xml.matchAll(/<brk id="(\d+)"/g)].map((m) => Number(m[1]));
    expect(breaks.slice(0, 3)).toEqual([14, 23, 32]);
    expect(breaks).toHaveLength(15);
    const texts: string[] = [];
    sheet.eachRow((row, n) => n > 15 && row.eachCell((c) => texts.push(String(c.value))));
    expect(texts).toEqual(expect.arrayContaining(['NGƯỜI LẬP BIỂU', 'THỦ TRƯỞNG ĐƠN VỊ', '(Ký, đóng dấu, ghi rõ họ tên)']));
    const narrow = dataSheet(await openWorkbook(await sectorFormBytes({ sector: 'statistics', period: '2024' })));
    expect(narrow.pageSetup).toMatchObject({ orientation: 'landscape', fitToPage: true, fitToWidth: 1, printTitlesRow: '11:13' });
  });

  it('carries a hidden, protected _meta sheet: identity and one row per input cell', async () => {
    const workbook = await openWorkbook(await sectorFormBytes());
    const meta = workbook.getWorksheet('_meta')!;
    expect(meta.state).toBe('hidden');
    expect(protectionOf(meta)).toMatchObject({ sheet: true });
    const rows = meta.getSheetValues().slice(1, 11).map((r) => (r as unknown[]).slice(1, 3));
    expect(rows).toEqual([
      ['key', 'value'],
      ['form_id', 'tk13-sector-form'],
      ['version', '1'],
      ['sector', 'education'],
      ['sector_name', 'Sở Giáo dục và Đào tạo'],
      ['province_code', '91'],
      ['province_name', 'Tỉnh Kiên Giang'],
      ['unit_list', '2024'],
      ['period', '2024-H1'],
      ['data_sheet', 'Biểu số 02'],
    ]);
    expect((meta.getRow(13).values as unknown[]).slice(1)).toEqual(['enrolled_nursery', '30733', 'commune', '01', 'F14']);
    expect(meta.rowCount).toBe(12 + 286);
  });

  it('gives the same bytes for the same inputs', async () => {
    const values = sampleSectorValues();
    expect(Buffer.from(await sectorFormBytes({ values })).equals(Buffer.from(await sectorFormBytes({ values })))).toBe(true);
  });
});
