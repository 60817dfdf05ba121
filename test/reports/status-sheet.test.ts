import { strFromU8, unzipSync } from 'fflate';
import type ExcelJS from 'exceljs';
import { describe, expect, it, vi } from 'vitest';
import type { TimelinessSummary, UnitTimeliness } from '../../src/periods/deadline-types.js';
import type { ReportModel } from '../../src/reports/report-model.js';
import { renderReport } from '../../src/reports/render-report.js';
import { statusHeaderRow } from '../../src/reports/sheets/status-sheet.js';
import { loadWorkbook } from '../../src/reports/workbook-snapshot.js';
import { communeModel, districtModel } from './sample-models.js';

vi.hoisted(() => {
  process.env.TZ = 'America/New_York';
});

/** The manual page breaks of one sheet: the rows after which a printed page ends (exceljs does not read them back). */
function rowBreaks(bytes: Uint8Array, sheetName: string): number[] {
  const files = unzipSync(bytes);
  const workbook = strFromU8(files['xl/workbook.xml']);
  const rels = strFromU8(files['xl/_rels/workbook.xml.rels']);
  const id = new RegExp(`<sheet [^>]*name="${sheetName}"[^>]*r:id="([^"]+)"`).exec(workbook)?.[1];
  const target = new RegExp(`Id="${id}"[^>]*Target="([^"]+)"`).exec(rels)?.[1];
  const sheet = strFromU8(files[`xl/${target!.replace(/^\/?xl\//, '')}`]);
  return [...sheet.matchAll(/<brk id="(\d+)"/g)].map((m) => Number(m[1]));
}

function column(sheet: ExcelJS.Worksheet, letter: string): Array<string | number | null> {
  const values: Array<string | number | null> = [];
  sheet.getColumn(letter).eachCell({ includeEmpty: true }, (cell) => values.push((cell.value as string | number | null) ?? null));
  return values;
}

/** A Kiên Giang-sized status: the province and 15 districts in the totals, so the unit list cannot start on the first page. */
function fifteenDistricts(): ReportModel {
  const model = districtModel();
  const province = model.deadlines.summaries.find((s) => s.level === 'province')!;
  const districts: TimelinessSummary[] = Array.from({ length: 15 }, (_, i) => ({ ...province, level: 'district', unitCode: String(899 + i), unitName: `Huyện Thử Nghiệm ${i + 1}` }));
  const units: UnitTimeliness[] = Array.from({ length: 60 }, (_, i) => ({ ...model.deadlines.units[1], unitCode: String(30700 + i * 3), unitName: `Xã Thử Nghiệm ${i + 1}` }));
  return { ...model, deadlines: { ...model.deadlines, summaries: [province, ...districts], units } };
}

describe('the status sheet', () => {
  it('lists the departments by name in their own table between the totals and the unit list, the name spanning the code column', async () => {
    const model = communeModel(5);
    const sheet = (await loadWorkbook(await renderReport(model))).getWorksheet('Tình hình nộp')!;
    const titles = column(sheet, 'A');
    const departments = titles.indexOf('SỞ, NGÀNH GỬI BIỂU SỐ LIỆU') + 1;
    const units = titles.indexOf('ĐƠN VỊ CẤP XÃ') + 1;
    expect(titles.indexOf('TỔNG HỢP') + 1).toBeLessThan(departments);
    expect(departments).toBeGreaterThan(0);
    expect(units).toBeGreaterThan(departments);
    const header = (row: number) => (sheet.getRow(row).values as unknown[]).slice(1);
    // The units' columns, but for the code: a department's id (education, …) is tk13's, not the reader's;
    // its name spans B:C (read back as the merged cell's value in both).
    expect(header(departments + 1)).toEqual(header(units + 1).map((h, i) => (i === 1 ? 'Tên đơn vị' : h)));
    const rows = [0, 1, 2].map((i) => (sheet.getRow(departments + 2 + i).values as unknown[]).slice(1, 8));
    expect(rows).toEqual([
      [1, 'Sở Giáo dục và Đào tạo', 'Sở Giáo dục và Đào tạo', 'Sở, ngành', '17/05/2024 09:15:00 (UTC+7)', '17/11/2025', 'Đúng hạn'],
      [2, 'Thống kê tỉnh', 'Thống kê tỉnh', 'Sở, ngành', '23/05/2024 14:02:11 (UTC+7)', '17/11/2025', 'Nộp muộn'],
      [3, 'Sở Khoa học và Công nghệ (lĩnh vực thông tin và truyền thông)', 'Sở Khoa học và Công nghệ (lĩnh vực thông tin và truyền thông)', 'Sở, ngành', undefined, '17/11/2025', 'Chưa nộp'],
    ]);
    for (const row of [departments + 1, departments + 2, departments + 4]) expect(sheet.getCell(`C${row}`).isMerged).toBe(true);
    // The unit list's header is the row repeated on every printed page.
    expect(sheet.pageSetup.printTitlesRow).toBe(`${units + 1}:${units + 1}`);
    expect(statusHeaderRow(model)).toBe(units + 1);
  });

  it('counts the departments in the totals, right after the province', async () => {
    const sheet = (await loadWorkbook(await renderReport(communeModel(5)))).getWorksheet('Tình hình nộp')!;
    const totals = column(sheet, 'A').indexOf('TỔNG HỢP') + 1;
    expect((sheet.getRow(totals + 2).values as unknown[]).slice(1, 4)).toEqual(['Tỉnh', '08', 'Tỉnh Tuyên Quang']);
    // 3 expected, 2 received (1 on time, 1 late), 1 missing.
    expect((sheet.getRow(totals + 3).values as unknown[]).slice(1)).toEqual(['Sở, ngành', undefined, 'Sở, ngành gửi biểu số liệu', 3, 2, 1, 1, 1, 0, 66.67, 33.33]);
  });

  it('keeps a short status on one page and starts the unit list on a new page, title and header together, when it does not fit', async () => {
    expect(rowBreaks(await renderReport(districtModel()), 'Tình hình nộp')).toEqual([]);
    const model = fifteenDistricts();
    const bytes = await renderReport(model);
    const sheet = (await loadWorkbook(bytes)).getWorksheet('Tình hình nộp')!;
    const units = column(sheet, 'A').indexOf('ĐƠN VỊ CẤP HUYỆN, CẤP XÃ') + 1;
    expect(rowBreaks(bytes, 'Tình hình nộp')).toEqual([units - 1]);
    expect(statusHeaderRow(model)).toBe(units + 1);
  });

  it('speaks English on request', async () => {
    const sheet = (await loadWorkbook(await renderReport(districtModel(), 'en'))).getWorksheet('Submissions')!;
    const titles = column(sheet, 'A');
    expect(titles).toContain('DEPARTMENTS SENDING A SECTOR FORM');
    expect(titles).toContain('DISTRICTS AND COMMUNES');
    expect(titles).toContain('Department');
  });
});
