import { formSpec, inputCellsFor } from '../../src/forms/spec.js';
import { describe, expect, it } from 'vitest';
import { renderMessage } from '../../src/i18n/messages.js';
import { COMMUNE_2024, editForm, formBytes, readBytes, sampleValues } from './helpers/forms.js';

/** Who sent the form and for when; the scenario folders pin every identity code, these check what comes with them. */
describe('form identity', () => {
  it('a split pre-July-2025 commune sent for 2025 names every candidate new commune', async () => {
    const congVi = { code: '00007', name: 'Phường Cống Vị', level: 'commune' as const, list: '2024' as const, provinceCode: '01' };
    const parsed = await readBytes(await formBytes({ unit: congVi, period: '2025' }));
    expect(parsed.diagnostics).toHaveLength(1);
    expect(parsed.diagnostics[0]).toMatchObject({
      code: 'form-unit-replaced',
      severity: 'error',
      unit: '00007',
      found: '00007 Phường Cống Vị',
      expected: '00008 Phường Ngọc Hà; 00025 Phường Giảng Võ',
    });
    expect(parsed.unit).toBeUndefined();
    const { message } = renderMessage('form-unit-replaced', parsed.diagnostics[0], 'vi');
    expect(message).toContain('00008 Phường Ngọc Hà; 00025 Phường Giảng Võ');
    expect(message).toContain('2025');
  });

  it('the unit name on the sheet is compared without regard to case, spacing or Unicode form', async () => {
    const decomposed = 'Đơn vị báo cáo:  PHƯỜNG VĨNH THANH (mã 30733)'.normalize('NFD');
    const parsed = await readBytes(await editForm(await formBytes(), (wb) => (wb.worksheets[0].getCell('A7').value = decomposed)));
    expect(parsed.diagnostics).toEqual([]);
    expect(parsed.unit).toEqual(COMMUNE_2024);
  });

  it('a changed name is a warning only: the figures still count for the unit of the hidden code', async () => {
    const parsed = await readBytes(await editForm(await formBytes(), (wb) => (wb.worksheets[0].getCell('A7').value = 'Đơn vị báo cáo: Xã Mới')));
    expect(parsed.diagnostics.map((d) => [d.code, d.severity])).toEqual([['form-unit-name-changed', 'warning']]);
    expect(parsed.unit?.code).toBe('30733');
    expect(parsed.formValues).toHaveLength(inputCellsFor(formSpec(), 'half-year').length);
  });

  it('a changed code in the visible unit line is caught like a changed name', async () => {
    const parsed = await readBytes(await editForm(await formBytes(), (wb) => (wb.worksheets[0].getCell('A7').value = 'Đơn vị báo cáo: Phường Vĩnh Thanh (mã 30736)')));
    expect(parsed.diagnostics.map((d) => [d.code, d.found, d.expected])).toEqual([['form-unit-name-changed', 'Phường Vĩnh Thanh (30736)', 'Phường Vĩnh Thanh (30733)']]);
  });

  it('a form from another period is caught both against the caller and against its own visible text', async () => {
    const bytes = await editForm(await formBytes(), (wb) => (wb.worksheets[0].getCell('A5').value = 'Kỳ báo cáo: 6 tháng đầu năm 2023'));
    const parsed = await readBytes(bytes, { period: '2024' });
    expect(parsed.diagnostics.map((d) => [d.code, d.found, d.expected])).toEqual([
      ['form-period-not-expected', '2024-H1', '2024'],
      ['form-period-mismatch', 'Kỳ báo cáo: 6 tháng đầu năm 2023', '2024-H1'],
    ]);
  });

  it('identity problems do not hide value problems: everything is reported in one pass', async () => {
    const values = sampleValues().set('population|age_group=0-5;sex=male', -1);
    const parsed = await readBytes(await formBytes({ values }), { period: '2024' });
    expect(parsed.diagnostics.map((d) => d.code)).toEqual(['form-period-not-expected', 'form-count-negative']);
  });
});
