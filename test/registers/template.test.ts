import { mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import ExcelJS from 'exceljs';
import { unzipSync } from 'fflate';
import { describe, expect, it } from 'vitest';
import { pseudonymise } from '../../src/registers/pseudonym.js';
import { readRegister } from '../../src/registers/read-register.js';
import { registerLayout } from '../../src/registers/spec.js';
import { registerTemplateBytes, writeRegisterTemplate } from '../../src/templates/register-template.js';
import { KEY, context, filledTemplate } from './helpers.js';

async function workbookOf(bytes: Uint8Array): Promise<ExcelJS.Workbook> {
  const workbook = new ExcelJS.Workbook();
  await workbook.xlsx.load(Buffer.from(bytes) as unknown as ArrayBuffer);
  return workbook;
}

describe('xlsx register template', () => {
  it('has the register sheet first, then instructions, then _meta', async () => {
    const workbook = await workbookOf(await registerTemplateBytes('abuse-cases', 'xlsx'));
    expect(workbook.worksheets.map((s) => s.name)).toEqual(['Vụ việc xâm hại', 'Hướng dẫn', '_meta']);
  });

  it('heads each column with its Vietnamese label, frozen, with dd/mm/yyyy on date columns', async () => {
    const layout = registerLayout('abuse-cases');
    const sheet = (await workbookOf(await registerTemplateBytes('abuse-cases', 'xlsx'))).worksheets[0];
    expect((sheet.getRow(1).values as unknown[]).slice(1)).toEqual(layout.columns.map((c) => c.label));
    expect(sheet.views[0]).toMatchObject({ state: 'frozen', ySplit: 1 });
    expect(sheet.getColumn(4).numFmt).toBe('dd/mm/yyyy');
    expect(sheet.getColumn(6).numFmt).toBe('dd/mm/yyyy');
    expect(sheet.getColumn(3).numFmt).toBe('@');
  });

  it('offers dropdowns of Vietnamese labels on coded columns', async () => {
    const parts = unzipSync(await registerTemplateBytes('abuse-cases', 'xlsx'));
    const xml = new TextDecoder().decode(parts['xl/worksheets/sheet1.xml']);
    const lists = [...xml.matchAll(/<dataValidation type="list"[^>]*sqref="([^"]+)"[^>]*>\s*<formula1>([^<]+)<\/formula1>/g)].map((m) => [m[1], m[2].replaceAll('&quot;', '"')]);
    expect(lists).toEqual([
      ['E2:E5001', '"Nam,Nữ"'],
      ['G2:G5001', '"Bạo lực,Bóc lột,Xâm hại tình dục,Mua bán,Bỏ rơi,Bỏ mặc,Khác"'],
      ['H2:H5001', '"Gia đình,Trường học,Cộng đồng,Môi trường mạng,Cơ sở trợ giúp xã hội,Khác"'],
      ['I2:I5001', '"Có,Không"'],
    ]);
    expect(xml).not.toContain('<f>');
  });

  it('describes itself in _meta and leaves the unit and period for the sender', async () => {
    const meta = (await workbookOf(await registerTemplateBytes('sanctions', 'xlsx'))).getWorksheet('_meta');
    const values = new Map<unknown, unknown>();
    meta?.eachRow((row) => values.set(row.getCell(1).value, row.getCell(2).value));
    expect(values.get('kind')).toBe('sanctions');
    expect(values.get('template_version')).toBe('1');
    expect(values.get('unit_code')).toBeFalsy();
    expect(values.get('period')).toBeFalsy();
  });

  it('is byte-identical each time it is written', async () => {
    expect(await registerTemplateBytes('abuse-cases', 'xlsx')).toEqual(await registerTemplateBytes('abuse-cases', 'xlsx'));
  });

  it('reads back what was filled into it, identity from _meta', async () => {
    const bytes = await filledTemplate({
      kind: 'sanctions',
      meta: { unit_code: '30280', period: '2024-H1' },
      rows: [
        ['12/QĐ-XPHC', { date: '2024-04-10' }, '30280', 'VP-01', 'Cá nhân', 1500000, 'VV-1'],
        ['13/QĐ-XPHC', '11/04/2024', '30280', 'TC-01', 'Tổ chức', '2.000.000', null],
      ],
    });
    const parsed = await readRegister('so-xu-phat.xlsx', bytes, context());
    expect(parsed.diagnostics).toEqual([]);
    expect(parsed).toMatchObject({ kind: 'sanctions', period: '2024-H1', templateVersion: 1, unit: { code: '30280' } });
    expect(parsed.sanctions).toEqual([
      { line: 2, decisionId: '12/QĐ-XPHC', decidedOn: '2024-04-10', communeCode: '30280', violatorId: pseudonymise('VP-01', KEY), violatorType: 'individual', fineVnd: 1500000, relatedCaseId: 'VV-1' },
      { line: 3, decisionId: '13/QĐ-XPHC', decidedOn: '2024-04-11', communeCode: '30280', violatorId: pseudonymise('TC-01', KEY), violatorType: 'organization', fineVnd: 2000000 },
    ]);
  });

  it('finds the header below title rows people add, and reads a renamed sheet', async () => {
    const bytes = await filledTemplate({
      kind: 'abuse-cases',
      meta: { unit_code: '30280', period: '2024-H1' },
      titleRows: ['UBND PHƯỜNG MỸ BÌNH', 'SỔ THEO DÕI'],
      sheetName: 'Sheet1',
      rows: [['VV-1', 'TE-1', '30280', { date: '2024-03-05' }, 'Nữ', { date: '2014-07-12' }, 'Bạo lực', 'Gia đình', 'Có', null, null]],
    });
    const parsed = await readRegister('so.xlsx', bytes, context());
    // The title rows are skipped and said so, once, naming the rows and the first title.
    expect(parsed.diagnostics.map((d) => [d.code, d.sheet, d.cell, d.found, d.params])).toEqual([
      ['register-rows-above-header', 'Sheet1', 'A1', 'UBND PHƯỜNG MỸ BÌNH', { rows: '1, 2', header: 3 }],
    ]);
    expect(parsed.abuseCases?.map((r) => [r.line, r.detectedOn, r.ageYears])).toEqual([[4, '2024-03-05', 9]]);
  });
});

describe('CSV register template', () => {
  it('is UTF-8 with a BOM and a header of Vietnamese labels', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'tk13-register-'));
    const path = await writeRegisterTemplate('abuse-cases', 'csv', join(dir, 'mau.csv'));
    expect(path).toBe(join(dir, 'mau.csv'));
    const bytes = readFileSync(path);
    expect([...bytes.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
    expect(bytes.subarray(3).toString('utf8')).toBe(`${registerLayout('abuse-cases').columns.map((c) => c.label).join(',')}\r\n`);
  });

  it('reads back rows appended to it', async () => {
    const template = new TextDecoder().decode(await registerTemplateBytes('abuse-cases', 'csv'));
    const filled = `${template}VV-1,TE-1,30280,05/03/2024,Nữ,12/07/2014,Bạo lực,Gia đình,Có,,\r\n`;
    const parsed = await readRegister('30280_2024-H1_abuse-cases.csv', new TextEncoder().encode(`\uFEFF${filled}`), context());
    expect(parsed.diagnostics).toEqual([]);
    expect(parsed.abuseCases).toHaveLength(1);
  });
});
