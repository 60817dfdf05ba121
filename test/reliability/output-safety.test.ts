import { mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { parse as parseCsv } from 'csv-parse/sync';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { valueKey } from '../../src/forms/spec.js';
import { dataSheet, editForm, formBytes, sampleValues } from '../forms/helpers/forms.js';
import { runCli } from '../helpers/cli.js';
import { filledTemplate } from '../registers/helpers.js';
import { BATCH_RECEIVED_AT } from './helpers/batch.js';
import { expectNoCrash } from './helpers/refusal.js';
import { formulas, workbookText } from './helpers/workbook-xml.js';

/**
 * Issue 8, safe outputs: text that came from a submission — file names, a unit name typed over the
 * form's, register headers and free-text cells — that a spreadsheet would run as a formula is written
 * as text in the province report, in annotated copies and in exports; templates carry no formulas.
 */
const LINK = '=HYPERLINK("http://evil.example","bấm")';
const DDE = "+cmd|' /C calc'!A0";
const AT_SUM = '@SUM(1+1)';
const MINUS = '-1+1';

/** A file name cannot hold a slash: the link in it has no scheme, it is a formula all the same. */
const FORM_NAME = '=HYPERLINK("evil.example","bấm").xlsx';
const SANCTIONS_NAME = `+cmd ${AT_SUM} ${MINUS}.xlsx`;

let work: string;
let reportBytes: Uint8Array;
let annotatedBytes: Uint8Array;
let annotatedRegister: Uint8Array;
let exportCsv: string;

async function writeInputs(dir: string): Promise<void> {
  mkdirSync(dir, { recursive: true });
  // The unit name typed over the form's: accepted with a warning quoting it, in the report's validation sheet.
  const form = await editForm(await formBytes(), (wb) => {
    dataSheet(wb).getCell('A7').value = `Đơn vị báo cáo: ${LINK} (mã 30733)`;
  });
  writeFileSync(join(dir, FORM_NAME), form);
  const header = 'Mã vụ việc,Mã trẻ em,Mã xã,Ngày phát hiện,Giới tính,Ngày sinh,Hình thức xâm hại,Môi trường xảy ra,Được hỗ trợ can thiệp,Dân tộc,Quan hệ với người gây hại,@SUM(A1:A9)';
  const rows = [`VV-1,TE-1,30733,05/03/2024,Nữ,12/07/2014,Bạo lực,Gia đình,Có,${MINUS},"${DDE}",x`, `VV-2,TE-2,30736,06/03/2024,Nam,12/07/2012,Bỏ mặc,Gia đình,Không,${AT_SUM},"${LINK.replaceAll('"', '""')}",y`];
  writeFileSync(join(dir, '899_2024-H1_abuse-cases.csv'), `${[header, ...rows].join('\n')}\n`);
  const sanctions = await filledTemplate({
    kind: 'sanctions',
    meta: { unit_code: '899', period: '2024-H1' },
    rows: [['1/QĐ-XPHC', { date: '2024-02-10' }, '30733', 'VP-1', 'Cá nhân', 2_500_000, LINK]],
  });
  writeFileSync(join(dir, SANCTIONS_NAME), sanctions);
}

beforeAll(async () => {
  work = mkdtempSync(join(tmpdir(), 'tk13-outputs-'));
  const inputs = join(work, 'in');
  await writeInputs(inputs);
  const db = join(work, 'tk13.duckdb');
  const run = await runCli(['--db', db, 'run', inputs, '--period', '2024-H1', '--province', '91', '--out', join(work, 'reports'), '--received-at', BATCH_RECEIVED_AT]);
  expectNoCrash(run);
  expect(run.stdout, run.stdout + run.stderr).toMatch(/3 (đã nhận|accepted)/);
  const [report] = readdirSync(join(work, 'reports'));
  reportBytes = readFileSync(join(work, 'reports', report));

  // A form with an error as well, so that validate writes an annotated copy.
  const values = new Map<string, number | string>(sampleValues());
  values.set(valueKey('population', 'age_group=0-5;sex=male'), LINK);
  const broken = await editForm(await formBytes({ values }), (wb) => {
    dataSheet(wb).getCell('A7').value = `Đơn vị báo cáo: ${DDE} (mã 30733)`;
  });
  writeFileSync(join(work, FORM_NAME), broken);
  // A register whose text cells look like formulas, with an unknown column so that it gets a copy too.
  const register = await filledTemplate({
    kind: 'sanctions',
    meta: { unit_code: '899', period: '2024-H1' },
    extraColumns: 1,
    rows: [['1/QĐ-XPHC', { date: '2024-02-10' }, '30733', 'VP-1', 'Cá nhân', 2_500_000, LINK, DDE]],
  });
  writeFileSync(join(work, SANCTIONS_NAME), register);
  const validated = await runCli(['validate', '--annotate', join(work, 'annotated'), join(work, FORM_NAME), join(work, SANCTIONS_NAME)]);
  expectNoCrash(validated);
  expect(validated.code).toBe(1);
  annotatedBytes = readFileSync(join(work, 'annotated', FORM_NAME));
  annotatedRegister = readFileSync(join(work, 'annotated', SANCTIONS_NAME));

  const exported = await runCli(['--db', db, 'export', '--period', '2024-H1', '--province', '91']);
  expect(exported.code, exported.stderr).toBe(0);
  exportCsv = exported.stdout;
}, 120_000);

afterAll(() => rmSync(work, { recursive: true, force: true }));

describe('text that looks like a formula', () => {
  it('reaches the province report as text, with no formula anywhere in it', () => {
    const text = workbookText(reportBytes);
    // The file names (provenance) and the retyped unit name and unknown header (validation sheet) are there…
    for (const shown of [FORM_NAME, SANCTIONS_NAME, LINK, '@SUM(A1:A9)']) expect(text).toContain(shown);
    // …and the workbook has not a single formula.
    expect(formulas(reportBytes)).toEqual([]);
  });

  it('is written as text in the annotated copy, where the problem list quotes it', async () => {
    const text = workbookText(annotatedBytes);
    expect(text).toContain(LINK);
    expect(text).toContain(DDE);
    // The only formulas are the form's own row and column totals, exactly as the blank form has them.
    expect(formulas(annotatedBytes)).toEqual(formulas(await formBytes()));
    // A register's text cells stay text in its copy.
    for (const text of [LINK, DDE]) expect(workbookText(annotatedRegister)).toContain(text);
    expect(formulas(annotatedRegister)).toEqual([]);
  });

  it('never reaches an export, and no exported field starts like a formula', () => {
    const rows = parseCsv(exportCsv, { columns: true }) as Array<Record<string, string>>;
    expect(rows.length).toBeGreaterThan(100);
    for (const row of rows) for (const field of Object.values(row)) expect(field).not.toMatch(/^[=+\-@\t\r]/);
    for (const hostile of [LINK, DDE, AT_SUM, MINUS]) expect(exportCsv).not.toContain(hostile);
  });

  it('cannot get into a template: a blank form holds only its totals, a blank register no formula', async () => {
    const formOut = join(work, 'form-template.xlsx');
    const registerOut = join(work, 'register-template.xlsx');
    const [form, register] = await Promise.all([
      runCli(['template', '--unit', '30733', '--period', '2024-H1', '--out', formOut]),
      runCli(['template', '--register', 'abuse-cases', '--format', 'xlsx', '--out', registerOut]),
    ]);
    expect([form.code, register.code]).toEqual([0, 0]);
    const totals = formulas(readFileSync(formOut));
    expect(totals.length).toBeGreaterThan(0);
    for (const total of totals) expect(total).toMatch(/: <f>IF\(COUNT\([A-F]\d+:[A-F]\d+\)=0,&quot;&quot;,SUM\([A-F]\d+:[A-F]\d+\)\)<\/f>$/);
    expect(formulas(readFileSync(registerOut))).toEqual([]);
  });
});
