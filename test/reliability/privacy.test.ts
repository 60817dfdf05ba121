import { mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { parse as parseCsv } from 'csv-parse/sync';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openStore } from '../../src/store/database.js';
import { type CliResult, runCli } from '../helpers/cli.js';
import { filledTemplate } from '../registers/helpers.js';
import { BATCH_RECEIVED_AT } from './helpers/batch.js';
import { expectNoCrash } from './helpers/refusal.js';
import { tableNames } from './helpers/store-state.js';
import { workbookText } from './helpers/workbook-xml.js';

/**
 * Issue 8, privacy: registers arrive with names, national ID numbers, addresses and phone numbers in
 * columns that identify a person, and with the commune's own child ids. None of it may be found in the
 * database file (raw bytes after a checkpoint, and every table's text), the province report, the
 * annotated copies, any --json document or any message. The database is readable by its owner only,
 * and `export --suppress-below K` blanks the small counts a publication must not show.
 */
const NAMES = ['Lò Thị Mây', 'Nguyễn Văn Bình', 'Lò Thị Sen'];
const ID_NUMBERS = ['001204012345', '079123456789'];
const ADDRESSES = ['Tổ 5 khóm Bình Thới', 'Ấp Xẻo Nhàu'];
const PHONES = ['0987654321', '+84 912 345 678'];
const CHILD_IDS = ['TE-BI-MAT-01', 'TE-BI-MAT-02', 'TE-BI-MAT-03'];
const PERSONAL = [...NAMES, ...ID_NUMBERS, ...ADDRESSES, ...PHONES];

const HEADER = ['Họ và tên', 'Mã vụ việc', 'Mã trẻ em', 'Số định danh cá nhân', 'Mã xã', 'Ngày phát hiện', 'Giới tính', 'Ngày sinh', 'Hình thức xâm hại', 'Môi trường xảy ra', 'Được hỗ trợ can thiệp', 'Địa chỉ', 'SĐT phụ huynh', 'Tên mẹ'];
const RECORDS = [
  [NAMES[0], 'VV-1', CHILD_IDS[0], ID_NUMBERS[0], '30733', '05/03/2024', 'Nữ', '12/07/2014', 'Bạo lực', 'Gia đình', 'Có', ADDRESSES[0], PHONES[0], NAMES[2]],
  [NAMES[1], 'VV-2', CHILD_IDS[1], ID_NUMBERS[1], '30733', '09/04/2024', 'Nam', '01/02/2011', 'Bỏ mặc', 'Cộng đồng', 'Không', ADDRESSES[1], PHONES[1], ''],
  ['', 'VV-3', CHILD_IDS[2], '', '30736', '10/04/2024', 'Nam', '01/02/2016', 'Bạo lực', 'Trường học', 'Có', '', '', ''],
];

let work: string;
let db: string;
const outputs: Array<{ what: string; text: string }> = [];
let annotated: string[];
let report: Uint8Array;

const remember = (what: string, result: CliResult) => outputs.push({ what, text: `${result.stdout}\n${result.stderr}` });

beforeAll(async () => {
  work = mkdtempSync(join(tmpdir(), 'tk13-privacy-'));
  const inputs = join(work, 'in');
  mkdirSync(inputs);
  writeFileSync(join(inputs, '899_2024-H1_abuse-cases.csv'), `${[HEADER, ...RECORDS].map((r) => r.join(',')).join('\n')}\n`);
  // The same kind of register as a workbook from the template, sent by another district of Kiên Giang.
  const xlsx = await filledTemplate({
    kind: 'abuse-cases',
    meta: { unit_code: '902', period: '2024-H1' },
    header: ['Mã vụ việc', 'Mã trẻ em', 'Mã xã', 'Ngày phát hiện', 'Giới tính', 'Ngày sinh', 'Hình thức xâm hại', 'Môi trường xảy ra', 'Được hỗ trợ can thiệp', 'Họ tên trẻ', 'Số CCCD'],
    rows: [['VV-9', CHILD_IDS[0].replace('01', '09'), '30787', { date: '2024-03-05' }, 'Nữ', { date: '2014-07-12' }, 'Bạo lực', 'Gia đình', 'Có', NAMES[0], ID_NUMBERS[0]]],
  });
  writeFileSync(join(inputs, 'so-vu-viec-kien-luong.xlsx'), xlsx);
  db = join(work, 'tk13.duckdb');
  const args = ['run', inputs, '--period', '2024-H1', '--province', '91', '--out', join(work, 'reports'), '--received-at', BATCH_RECEIVED_AT];
  for (const [what, extra] of [['run', []], ['run --json', ['--json']]] as const) {
    const result = await runCli(['--db', db, ...extra, ...args]);
    expectNoCrash(result);
    remember(what, result);
  }
  expect(outputs[0].text).toMatch(/2 (đã nhận|accepted)/);
  report = readFileSync(join(work, 'reports', readdirSync(join(work, 'reports'))[0]));
  const more = await Promise.all([
    runCli(['validate', '--verbose', '--annotate', join(work, 'annotated'), ...readdirSync(inputs).map((f) => join(inputs, f))]),
    runCli(['--json', '--lang', 'en', 'validate', inputs]),
    runCli(['--db', db, 'history', '--unit', '899', '--period', '2024-H1']),
    runCli(['--db', db, '--json', 'history', '--unit', '902', '--period', '2024-H1']),
    runCli(['--db', db, 'deadlines', '--period', '2024-H1', '--province', '91', '--as-of', '2024-06-01']),
  ]);
  ['validate', 'validate --json', 'history', 'history --json', 'deadlines'].forEach((what, i) => remember(what, more[i]));
  annotated = readdirSync(join(work, 'annotated')).map((f) => join(work, 'annotated', f));
}, 120_000);

