import { cpSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openStore } from '../../src/store/database.js';
import { type CliResult, repoRoot, runCli } from '../helpers/cli.js';
import { BATCH_RECEIVED_AT } from './helpers/batch.js';
import { expectNoCrash } from './helpers/refusal.js';
import { tableNames } from './helpers/store-state.js';
import { workbookText } from './helpers/workbook-xml.js';
import { filledTemplate } from '../registers/helpers.js';

/**
 * Issue 13, privacy: a hostile register types names, citizen ID numbers and phone numbers into EVERY
 * column tk13 keeps (case, child, decision, violator and related-case ids, ethnicity, relation) and into
 * coded and date columns; it is ingested with the sample province's registers. None of those
 * identities, and none of the sample's raw child ids, may be found in the database file's bytes, any
 * table, the report, the annotated copies, any --json document or any message.
 */
const NAMES = ['Phạm Thị Mai Anh', 'Trần Văn Khoa', 'Hoàng Văn Tư', 'Lê Thị Thu', 'Đỗ Văn Nam', 'Bùi Thị Lan', 'Nguyễn Thị Hoa', 'Vũ Minh Châu', 'Đặng Văn Lâm'];
const ID_NUMBERS = ['079208005678', '038090001234', '001204099887', '201234567'];
const PHONES = ['0912345678', '0987111222', '+84 903 456 789', '0977 222 333'];
const IDENTITIES = [...NAMES, ...ID_NUMBERS, ...PHONES];

const CASES_HEADER = 'Mã vụ việc;Mã trẻ em;Mã xã;Ngày phát hiện;Giới tính;Ngày sinh;Hình thức xâm hại;Môi trường xảy ra;Được hỗ trợ can thiệp;Dân tộc;Quan hệ với người gây hại';
const ok = ['VV-H-1', 'TE-H-1', '30754', '05/03/2024', 'Nữ', '12/07/2014', 'Bạo lực', 'Gia đình', 'Có', 'Kinh', 'Cha dượng'];
/** One row per hostile cell: column index → value. */
const CASE_CELLS: Array<[number, string]> = [
  [0, NAMES[0]], [0, ID_NUMBERS[0]], [1, PHONES[0]], [1, NAMES[6]], [1, ID_NUMBERS[3]], [9, NAMES[1]], [9, PHONES[2]], [10, `Chú ${NAMES[2]}`],
  [10, ID_NUMBERS[1]], [5, NAMES[0]], [4, ID_NUMBERS[0]], [7, NAMES[3]], [6, PHONES[1]], [8, NAMES[7]], [3, ID_NUMBERS[2]], [2, ID_NUMBERS[0]],
];
const SANCTIONS_HEADER = 'Số quyết định xử phạt;Ngày quyết định;Mã xã;Mã người vi phạm;Loại đối tượng vi phạm;Số tiền phạt (đồng);Mã vụ việc liên quan';
const okSanction = ['9/QĐ-XPHC', '10/04/2024', '30754', 'VP-H-1', 'Cá nhân', '1000000', 'VV-H-1'];
const SANCTION_CELLS: Array<[number, string]> = [[0, NAMES[4]], [3, ID_NUMBERS[1]], [3, NAMES[5]], [6, PHONES[3]], [4, NAMES[8]], [1, ID_NUMBERS[2]], [6, NAMES[8]]];

const rowsWith = (base: string[], cells: Array<[number, string]>) => cells.map(([i, value]) => base.map((v, j) => (j === i ? value : v)).join(';'));

const SAMPLE = join(repoRoot, 'fixtures', 'sample-province', '2024-H1', 'registers');
const sampleChildIds = readdirSync(SAMPLE)
  .filter((f) => f.endsWith('_abuse-cases.csv'))
  .flatMap((f) => readFileSync(join(SAMPLE, f), 'utf8').split('\n').slice(1).filter((l) => l.trim()).map((l) => l.split(/[,;]/)[1]));

let work: string;
let db: string;
const outputs: Array<{ what: string; text: string }> = [];
const remember = (what: string, result: CliResult) => outputs.push({ what, text: `${result.stdout}\n${result.stderr}` });

