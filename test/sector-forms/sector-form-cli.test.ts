import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { templateCommand } from '../../src/commands/template.js';
import { UsageError } from '../../src/core/errors.js';
import { readSectorForm } from '../../src/sector-forms/read-sector-form.js';
import { parseSectorFormSpec } from '../../src/sector-forms/spec-file.js';
import { sectorFormSpecFile, sectorValueKey } from '../../src/sector-forms/spec.js';
import { ERROR_FILL, PROBLEMS_SHEET } from '../../src/submissions/annotate.js';
import { runCli } from '../helpers/cli.js';
import { commandContext, failure } from '../helpers/command-context.js';
import { dataSheet, openWorkbook } from '../forms/helpers/forms.js';
import { CONTEXT, sampleSectorValues, sectorFormBytes } from './helpers/sector-forms.js';

/** `tk13 template --sector` and `tk13 validate` on sector forms, as a department clerk runs them (built CLI: `npm run build` first). */
const dir = mkdtempSync(join(tmpdir(), 'tk13-sector-cli-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

const template = (options: Record<string, string>) => templateCommand(commandContext().ctx, { format: 'xlsx', ...options });

describe('tk13 template --sector --period --province', () => {
  it('writes the department form where --out says, and prints the path (--json: one document)', async () => {
    const out = join(dir, 'nested', 'giao-duc.xlsx');
    const { ctx, lines } = commandContext();
    expect(await templateCommand(ctx, { sector: 'education', period: '6T/2024', province: '91', format: 'xlsx', out })).toBe(0);
    expect(lines).toEqual([`Đã ghi: ${out}`]);
    const parsed = await readSectorForm('giao-duc.xlsx', readFileSync(out), CONTEXT);
    expect(parsed).toMatchObject({ kind: 'sector:education', period: '2024-H1', unit: { code: '91', name: 'Tỉnh Kiên Giang' } });
    const json = commandContext(true);
    await templateCommand(json.ctx, { sector: 'statistics', period: '2024', province: '91', format: 'xlsx', out: join(dir, 'tk.xlsx') });
    expect(json.documents).toEqual([{ file: join(dir, 'tk.xlsx') }]);
  });

  it('refuses, as usage errors: --sector with --unit, a missing --province, an unknown department (with the nearest and every id), an unknown province, a department with nothing due', async () => {
    expect(await failure(template({ sector: 'education', unit: '30733', period: '2024-H1' }))).toMatchObject({ code: 'template-sector-with-unit' });
    expect(await failure(template({ sector: 'education', period: '2024-H1' }))).toMatchObject({ code: 'template-sector-usage', params: { found: 'education' } });
    const unknown = await failure(template({ sector: 'educaton', period: '2024-H1', province: '91' }));
    expect(unknown).toBeInstanceOf(UsageError);
    expect(unknown).toMatchObject({
      code: 'sector-unknown',
      params: { found: 'educaton', suggestion: 'education', expected: 'education (Sở Giáo dục và Đào tạo), statistics (Thống kê tỉnh), information (Sở Khoa học và Công nghệ (lĩnh vực thông tin và truyền thông))' },
    });
    expect(await failure(template({ sector: 'education', period: '2024-H1', province: '30733' }))).toMatchObject({ code: 'province-unknown', params: { found: '30733' } });
    expect(await failure(template({ sector: 'information', period: '2025-H1', province: '91' }))).toMatchObject({ code: 'sector-not-due', params: { periods: '2025' } });
  });

  it('the built CLI names the file <province>_<period>_sector-<id>.xlsx in the working folder; a mistyped department exits 2 saying what was meant', async () => {
    const written = await runCli(['template', '--sector', 'education', '--period', '2024-H1', '--province', '91'], { cwd: dir });
    expect(written.code).toBe(0);
    expect(existsSync(join(dir, '91_2024-H1_sector-education.xlsx'))).toBe(true);
    const typo = await runCli(['template', '--sector', 'educaton', '--period', '2024-H1', '--province', '91'], { cwd: dir });
    expect(typo.code).toBe(2);
    expect(typo.stderr).toContain('Không có sở, ngành nào mang mã hay tên gọi tắt "educaton"');
    expect(typo.stderr).toContain('Có phải ý bạn là education?');
    expect(typo.stderr).toContain('education (Sở Giáo dục và Đào tạo), statistics (Thống kê tỉnh), information (Sở Khoa học');
  });

  it('takes a department by its Vietnamese short name or full name too, whatever the case and diacritics; the file keeps the id', async () => {
    for (const [typed, id] of [['giao-duc', 'education'], ['giáo dục', 'education'], ['GD', 'education'], ['Thống Kê', 'statistics'], ['tk', 'statistics'], ['thong_tin', 'information'], ['Sở Giáo dục và Đào tạo', 'education']]) {
      const out = join(dir, 'aliases', `${id}-${typed}.xlsx`);
      expect(await templateCommand(commandContext().ctx, { sector: typed, period: '2024', province: '91', format: 'xlsx', out })).toBe(0);
      expect(await readSectorForm(out, readFileSync(out), CONTEXT)).toMatchObject({ kind: `sector:${id}` });
    }
    const written = await runCli(['template', '--sector', 'Giáo Dục', '--period', '2024-H1', '--province', '91'], { cwd: dir });
    expect(written.code).toBe(0);
    expect(written.stdout).toContain('91_2024-H1_sector-education.xlsx');
  });

  it('suggests a department from a mistyped short name or from words of its name, without diacritics', async () => {
    expect(await failure(template({ sector: 'giao-duk', period: '2024-H1', province: '91' }))).toMatchObject({ code: 'sector-unknown', params: { suggestion: 'education' } });
    expect(await failure(template({ sector: 'giáo dục đào tạo', period: '2024-H1', province: '91' }))).toMatchObject({ params: { suggestion: 'education' } });
    expect(await failure(template({ sector: 'thong tin truyen thong', period: '2024', province: '91' }))).toMatchObject({ params: { suggestion: 'information' } });
    const nothing = await failure(template({ sector: 'sở', period: '2024-H1', province: '91' }));
    expect(nothing.params).not.toHaveProperty('suggestion');
  });

  it('mentions the short names in --help', async () => {
    const help = await runCli(['template', '--help']);
    expect(help.stdout).toContain('giao-duc, gd');
  });
});

describe('aliases in templates/sector-forms.yaml', () => {
  const bundled = readFileSync(sectorFormSpecFile, 'utf8');
  it('are optional, and name one department only: an alias used twice or equal to another department\'s id is refused', () => {
    expect(parseSectorFormSpec(bundled).sectors.map((s) => s.aliases)).toEqual([['giao-duc', 'gd'], ['thong-ke', 'tk'], ['thong-tin', 'tt']]);
    expect(parseSectorFormSpec(bundled.replace('    aliases: [giao-duc, gd]\n', '')).sectors[0].aliases).toBeUndefined();
    expect(() => parseSectorFormSpec(bundled.replace('[thong-ke, tk]', '[thong-ke, gd]'))).toThrow(/alias gd used twice/);
    expect(() => parseSectorFormSpec(bundled.replace('[thong-ke, tk]', '[thong-ke, education]'))).toThrow(/alias education used twice/);
    expect(() => parseSectorFormSpec(bundled.replace('[thong-ke, tk]', '[Thống kê]'))).toThrow();
  });
});

describe('tk13 validate on a sector form', () => {
  it('a good form: exit 0, "ready to send", named as the department\'s form for the province', async () => {
    const path = join(dir, '91_2024-H1_sector-education-good.xlsx');
    writeFileSync(path, await sectorFormBytes());
    const result = await runCli(['validate', path, '--as-of', '2024-05-10']);
    expect(result.code).toBe(0);
    expect(result.stdout).toContain('91_2024-H1_sector-education-good.xlsx: Biểu sở, ngành — Sở Giáo dục và Đào tạo, Tỉnh Kiên Giang (91), kỳ 2024-H1');
    expect(result.stdout).toContain('Không có lỗi. Tệp sẵn sàng để nộp.');
    expect(result.stdout).toContain('Hạn nộp 20/05/2024: còn 10 ngày.');
  });

  it('a bad form: exit 1, each problem at its cell in words, an annotated copy with the cell marked and the "Lỗi" sheet', async () => {
    const values = sampleSectorValues();
    values.set(sectorValueKey('enrolled_nursery', '30739'), -5);
    const path = join(dir, '91_2024-H1_sector-education-bad.xlsx');
    writeFileSync(path, await sectorFormBytes({ values }));
    const copies = join(dir, 'copies');
    const result = await runCli(['validate', path, '--as-of', '2024-05-10', '--annotate', copies]);
    expect(result.code).toBe(1);
    expect(result.stdout).toContain('1 lỗi, 0 cảnh báo.');
    expect(result.stdout).toContain('LỖI Biểu số 02 › H14 [sector-form-count-negative] "Số trẻ em từ 3 tháng đến 36 tháng tuổi đi nhà trẻ" (mã số 01), cột Phường Vĩnh Hiệp (30739): "-5" là số âm.');
    const workbook = await openWorkbook(readFileSync(join(copies, '91_2024-H1_sector-education-bad.xlsx')));
    const cell = dataSheet(workbook).getCell('H14');
    expect(cell.fill).toEqual(ERROR_FILL);
    expect(JSON.stringify(cell.note)).toContain('là số âm');
    expect(workbook.getWorksheet(PROBLEMS_SHEET)!.getCell('C2').value).toMatchObject({ text: 'H14', hyperlink: "#'Biểu số 02'!H14" });
    const json = await runCli(['--json', 'validate', path, '--as-of', '2024-05-10']);
    expect(JSON.parse(json.stdout).files[0]).toMatchObject({ kind: 'sector:education', unit: '91', period: '2024-H1', errors: [{ code: 'sector-form-count-negative', cell: 'H14' }] });
  });
});

describe('tk13 ingest on a sector form', () => {
  it('names a refused form, and an accepted one, by its department, never by its kind key', async () => {
    const db = join(dir, 'ingest.duckdb');
    const values = sampleSectorValues();
    values.set(sectorValueKey('enrolled_nursery', '30739'), -5);
    const bad = join(dir, '91_2024-H1_sector-education.xlsx');
    writeFileSync(bad, await sectorFormBytes({ values }));
    const refused = await runCli(['--db', db, 'ingest', bad, '--received-at', '2024-05-10']);
    expect(refused.code).toBe(1);
    expect(refused.stdout).toContain('  TỪ CHỐI   91_2024-H1_sector-education.xlsx (91 Tỉnh Kiên Giang, 2024-H1, Biểu sở, ngành — Sở Giáo dục và Đào tạo):');
    const good = join(dir, '91_2024-H1_sector-education_v2.xlsx');
    writeFileSync(good, await sectorFormBytes());
    const accepted = await runCli(['--db', db, 'ingest', good, '--received-at', '2024-05-11', '--verbose']);
    expect(accepted.stdout).toContain('  Đã nhận   91_2024-H1_sector-education_v2.xlsx (91 Tỉnh Kiên Giang, 2024-H1, Biểu sở, ngành — Sở Giáo dục và Đào tạo), phiên bản 1');
    expect(`${refused.stdout}${accepted.stdout}`).not.toContain('sector:');
  });
});
