import { copyFileSync, existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import ExcelJS from 'exceljs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { CommandContext } from '../../src/cli/context.js';
import { historyCommand } from '../../src/commands/history.js';
import { reportCommand } from '../../src/commands/report.js';
import { verifyCommand } from '../../src/commands/verify.js';
import { sha256 } from '../../src/core/hash.js';
import { openStore } from '../../src/store/database.js';
import { correctForm, fillProvince, PERIOD, PROVINCE } from './scenario-store.js';
import { insertSubmission } from '../helpers/store-rows.js';

let dir: string;
let db: string;

function context(json: boolean, lines: string[], documents: unknown[]): CommandContext {
  return {
    db,
    lang: 'vi',
    json,
    debug: false,
    now: new Date(),
    out: { lang: 'vi', json, line: (text = '') => lines.push(text), note: () => {}, document: (value) => documents.push(value) },
  };
}

async function run<A extends unknown[]>(command: (ctx: CommandContext, ...args: A) => Promise<number>, json: boolean, ...args: A) {
  const lines: string[] = [];
  const documents: unknown[] = [];
  const code = await command(context(json, lines, documents), ...args);
  return { code, lines, document: documents[0] as Record<string, unknown> };
}

beforeAll(async () => {
  dir = mkdtempSync(join(tmpdir(), 'tk13-report-'));
  db = join(dir, 'tk13.duckdb');
  const store = await openStore(db);
  try {
    await fillProvince(store.connection);
  } finally {
    store.close();
  }
});
afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe('tk13 report, verify and history', () => {
  it('writes tk13_<province>_<period>.xlsx from a read-only store and says what is in it', async () => {
    const out = join(dir, 'reports', 'nested');
    const { code, document } = await run(reportCommand, true, { period: PERIOD, province: PROVINCE, asOf: '2024-05-31', out });
    expect(code).toBe(0);
    const file = join(out, 'tk13_91_2024-H1.xlsx');
    expect(document).toMatchObject({ file, period: PERIOD, province: PROVINCE, asOf: '2024-05-31T23:59:59.999+07:00', inputs: 4, received: 3 });
    expect(document.sha256).toBe(sha256(readFileSync(file)));
    expect(existsSync(`${file}.partial`)).toBe(false);

    const human = await run(reportCommand, false, { period: PERIOD, province: PROVINCE, asOf: '2024-05-31', out });
    expect(human.lines[0]).toBe(file);
    expect(human.lines[1]).toContain('Tỉnh Kiên Giang, kỳ 2024-H1, số liệu đến 31/05/2024 23:59:59');
    // The education department's form, due 20/05 like the communes', has not come.
    expect(document.sectors).toEqual({ expected: 1, received: 0, late: 0, missing: 1 });
    expect(human.lines[1]).toContain('chưa nộp; sở, ngành: 0/1 đã gửi (0 muộn), 1 chưa gửi;');
    expect(sha256(readFileSync(file))).toBe(document.sha256);
  });

  it('refuses an unknown province', async () => {
    await expect(run(reportCommand, false, { period: PERIOD, province: '99', out: dir })).rejects.toMatchObject({ code: 'province-unknown' });
  });

  it('verify exits 0 on the report and 1 on a tampered copy, listing the cell', async () => {
    const file = join(dir, 'reports', 'nested', 'tk13_91_2024-H1.xlsx');
    const ok = await run(verifyCommand, false, file);
    expect(ok.code).toBe(0);
    expect(ok.lines.join('\n')).toContain('KHỚP');

    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.load(readFileSync(file) as unknown as ArrayBuffer);
    // The name of the first unit in the list, under the header that repeats on every page.
    const status = workbook.getWorksheet('Tình hình nộp')!;
    const [headerRow] = status.pageSetup.printTitlesRow!.split(':').map(Number);
    expect(status.getCell(`A${headerRow}`).value).toBe('STT');
    const cell = `C${headerRow + 1}`;
    status.getCell(cell).value = 'Đơn vị khác';
    const tampered = join(dir, 'tampered.xlsx');
    writeFileSync(tampered, new Uint8Array(await workbook.xlsx.writeBuffer()));
    const bad = await run(verifyCommand, true, tampered);
    expect(bad.code).toBe(1);
    expect(bad.document).toMatchObject({ match: false, differences: [{ sheet: 'Tình hình nộp', cell, found: 'Đơn vị khác' }] });
    // Each sheet by the name the report has (a Vietnamese report's, not "Submissions").
    const human = await run(verifyCommand, false, tampered);
    expect(human.lines.find((l) => l.includes(cell))).toMatch(new RegExp(`^  Trang "Tình hình nộp", ô ${cell}: trong tệp Đơn vị khác, tính lại `));
  });

  it('verify names a file that is not a tk13 report', async () => {
    const text = join(dir, 'notes.xlsx');
    writeFileSync(text, 'hello');
    await expect(run(verifyCommand, false, text)).rejects.toMatchObject({ code: 'report-not-tk13' });
    await expect(run(verifyCommand, false, join(dir, 'missing.xlsx'))).rejects.toMatchObject({ code: 'path-not-found' });
  });

  it('history shows each version and the changed cells, blanks as (trống)', async () => {
    const store = await openStore(db);
    try {
      await correctForm(store.connection);
    } finally {
      store.close();
    }
    const { code, lines } = await run(historyCommand, false, { unit: '30733', period: PERIOD });
    expect(code).toBe(0);
    expect(lines).toContain('  Phiên bản 2 · 05/06/2024 14:00:00 (UTC+7) · 30733_2024-H1_v2.xlsx · 6 dòng');
    expect(lines).toContain('    "Số trẻ em dưới 16 tuổi – Dưới 6 tuổi – Nam" (mã số 02) · ô D10: 120 → 125');
    expect(lines).toContain('    "Số trẻ em có hoàn cảnh đặc biệt, chia theo nhóm – Trẻ em khuyết tật – Nữ" (mã số 10) · ô E23: (trống) → 4');
    const json = await run(historyCommand, true, { unit: '30733', period: PERIOD });
    expect((json.document.versions as Array<Record<string, unknown>>)[1].formChanges).toHaveLength(3);
  });

  it('history of a province shows a department’s versions and the changed value, by name; provenance names the department', async () => {
    const store = await openStore(db);
    try {
      const form = (received_at: string, value: number) => ({
        kind: 'sector:education' as const,
        unit: PROVINCE,
        period: PERIOD,
        received_at,
        file_name: `91_2024-H1_sector-education_${value}.xlsx`,
        rows: [{ item: 'enrolled_kindergarten', area_code: '30736', value, cell: 'F10' }],
      });
      // Received after the first report's as-of moment (31/05), which must still verify.
      await insertSubmission(store.connection, form('2024-06-03T10:00:00+07:00', 310));
      await insertSubmission(store.connection, form('2024-06-05T10:00:00+07:00', 312));
    } finally {
      store.close();
    }
    const { code, lines } = await run(historyCommand, false, { unit: PROVINCE, period: PERIOD });
    expect(code).toBe(0);
    expect(lines[0]).toBe('Tỉnh Kiên Giang (91), kỳ 2024-H1');
    expect(lines).toContain('Biểu sở, ngành — Sở Giáo dục và Đào tạo:');
    expect(lines).toContain('  Phiên bản 2 · 05/06/2024 10:00:00 (UTC+7) · 91_2024-H1_sector-education_312.xlsx · 1 dòng');
    expect(lines).toContain('    "Số trẻ em từ 3 đến 5 tuổi đi học mẫu giáo" (mã số 02) · Phường Vĩnh Quang (30736) · ô F10: 310 → 312');
    const json = await run(historyCommand, true, { unit: PROVINCE, period: PERIOD });
    expect((json.document.versions as Array<Record<string, unknown>>)[1]).toMatchObject({ kind: 'sector:education', department: 'Sở Giáo dục và Đào tạo', sectorChanges: [{ item: 'enrolled_kindergarten', old: 310, new: 312 }] });

    const out = join(dir, 'reports', 'with-department');
    await run(reportCommand, true, { period: PERIOD, province: PROVINCE, asOf: '2024-06-10', out });
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.load(readFileSync(join(out, 'tk13_91_2024-H1.xlsx')) as unknown as ArrayBuffer);
    const provenance = workbook.getWorksheet('Nguồn gốc')!;
    const rows = provenance.getSheetValues().filter((r): r is unknown[] => Array.isArray(r) && r[1] === PROVINCE);
    expect(rows.map((r) => r.slice(1, 6))).toEqual([[PROVINCE, 'Sở Giáo dục và Đào tạo', 'Biểu sở, ngành', 2, '91_2024-H1_sector-education_312.xlsx']]);
  });

  it('a report copied elsewhere still verifies after later data arrives', async () => {
    const file = join(dir, 'reports', 'nested', 'tk13_91_2024-H1.xlsx');
    const copy = join(dir, 'archived.xlsx');
    copyFileSync(file, copy);
    const { code, lines } = await run(verifyCommand, false, copy);
    expect(code).toBe(0);
    expect(lines[1]).toContain('từng byte');
  });
});
