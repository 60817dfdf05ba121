import { execFileSync } from 'node:child_process';
import { resolve } from 'node:path';
import { unzipSync } from 'fflate';
import { sha256 } from '../../src/core/hash.js';
import { describe, expect, it, vi } from 'vitest';
import { dumpWorkbook } from '../../src/reports/dump-workbook.js';
import { renderReport } from '../../src/reports/render-report.js';
import { loadWorkbook } from '../../src/reports/workbook-snapshot.js';
import { expectGolden } from './golden.js';
import { communeModel, districtModel } from './sample-models.js';

// A host far from Vietnam: nothing in the workbook may depend on the machine's time zone.
vi.hoisted(() => {
  process.env.TZ = 'America/New_York';
});

describe('the province workbook', () => {
  it('lays out a province with districts as the golden dump says', async () => {
    expectGolden('districts-2024', await dumpWorkbook(await renderReport(districtModel())));
  });

  it('lays out a 2025-list province, which has communes and no districts', async () => {
    expectGolden('communes-2025', await dumpWorkbook(await renderReport(communeModel(5))));
  });

  it('prints a province-only indicator with its figure in the province column and one note across the others', async () => {
    const workbook = await loadWorkbook(await renderReport(communeModel(5)));
    const sheet = workbook.getWorksheet('Chỉ tiêu')!;
    let row = 0;
    sheet.eachRow((r, n) => void (r.getCell(2).value === 'Tỷ suất sinh thô' && (row = n)));
    expect(sheet.getCell(row, 5).value).toBeCloseTo(0.0486, 4);
    expect(String(sheet.getCell(row, 6).value)).toMatch(/^Chỉ tiêu này chỉ tính cho toàn tỉnh: số trẻ em sinh ra sống/);
    expect(sheet.getCell(row, 10).isMerged && sheet.getCell(row, 10).master.address).toBe(`F${row}`);
  });

  it('prints a count-and-rate indicator as a count row and a rate row, each in its unit', async () => {
    const workbook = await loadWorkbook(await renderReport(districtModel()));
    const sheet = workbook.getWorksheet('Chỉ tiêu')!;
    const rows: unknown[][] = [];
    sheet.eachRow((r) => rows.push([r.getCell(2).value, r.getCell(3).value, r.getCell(5).value]));
    const at = rows.findIndex((r) => String(r[0]).startsWith('Số lượng, tỷ lệ huy động'));
    expect(rows.slice(at, at + 3)).toEqual([
      ['Số lượng, tỷ lệ huy động trẻ em từ 3 tháng đến 36 tháng tuổi đi nhà trẻ', null, null],
      ['- Số trẻ em từ 3 tháng đến 36 tháng tuổi đi nhà trẻ', 'trẻ em', 190],
      ['- Tỷ lệ', '%', 20.65],
    ]);
  });

  it('says in a half-year report which indicators are annual only, on the cover and the notes sheet', async () => {
    const workbook = await loadWorkbook(await renderReport(districtModel()));
    const texts = (name: string) => {
      const found: string[] = [];
      workbook.getWorksheet(name)!.eachRow((r) => r.eachCell((c) => void (typeof c.value === 'string' && found.push(c.value))));
      return found;
    };
    expect(texts('Ghi chú')).toContain('Các chỉ tiêu sau chỉ tính theo năm nên không có trong báo cáo 6 tháng: Tỷ suất sinh thô.');
    expect(texts('Bìa')).toContain('Chỉ tiêu chỉ tính theo năm, không có trong báo cáo này (trang Ghi chú)');
    expect(texts('Chỉ tiêu')).not.toContain('Tỷ suất sinh thô');
  });

  it('gives the same bytes for the same model, whatever the clock says', async () => {
    const first = await renderReport(districtModel());
    await new Promise((resolve) => setTimeout(resolve, 1100));
    const second = await renderReport(districtModel());
    expect(Buffer.from(second).equals(Buffer.from(first))).toBe(true);
  });

  it('gives the same bytes on a host in another time zone', async () => {
    const script = resolve(import.meta.dirname, 'print-report-sha.ts');
    const elsewhere = execFileSync(process.execPath, ['--import', 'tsx', script], { env: { ...process.env, TZ: 'Asia/Tokyo' }, encoding: 'utf8' });
    expect(elsewhere.trim()).toBe(sha256(await renderReport(districtModel())));
  });

  it('changes the bytes when one value changes', async () => {
    const model = districtModel();
    const before = await renderReport(model);
    model.values[0] = { ...model.values[0], value: (model.values[0].value ?? 0) + 1 };
    expect(Buffer.from(await renderReport(model)).equals(Buffer.from(before))).toBe(false);
  });

  it('pins the document dates to the as-of moment', async () => {
    const workbook = await loadWorkbook(await renderReport(districtModel()));
    expect(workbook.created.toISOString()).toBe('2024-05-31T16:59:59.000Z');
    expect(workbook.modified.toISOString()).toBe('2024-05-31T16:59:59.000Z');
  });

  it('writes text from submissions as text, never as a formula', async () => {
    const model = districtModel();
    model.provenance.inputs[0] = { ...model.provenance.inputs[0], fileName: '=1+1', unitName: '=cmd|" /C calc"!A0' };
    const bytes = await renderReport(model);
    const sheets = Object.entries(unzipSync(bytes)).filter(([name]) => name.startsWith('xl/worksheets/'));
    for (const [, xml] of sheets) expect(new TextDecoder().decode(xml)).not.toMatch(/<f[ >]/);
    const workbook = await loadWorkbook(bytes);
    const found: unknown[] = [];
    workbook.eachSheet((sheet) => sheet.eachRow((row) => row.eachCell((cell) => {
      if (typeof cell.value === 'string' && cell.value.startsWith('=')) found.push(cell.value);
      expect(cell.formula).toBeUndefined();
    })));
    expect(found).toEqual(expect.arrayContaining(['=HYPERLINK("http://example.com","bấm vào đây").xlsx', '=1+1', '=cmd|" /C calc"!A0']));
  });

  it('renders a province of 300 communes in column bands with the streaming writer', async () => {
    const heapBefore = process.memoryUsage().heapUsed;
    const bytes = await renderReport(communeModel(300));
    const heapGrowth = process.memoryUsage().heapUsed - heapBefore;
    expect(heapGrowth).toBeLessThan(200 * 1024 * 1024);
    const workbook = await loadWorkbook(bytes);
    const bands = workbook.worksheets.filter((s) => s.name.startsWith('Chỉ tiêu ('));
    // 300 communes in 25 bands of 12, one sheet each; every band starts with the province total.
    expect(bands.map((s) => s.name)).toEqual(Array.from({ length: 25 }, (_, i) => `Chỉ tiêu (${i + 1})`));
    const headers = bands.flatMap((sheet) => (sheet.getRow(4).values as unknown[]).slice(5).map(String));
    expect(headers.filter((h) => h === 'Toàn tỉnh')).toHaveLength(25);
    expect(new Set(headers).size).toBe(301);
    for (const sheet of bands) {
      expect(sheet.columnCount).toBeLessThanOrEqual(4 + 1 + 12);
      expect(sheet.getCell('A4').value).toBe('STT');
    }
    const sheet = bands[0];
    expect(sheet.getCell('A1').value).toBe('CÁC CHỈ TIÊU THỐNG KÊ');
  });

  it('writes English labels on request and records the language for verify', async () => {
    const workbook = await loadWorkbook(await renderReport(districtModel(), 'en'));
    expect(workbook.worksheets.filter((s) => s.state === 'visible').map((s) => s.name)).toEqual(['Cover', 'Summary', 'Indicators', 'Notes', 'Submissions', 'Checks', 'Provenance']);
    const identity = workbook.getWorksheet('_tk13')!;
    expect(identity.state).toBe('veryHidden');
    const lang = identity.getColumn(1).values.indexOf('lang');
    expect(identity.getCell(`C${lang}`).value).toBe('en');
  });
});
