/**
 * An inspector opens a genuine report in LibreOffice and saves it without editing: verify still says
 * it is genuine, and that it was re-saved. One figure changed in that copy fails, and that cell is
 * listed first, with the value in the file and the value recomputed.
 */
import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import ExcelJS from 'exceljs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { parsePeriod } from '../../src/periods/period.js';
import { buildReportModel } from '../../src/reports/build-report-model.js';
import { renderReport } from '../../src/reports/render-report.js';
import { verifyReport } from '../../src/reports/verify-report.js';
import { openStore, type Store } from '../../src/store/database.js';
import { FIRST_CUT, fillProvince, PERIOD, PROVINCE } from './scenario-store.js';

function hasSoffice(): boolean {
  try {
    execFileSync('soffice', ['--version'], { stdio: 'ignore' });
    return true;
  } catch {
    return false;
  }
}

const SOFFICE = hasSoffice();
let store: Store;
let resaved: Uint8Array;

/** The report as LibreOffice writes it back after opening it (no edit). */
function resaveWithLibreOffice(bytes: Uint8Array): Uint8Array {
  const dir = mkdtempSync(join(tmpdir(), 'tk13-resave-'));
  const input = join(dir, 'in', 'report.xlsx');
  execFileSync('mkdir', ['-p', join(dir, 'in'), join(dir, 'out')]);
  writeFileSync(input, bytes);
  execFileSync('soffice', [`-env:UserInstallation=file://${dir}/profile`, '--headless', '--convert-to', 'xlsx:Calc MS Excel 2007 XML', '--outdir', join(dir, 'out'), input], { stdio: 'ignore', timeout: 120_000 });
  return new Uint8Array(readFileSync(join(dir, 'out', 'report.xlsx')));
}

describe.skipIf(!SOFFICE)('verify on a report re-saved by LibreOffice (skipped: LibreOffice is not installed)', () => {
  beforeAll(async () => {
    store = await openStore(':memory:');
    await fillProvince(store.connection);
    const model = await buildReportModel(store.connection, { period: parsePeriod(PERIOD), provinceCode: PROVINCE, asOf: FIRST_CUT });
    resaved = resaveWithLibreOffice(await renderReport(model));
  }, 180_000);
  afterAll(() => store?.close());

  it('is genuine: every value agrees, and verify says the file was re-saved', async () => {
    const result = await verifyReport(store.connection, resaved);
    expect(result.identical).toBe(false);
    expect(result.differences).toEqual([]);
    expect(result.missingSheets).toEqual([]);
    expect(result.match).toBe(true);
    expect(result.savedBy).toMatch(/LibreOffice/);
  });

  it('fails on one changed figure, listed first with both values', async () => {
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.load(Buffer.from(resaved) as unknown as ArrayBuffer);
    const sheet = workbook.worksheets.find((s) => s.name.startsWith('Chỉ tiêu'))!;
    let address = '';
    let value: unknown;
    sheet.eachRow((row) => {
      if (!address && row.getCell(2).value === 'Dân số trẻ em (dưới 16 tuổi)') {
        address = row.getCell(5).address;
        value = row.getCell(5).value;
      }
    });
    sheet.getCell(address).value = Number(value) + 1;
    const edited = new Uint8Array(await workbook.xlsx.writeBuffer());
    const result = await verifyReport(store.connection, edited);
    expect(result.match).toBe(false);
    expect(result.differences[0]).toEqual({ sheet: sheet.name, cell: address, expected: String(value), found: String(Number(value) + 1) });
    expect(result.differences).toHaveLength(1);
  });
});
