import { copyFileSync, mkdirSync, mkdtempSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { repoRoot, runCli } from '../helpers/cli.js';
import { expectNoCrash } from './helpers/refusal.js';

/**
 * Issue 13: what tk13 prints cannot be forged by a file name, nothing in an input folder is skipped
 * in silence, and a report cannot claim data from the future.
 */
const SAMPLE_FORMS = join(repoRoot, 'fixtures', 'sample-province', '2024-H1', 'forms');
const FORM = '30733_2024-H1_form.xlsx';
const OTHER_FORM = '30736_2024-H1_form.xlsx';
/** A newline and a fake acceptance line, "clear screen", "set window title" and a bell. */
const HOSTILE_NAME = 'x\n  Đã nhận   fake.xlsx (30733 giả)\u001b[2J\u001b]0;pwned\u0007.xlsx';

let work: string;

beforeAll(() => {
  work = mkdtempSync(join(tmpdir(), 'tk13-folders-'));
});

afterAll(() => rmSync(work, { recursive: true, force: true }));

describe('control characters from input', () => {
  it('are shown as escapes: a file name cannot print a fake "Đã nhận" line, clear the screen or retitle the terminal', async () => {
    const dir = join(work, 'hostile-name');
    mkdirSync(dir);
    copyFileSync(join(SAMPLE_FORMS, FORM), join(dir, HOSTILE_NAME));
    const db = join(work, 'hostile.duckdb');
    const result = await runCli(['--db', db, 'ingest', '--verbose', dir, '--received-at', '2024-07-10']);
    expectNoCrash(result);
    expect(result.code, result.stderr).toBe(0);
    const output = result.stdout + result.stderr;
    expect(output).not.toMatch(/[\u0000-\u0009\u000b-\u001f\u007f]/);
    expect(result.stdout.split('\n').filter((line) => line.trimStart().startsWith('Đã nhận'))).toEqual([
      '  Đã nhận   x\\n  Đã nhận   fake.xlsx (30733 giả)\\x1b[2J\\x1b]0;pwned\\x07.xlsx (30733 Phường Vĩnh Thanh, 2024-H1, Biểu tổng hợp), phiên bản 1',
    ]);
    // JSON keeps the real name, escaped by JSON itself.
    const json = await runCli(['--json', 'validate', dir]);
    expect(json.stdout).not.toMatch(/[\u0000-\u0009\u000b-\u001f]/);
    expect((JSON.parse(json.stdout) as { files: Array<{ file: string }> }).files.map((f) => f.file)).toEqual([HOSTILE_NAME]);
  }, 60_000);
});

describe('every entry of an input folder', () => {
  it('is read, links to files and folders included, or listed as skipped with its reason', async () => {
    const dir = join(work, 'folder');
    const elsewhere = join(work, 'elsewhere');
    mkdirSync(join(dir, 'sub'), { recursive: true });
    mkdirSync(elsewhere);
    copyFileSync(join(SAMPLE_FORMS, FORM), join(dir, FORM));
    copyFileSync(join(SAMPLE_FORMS, OTHER_FORM), join(elsewhere, OTHER_FORM));
    for (const name of ['cover letter.pdf', 'photo.jpg', 'notes.docx', '.DS_Store', `~$${FORM}`]) writeFileSync(join(dir, name), 'x');
    mkdirSync(join(dir, '.git'));
    symlinkSync(join(elsewhere, OTHER_FORM), join(dir, 'link-to-file.xlsx'));
    symlinkSync(elsewhere, join(dir, 'sub', 'link-to-folder'));
    symlinkSync(join(work, 'gone.xlsx'), join(dir, 'broken.xlsx'));
    symlinkSync(dir, join(dir, 'sub', 'loop'));

    const result = await runCli(['--json', 'validate', dir]);
    expectNoCrash(result);
    const document = JSON.parse(result.stdout) as { files: Array<{ file: string }>; skipped: Array<{ file: string; code: string }> };
    expect(document.files.map((f) => f.file)).toEqual([FORM, 'link-to-file.xlsx', OTHER_FORM]);
    expect(document.skipped.map((s) => [s.file.slice(dir.length + 1), s.code])).toEqual([
      ['.DS_Store', 'file-skipped-hidden'],
      ['.git', 'file-skipped-hidden'],
      ['broken.xlsx', 'file-skipped-broken-link'],
      ['cover letter.pdf', 'file-skipped-type'],
      ['notes.docx', 'file-skipped-type'],
      ['photo.jpg', 'file-skipped-type'],
      ['sub/loop', 'file-skipped-link-loop'],
      [`~$${FORM}`, 'file-skipped-office-lock'],
    ]);

    const human = await runCli(['--db', join(work, 'folder.duckdb'), 'ingest', '--verbose', dir, '--received-at', '2024-07-10']);
    expect(human.code, human.stderr).toBe(0);
    expect(human.stdout).toContain(`Bỏ qua ${join(dir, 'cover letter.pdf')}: không phải tệp nộp (chỉ đọc .xlsx, .xlsm, .csv, .txt).`);
    expect(human.stdout).toContain(`Bỏ qua ${join(dir, 'broken.xlsx')}: liên kết (shortcut) trỏ tới tệp không còn tồn tại.`);
    // The same file reached through the link to it and through the link to its folder is stored once.
    expect(human.stdout).toContain('Không đổi 30736_2024-H1_form.xlsx: đã nạp đúng tệp này trước đó');
    expect(human.stdout).toContain('Tệp: 2 đã nhận, 0 bị từ chối, 1 không đổi.');
  }, 60_000);
});

describe('--as-of in the future', () => {
  // The clock frozen at 01/07/2024 07:00 in Vietnam; the host zone is not Vietnam's.
  const frozen = { TK13_NOW: '2024-07-01T00:00:00Z', TZ: 'America/New_York' };
  let db: string;

  beforeAll(async () => {
    db = join(work, 'as-of.duckdb');
    const ingest = await runCli(['--db', db, 'ingest', join(SAMPLE_FORMS, FORM), '--received-at', '2024-05-10']);
    expect(ingest.code, ingest.stderr).toBe(0);
  }, 60_000);

  const report = (asOf: string, env: NodeJS.ProcessEnv = frozen) =>
    runCli(['--json', '--db', db, 'report', '--period', '2024-H1', '--province', '91', '--as-of', asOf, '--out', join(work, 'reports')], { env });

  it('is refused for a report (was: "data up to 31/12/9999")', async () => {
    for (const asOf of ['9999-12-31', '2024-07-01']) {
      const result = await report(asOf);
      expectNoCrash(result);
      expect(result.code).toBe(2);
      expect((JSON.parse(result.stdout) as { error: { code: string } }).error.code).toBe('as-of-in-future');
    }
    const vi = await runCli(['--db', db, 'report', '--period', '2024-H1', '--province', '91', '--as-of', '2024-07-01', '--out', join(work, 'reports')], { env: frozen });
    expect(vi.stderr).toContain('Lỗi: --as-of "2024-07-01" (01/07/2024 23:59:59) là thời điểm chưa tới (bây giờ là 01/07/2024 07:00:00)');
  }, 60_000);

  it('is accepted up to now, and for deadlines (which units will be late)', async () => {
    const past = await report('2024-06-30');
    expect(past.code, past.stderr).toBe(0);
    expect((JSON.parse(past.stdout) as { asOf: string }).asOf).toBe('2024-06-30T23:59:59.999+07:00');
    const deadlines = await runCli(['--db', db, 'deadlines', '--period', '2024-H1', '--province', '91', '--as-of', '2024-12-31'], { env: frozen });
    expect(deadlines.code, deadlines.stderr).toBe(0);
  }, 60_000);

  it('recorded in a report makes verify refuse it', async () => {
    const later = await report('2029-01-01', { ...frozen, TK13_NOW: '2030-01-01T00:00:00Z' });
    expect(later.code, later.stderr).toBe(0);
    const file = (JSON.parse(later.stdout) as { file: string }).file;
    const verify = await runCli(['--json', '--db', db, 'verify', file], { env: frozen });
    expectNoCrash(verify);
    expect(verify.code).toBe(1);
    expect((JSON.parse(verify.stdout) as { error: { code: string } }).error.code).toBe('report-as-of-in-future');
  }, 60_000);
});
