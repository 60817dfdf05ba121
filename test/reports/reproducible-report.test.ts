import ExcelJS from 'exceljs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { parsePeriod } from '../../src/periods/period.js';
import { buildReportModel } from '../../src/reports/build-report-model.js';
import { renderReport } from '../../src/reports/render-report.js';
import { verifyReport } from '../../src/reports/verify-report.js';
import { loadWorkbook } from '../../src/reports/workbook-snapshot.js';
import { openStore, type Store } from '../../src/store/database.js';
import { correctForm, FIRST_CUT, fillProvince, PERIOD, PROVINCE } from './scenario-store.js';

const period = parsePeriod(PERIOD);
let store: Store;
let firstReport: Uint8Array;

async function report(asOf: Date): Promise<Uint8Array> {
  return renderReport(await buildReportModel(store.connection, { period, provinceCode: PROVINCE, asOf }));
}

/** The province total of the child population, as the indicator sheet shows it (column E, "Toàn tỉnh"). */
async function provinceChildPopulation(bytes: Uint8Array): Promise<{ sheet: string; address: string; value: unknown }> {
  const sheet = (await loadWorkbook(bytes)).worksheets.find((s) => s.name.startsWith('Chỉ tiêu'))!;
  let found = { sheet: sheet.name, address: '', value: undefined as unknown };
  sheet.eachRow((row) => {
    if (!found.address && row.getCell(2).value === 'Dân số trẻ em (dưới 16 tuổi)') found = { sheet: sheet.name, address: row.getCell(5).address, value: row.getCell(5).value };
  });
  return found;
}

describe('a report an auditor can trust', () => {
  beforeAll(async () => {
    store = await openStore(':memory:');
    await fillProvince(store.connection);
    firstReport = await report(FIRST_CUT);
  });
  afterAll(() => store.close());

  it('comes back byte for byte with the earlier --as-of after a correction arrives', async () => {
    await correctForm(store.connection);
    const again = await report(FIRST_CUT);
    expect(Buffer.from(again).equals(Buffer.from(firstReport))).toBe(true);
    const now = await report(new Date('2024-06-30T12:00:00+07:00'));
    expect(Buffer.from(now).equals(Buffer.from(firstReport))).toBe(false);
    expect((await provinceChildPopulation(firstReport)).value).toBe(120 + 110 + 135 + 122 + 90 + 95 + 105 + 107 + 60 + 70 + 75 + 82);
    expect((await provinceChildPopulation(now)).value).toBe(125 + 110 + 140 + 122 + 90 + 95 + 105 + 107 + 60 + 70 + 75 + 82);
  });

  it('records only the versions current at the as-of moment in its provenance', async () => {
    const model = await buildReportModel(store.connection, { period, provinceCode: PROVINCE, asOf: FIRST_CUT });
    expect(model.provenance.inputs.map((i) => `${i.unitCode} v${i.version} ${i.fileName}`)).toEqual([
      '30733 v1 30733_2024-H1.xlsx',
      '30736 v1 =HYPERLINK("x","y").xlsx',
      '30766 v1 30766_2024-H1.xlsx',
      '899 v1 899_2024-H1_abuse-cases.csv',
    ]);
    const later = await buildReportModel(store.connection, { period, provinceCode: PROVINCE, asOf: new Date('2024-06-30T12:00:00+07:00') });
    expect(later.provenance.inputs[0]).toMatchObject({ unitCode: '30733', version: 2, fileName: '30733_2024-H1_v2.xlsx', receivedAt: '2024-06-05T14:00:00+07:00' });
    expect(later.asOf).toBe('2024-06-30T12:00:00.000+07:00');
  });

  it('verifies: the untouched report matches the database', async () => {
    const result = await verifyReport(store.connection, firstReport);
    expect(result).toMatchObject({ match: true, identical: true, differences: [], definitionsChanged: false, calendarChanged: false });
    expect(result.identity).toMatchObject({ period: PERIOD, province: PROVINCE, asOf: '2024-05-31T23:59:59.999+07:00', lang: 'vi' });
  });

  it('verifies: a tampered copy fails, naming the cell, what it should be and what it says', async () => {
    const { sheet, address, value } = await provinceChildPopulation(firstReport);
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.load(Buffer.from(firstReport) as unknown as ArrayBuffer);
    workbook.getWorksheet(sheet)!.getCell(address).value = 999;
    const tampered = new Uint8Array(await workbook.xlsx.writeBuffer());
    const result = await verifyReport(store.connection, tampered);
    expect(result.match).toBe(false);
    expect(result.differences).toEqual([{ sheet, cell: address, expected: String(value), found: '999' }]);
    expect(result.layoutDifferences).toEqual([]);
  });

  it('refuses a workbook that is not a tk13 report, and a file that is not a workbook', async () => {
    const other = new ExcelJS.Workbook();
    other.addWorksheet('Sheet1').getCell('A1').value = 'format';
    const bytes = new Uint8Array(await other.xlsx.writeBuffer());
    await expect(verifyReport(store.connection, bytes, 'other.xlsx')).rejects.toMatchObject({ code: 'report-not-tk13', params: { file: 'other.xlsx' } });
    await expect(verifyReport(store.connection, new TextEncoder().encode('not a zip'), 'x.xlsx')).rejects.toMatchObject({ code: 'report-not-tk13' });
  });
});