afterAll(() => rmSync(work, { recursive: true, force: true }));

function expectAbsent(text: string, where: string, values: readonly string[] = [...PERSONAL, ...CHILD_IDS]): void {
  for (const value of values) expect(text.includes(value), `"${value}" found in ${where}`).toBe(false);
}

describe('what identifies a child or a person', () => {
  it('is dropped with a warning naming only the column', () => {
    const validated = outputs.find((o) => o.what === 'validate')!.text;
    for (const column of ['Họ và tên', 'Số định danh cá nhân', 'Địa chỉ', 'SĐT phụ huynh', 'Tên mẹ', 'Họ tên trẻ', 'Số CCCD']) {
      expect(validated).toMatch(new RegExp(`\\[personal-data-column-dropped\\].*${column}`));
    }
  });

  it('is nowhere in the database: not in any table, not in the raw bytes of the file', async () => {
    const store = await openStore(db);
    try {
      await store.connection.run('CHECKPOINT');
      const run = (sql: string) => store.connection.runAndReadAll(sql).then((r) => r.getRowObjectsJson() as Record<string, unknown>[]);
      const tables = await tableNames(run);
      expect(tables).toEqual(expect.arrayContaining(['abuse_case_rows', 'submission_diagnostics', 'submissions']));
      for (const table of tables) expectAbsent(JSON.stringify(await run(`SELECT * FROM "${table}"`)), `table ${table}`);
      // The rows are there, under keyed pseudonyms.
      expect((await run('SELECT count(*)::INTEGER AS n FROM abuse_case_rows'))[0].n).toBe(4);
    } finally {
      store.close();
    }
    const bytes = readFileSync(db);
    for (const value of [...PERSONAL, ...CHILD_IDS]) {
      for (const encoded of [Buffer.from(value, 'utf8'), Buffer.from(value, 'utf16le')]) expect(bytes.includes(encoded), `"${value}" in the database file`).toBe(false);
    }
  });

  it('is in no report, no annotated copy, no JSON document and no message', () => {
    expectAbsent(workbookText(report), 'the province report');
    expect(annotated.length).toBeGreaterThan(0);
    for (const copy of annotated) expectAbsent(workbookText(readFileSync(copy)), copy, PERSONAL);
    for (const { what, text } of outputs) expectAbsent(text, what);
  });

  it('lives in a database file readable by its owner only', () => {
    expect((statSync(db).mode & 0o777).toString(8)).toBe('600');
  });
});

describe('export --suppress-below', () => {
  it('blanks counts from 1 to K−1 (and ratios built on them) and leaves the rest', async () => {
    const [plain, suppressed] = await Promise.all([
      runCli(['--db', db, 'export', '--period', '2024-H1', '--province', '91']),
      runCli(['--db', db, 'export', '--period', '2024-H1', '--province', '91', '--suppress-below', '3']),
    ]);
    expect([plain.code, suppressed.code]).toEqual([0, 0]);
    const rows = (csv: string) => parseCsv(csv, { columns: true }) as Array<Record<string, string>>;
    const before = rows(plain.stdout);
    const after = rows(suppressed.stdout);
    expect(after.length).toBe(before.length);
    const key = (r: Record<string, string>) => `${r.indicator}|${r.unit_code}|${r.disaggregation}`;
    const byKey = new Map(after.map((r) => [key(r), r]));
    // Commune 30736 has one abused child, 30733 has two: both are small; the province's 4 is not.
    const abused = (unit: string) => byKey.get(`abused_children|${unit}|total`)!;
    expect(before.find((r) => key(r) === 'abused_children|30736|total')!.value).toBe('1');
    expect(abused('30736').value).toBe('');
    expect(abused('30733').value).toBe('');
    expect(abused('91').value).toBe('4');
    for (const original of before) {
      const published = byKey.get(key(original))!;
      const small = /^[12]$/.test(original.value) && !original.indicator.includes('fines');
      if (!small && original.numerator === '') expect(published.value, key(original)).toBe(original.value);
      if (small) expect(published.value, key(original)).toBe('');
    }
  }, 60_000);
});
