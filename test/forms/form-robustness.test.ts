import { describe, expect, it } from 'vitest';
import type { ParsedSubmission } from '../../src/submissions/types.js';
import { valueKey } from '../../src/forms/spec.js';
import { dataSheet, editForm, formBytes, openWorkbook, readBytes, sampleValues } from './helpers/forms.js';

/** What people do to forms before sending them back (PRODUCT §4.1); each must still read right. */

function value(parsed: ParsedSubmission, key: string) {
  return parsed.formValues!.find((v) => valueKey(v.item, v.disaggregation) === key);
}

const POP_0_5_MALE = 'population|age_group=0-5;sex=male';
const POP_0_5_FEMALE = 'population|age_group=0-5;sex=female';
const PLAY_AREA = 'has_play_area|total';

describe('reading forms that people edited', () => {
  it('rows inserted above and inside the table shift every cell, and each value is read from its new place', async () => {
    const bytes = await editForm(await formBytes(), (wb) => {
      dataSheet(wb).spliceRows(3, 0, ['Kính gửi: Phòng Lao động'], []);
      dataSheet(wb).spliceRows(17, 0, ['ghi chú thêm']);
    });
    const parsed = await readBytes(bytes);
    expect(parsed.diagnostics).toEqual([]);
    expect(value(parsed, POP_0_5_MALE)).toMatchObject({ value: 121, cell: 'E16' });
    expect(value(parsed, 'population|age_group=11-15;sex=female')).toMatchObject({ value: 139, cell: 'F19' });
    expect(value(parsed, PLAY_AREA)).toMatchObject({ cell: 'D52' });
  });

  it('columns inserted before the codes and between Nam and Nữ are followed by their captions', async () => {
    const bytes = await editForm(await formBytes(), (wb) => {
      dataSheet(wb).spliceColumns(6, 0, ['cột tạm']);
      dataSheet(wb).spliceColumns(2, 0, ['ghi chú']);
    });
    const parsed = await readBytes(bytes);
    expect(parsed.diagnostics).toEqual([]);
    expect(value(parsed, POP_0_5_MALE)).toMatchObject({ value: 121, cell: 'F14' });
    expect(value(parsed, POP_0_5_FEMALE)).toMatchObject({ value: 117, cell: 'H14' });
    expect(value(parsed, PLAY_AREA)).toMatchObject({ value: sampleValues().get(PLAY_AREA), cell: 'E49' });
  });

  it('numbers typed as text are read, each with a warning naming the cell', async () => {
    const values = new Map<string, number | string>(sampleValues());
    values.set(POP_0_5_MALE, '1.234');
    values.set(POP_0_5_FEMALE, '1\u00a0234');
    const parsed = await readBytes(await formBytes({ values }));
    expect(value(parsed, POP_0_5_MALE)?.value).toBe(1234);
    expect(value(parsed, POP_0_5_FEMALE)?.value).toBe(1234);
    expect(parsed.diagnostics.map((d) => [d.code, d.severity, d.cell])).toEqual([
      ['form-number-as-text', 'warning', 'E14'],
      ['form-number-as-text', 'warning', 'F14'],
    ]);
  });

  it('a formula uses its cached result', async () => {
    const bytes = await editForm(await formBytes(), (wb) => {
      dataSheet(wb).getCell('E14').value = { formula: 'SUM(100,21)', result: 121 };
      dataSheet(wb).getCell('F14').value = { formula: 'E14-4', result: 117 };
    });
    const parsed = await readBytes(bytes);
    expect(parsed.diagnostics).toEqual([]);
    expect(value(parsed, POP_0_5_MALE)?.value).toBe(121);
    expect(value(parsed, POP_0_5_FEMALE)?.value).toBe(117);
  });

  it('a title merged across the whole width, an extra sheet in front and a renamed sheet do no harm', async () => {
    const bytes = await editForm(await formBytes(), (wb) => {
      const sheet = dataSheet(wb);
      sheet.unMergeCells('A4:F4');
      sheet.mergeCells('A4:J4');
      sheet.name = 'Bao cao xa';
      const notes = wb.addWorksheet('Ghi chú');
      notes.getCell('A1').value = 'Mã số';
      notes.getCell('A2').value = '02';
      notes.getCell('B2').value = 999;
      // Put the extra sheet first, where a reader looking at "the first sheet" would go wrong.
      notes.orderNo = -1;
    });
    expect((await openWorkbook(bytes)).worksheets.map((s) => s.name)).toEqual(['Ghi chú', 'Bao cao xa', '_meta']);
    const parsed = await readBytes(bytes);
    expect(parsed.diagnostics).toEqual([]);
    expect(value(parsed, POP_0_5_MALE)).toMatchObject({ value: 121, cell: 'E14' });
  });

  it('a code someone retyped (Excel turns "02" into the number 2) still finds its row', async () => {
    const bytes = await editForm(await formBytes(), (wb) => {
      dataSheet(wb).getCell('C14').value = 2;
    });
    const parsed = await readBytes(bytes);
    expect(parsed.diagnostics).toEqual([]);
    expect(value(parsed, POP_0_5_MALE)).toMatchObject({ value: 121, cell: 'E14' });
  });

  it('a form saved without the Nam/Nữ captions is read from the original columns, with a warning', async () => {
    const bytes = await editForm(await formBytes(), (wb) => {
      dataSheet(wb).spliceRows(11, 1);
    });
    const parsed = await readBytes(bytes);
    expect(parsed.diagnostics.map((d) => d.code)).toEqual(['form-layout-fallback']);
    expect(value(parsed, POP_0_5_MALE)).toMatchObject({ value: 121, cell: 'E13' });
  });
});