beforeAll(async () => {
  work = mkdtempSync(join(tmpdir(), 'tk13-hostile-'));
  const inputs = join(work, 'in');
  cpSync(SAMPLE, inputs, { recursive: true });
  const hostile = join(inputs, 'hostile');
  mkdirSync(hostile);
  writeFileSync(join(hostile, '899_2024-H1_abuse-cases.csv'), `${[CASES_HEADER, ...rowsWith(ok, CASE_CELLS)].join('\n')}\n`);
  writeFileSync(join(hostile, '899_2024-H1_sanctions.csv'), `${[SANCTIONS_HEADER, ...rowsWith(okSanction, SANCTION_CELLS)].join('\n')}\n`);
  // The same as a workbook from the template: its annotated copy gets a "Lỗi" sheet and cell notes.
  const header = CASES_HEADER.split(';');
  const cellsOf = (row: string) => row.split(';').map((v, j) => (j === 3 || j === 5) && /^\d\d\/\d\d\/\d{4}$/.test(v) ? { date: v.split('/').reverse().join('-') } : v);
  writeFileSync(join(hostile, 'so-vu-viec-hostile.xlsx'), await filledTemplate({ kind: 'abuse-cases', meta: { unit_code: '902', period: '2024-H1' }, header, rows: rowsWith(ok, CASE_CELLS).map(cellsOf) }));
  db = join(work, 'tk13.duckdb');
  const args = ['run', inputs, '--period', '2024-H1', '--province', '91', '--out', join(work, 'reports'), '--received-at', BATCH_RECEIVED_AT];
  for (const [what, extra] of [['run', []], ['run --json', ['--json']]] as const) {
    const result = await runCli(['--db', db, ...extra, ...args]);
    expectNoCrash(result);
    remember(what, result);
  }
  const more = await Promise.all([
    runCli(['validate', '--verbose', '--annotate', join(work, 'annotated'), hostile]),
    runCli(['--json', 'validate', hostile]),
    runCli(['--json', '--lang', 'en', 'validate', hostile]),
    runCli(['--db', db, 'export', '--period', '2024-H1', '--province', '91']),
  ]);
  ['validate', 'validate --json', 'validate --json --lang en', 'export'].forEach((what, i) => remember(what, more[i]));
}, 240_000);

afterAll(() => rmSync(work, { recursive: true, force: true }));

function expectAbsent(text: string, where: string, values: readonly string[] = [...IDENTITIES, ...sampleChildIds]): void {
  for (const value of values) expect(text.includes(value), `"${value}" found in ${where}`).toBe(false);
}

describe('a register with identities typed into every column', () => {
  it('is refused, each cell named, with what kind of value it holds and never the value', () => {
    const validated = outputs.find((o) => o.what === 'validate')!.text;
    for (const code of ['register-cell-holds-person-name', 'register-cell-holds-id-number', 'register-cell-holds-phone']) expect(validated).toContain(`[${code}]`);
    expect(validated).toMatch(/dòng 3 › Mã vụ việc \[register-cell-holds-id-number\]/);
    expect(validated).toContain('thấy "một họ tên (đã ẩn)"');
    expect(validated).toContain('thấy "một số CCCD/CMND (đã ẩn)"');
    const json = JSON.parse(outputs.find((o) => o.what === 'validate --json --lang en')!.text.split('\n').filter((l) => l.trim()).join('\n')) as unknown;
    const founds = JSON.stringify(json).match(/"found":"[^"]*hidden[^"]*"/g) ?? [];
    expect(founds.length).toBeGreaterThanOrEqual(5);
    expect(outputs.find((o) => o.what === 'run')!.text).toMatch(/bị từ chối|rejected/);
  });

  it('leaves nothing in the database: not in any table, not in the raw bytes of the file', async () => {
    const store = await openStore(db);
    try {
      await store.connection.run('CHECKPOINT');
      const run = (sql: string) => store.connection.runAndReadAll(sql).then((r) => r.getRowObjectsJson() as Record<string, unknown>[]);
      const tables = await tableNames(run);
      for (const table of tables) expectAbsent(JSON.stringify(await run(`SELECT * FROM "${table}"`)), `table ${table}`);
      // The sample is there, under keyed pseudonyms.
      expect((await run('SELECT count(DISTINCT child_id)::INTEGER AS n FROM abuse_case_rows'))[0].n).toBe(new Set(sampleChildIds).size);
    } finally {
      store.close();
    }
    const bytes = readFileSync(db);
    for (const value of [...IDENTITIES, ...sampleChildIds]) {
      for (const encoded of [Buffer.from(value, 'utf8'), Buffer.from(value, 'utf16le')]) expect(bytes.includes(encoded), `"${value}" in the database file`).toBe(false);
    }
  });

  it('is in no report, no annotated copy, no JSON document, no export and no message', () => {
    const reports = readdirSync(join(work, 'reports'));
    expect(reports.length).toBeGreaterThan(0);
    for (const report of reports) expectAbsent(workbookText(readFileSync(join(work, 'reports', report))), report);
    const annotated = readdirSync(join(work, 'annotated'));
    expect(annotated.length).toBeGreaterThan(0);
    for (const copy of annotated) {
      const text = workbookText(readFileSync(join(work, 'annotated', copy)));
      expect(text).toContain('một họ tên (đã ẩn)');
      expectAbsent(text, copy);
    }
    for (const { what, text } of outputs) expectAbsent(text, what);
  });
});
