import { describe, expect, it } from 'vitest';
import { sha256 } from '../../src/core/hash.js';
import { formSpec, inputCellsFor } from '../../src/forms/spec.js';
import { DISTRICT_2024, dataSheet, formBytes, openWorkbook, templateAddresses } from './helpers/forms.js';

/** The blank form as a commune clerk prints and fills it (PRODUCT §4.1). */
describe('the form template', () => {
  it('has the official header: motto, form number, unit with code, receiver, period with its data window, unit of measure', async () => {
    const sheet = dataSheet(await openWorkbook(await formBytes({ values: new Map() })));
    expect(sheet.getCell('A1').value).toBe('Biểu số 01/TK13');
    expect(sheet.getCell('C1').value).toBe('CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM');
    expect(sheet.getCell('C2').value).toBe('Độc lập - Tự do - Hạnh phúc');
    expect(sheet.getCell('A5').value).toBe('Kỳ báo cáo: 6 tháng đầu năm 2024 (số liệu từ ngày 15/11/2023 đến ngày 14/05/2024)');
    expect(sheet.getCell('A7').value).toBe('Đơn vị báo cáo: Phường Vĩnh Thanh (mã 30733)');
    expect(sheet.getCell('A8').value).toBe('Đơn vị nhận báo cáo: Ủy ban nhân dân Thành phố Rạch Giá');
    expect(sheet.getCell('D9').value).toBe('Đơn vị tính: người');
    expect(['A10', 'B10', 'C10', 'D10', 'E10', 'E11', 'F11'].map((a) => sheet.getCell(a).value)).toEqual([
      'STT', 'Chỉ tiêu', 'Mã số', 'Tổng số', 'Chia theo giới tính', 'Nam', 'Nữ',
    ]);
  });

  it('a district reports to the province, and the annual period shows its own window', async () => {
    const sheet = dataSheet(await openWorkbook(await formBytes({ unit: DISTRICT_2024, period: '2024' })));
    expect(sheet.getCell('A8').value).toBe('Đơn vị nhận báo cáo: Ủy ban nhân dân Tỉnh Kiên Giang');
    expect(sheet.getCell('A5').value).toBe('Kỳ báo cáo: năm 2024 (số liệu từ ngày 15/11/2023 đến ngày 14/11/2024)');
  });

  it('lists the 14 groups of Luật Trẻ em 2016 Điều 10 khoản 1 under their letters, with a code on every row', async () => {
    const sheet = dataSheet(await openWorkbook(await formBytes()));
    const letters = Array.from({ length: 14 }, (_, i) => sheet.getCell(`A${19 + i}`).value);
    expect(letters).toEqual(['a', 'b', 'c', 'd', 'đ', 'e', 'g', 'h', 'i', 'k', 'l', 'm', 'n', 'o']);
    expect(sheet.getCell('B23').value).toBe('Trẻ em nhiễm HIV/AIDS');
    const codes = Array.from({ length: 38 }, (_, i) => sheet.getCell(`C${13 + i}`).value);
    expect(codes).toEqual(Array.from({ length: 38 }, (_, i) => String(i + 1).padStart(2, '0')));
  });

  it('Tổng số is a formula over Nam and Nữ, blank while both are blank; flags have one input and "x" beside it', async () => {
    const sheet = dataSheet(await openWorkbook(await formBytes()));
    expect(sheet.getCell('D14').value).toEqual({ formula: 'IF(COUNT(E14:F14)=0,"",SUM(E14:F14))' });
    expect(sheet.getCell('E13').value).toEqual({ formula: 'IF(COUNT(E14:E16)=0,"",SUM(E14:E16))' });
    expect([sheet.getCell('E49').value, sheet.getCell('F49').value]).toEqual(['x', 'x']);
  });

  it('ends with the date line and the signature block', async () => {
    const sheet = dataSheet(await openWorkbook(await formBytes()));
    const texts: string[] = [];
    sheet.eachRow((row, n) => n > 50 && row.eachCell((c) => texts.push(String(c.value))));
    expect(texts).toEqual(expect.arrayContaining(['NGƯỜI LẬP BIỂU', 'THỦ TRƯỞNG ĐƠN VỊ', '(Ký, đóng dấu, ghi rõ họ tên)']));
    expect(texts.some((t) => t.includes('ngày') && t.includes('tháng') && t.includes('năm'))).toBe(true);
  });

  it('prints on A4 portrait, fit to width, header rows repeated, no gridlines', async () => {
    const sheet = dataSheet(await openWorkbook(await formBytes()));
    expect(sheet.pageSetup).toMatchObject({ paperSize: 9, orientation: 'portrait', fitToPage: true, fitToWidth: 1, fitToHeight: 0, printTitlesRow: '10:12' });
    expect(sheet.views[0]).toMatchObject({ showGridLines: false });
    expect(sheet.getColumn(2).width).toBeGreaterThan(40);
  });

  it('is protected; only the input cells are unlocked, each with its data validation', async () => {
    const sheet = dataSheet(await openWorkbook(await formBytes()));
    expect(sheet.sheetProtection).toMatchObject({ sheet: true });
    const inputs = new Set(templateAddresses().values());
    const unlocked: string[] = [];
    sheet.eachRow({ includeEmpty: true }, (row) =>
      row.eachCell({ includeEmpty: true }, (cell) => {
        if (cell.protection?.locked === false) unlocked.push(cell.address);
      }),
    );
    expect(new Set(unlocked)).toEqual(inputs);
    expect(sheet.getCell('E14').dataValidation).toMatchObject({ type: 'whole', operator: 'greaterThanOrEqual', formulae: [0], showErrorMessage: true });
    expect(sheet.getCell('E14').dataValidation.error).toContain('số nguyên');
    expect(sheet.getCell('D49').dataValidation).toMatchObject({ type: 'list', formulae: ['"0,1"'] });
  });

  it('carries a hidden _meta sheet: form id, version, unit, period, and one row per input cell', async () => {
    const workbook = await openWorkbook(await formBytes());
    const meta = workbook.getWorksheet('_meta')!;
    expect(meta.state).toBe('hidden');
    const rows = (meta.getSheetValues() as unknown[][]).filter(Boolean).map((r) => r.slice(1));
    expect(rows.slice(0, 10)).toEqual([
      ['key', 'value'],
      ['form_id', 'tk13-commune-form'],
      ['version', '2'],
      ['unit_code', '30733'],
      ['unit_name', 'Phường Vĩnh Thanh'],
      ['unit_level', 'commune'],
      ['unit_list', '2024'],
      ['province_code', '91'],
      ['period', '2024-H1'],
      ['data_sheet', 'Biểu số 01'],
    ]);
    expect(rows[10]).toEqual(['item', 'disaggregation', 'row_code', 'column', 'cell']);
    expect(rows[11]).toEqual(['population', 'age_group=0-5;sex=male', '02', 'male', 'E14']);
    expect(rows.slice(11)).toHaveLength(inputCellsFor(formSpec(), 'half-year').length);
  });

  it('gives byte-identical files for the same inputs', async () => {
    const first = await formBytes();
    await new Promise((r) => setTimeout(r, 1100));
    expect(sha256(await formBytes())).toBe(sha256(first));
  });
});
