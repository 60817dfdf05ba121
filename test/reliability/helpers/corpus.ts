/**
 * The hostile-input corpus (issue 8): every file is generated here from the real templates, so
 * nothing binary is committed. Each case says which problem it must be refused with and where.
 */
import { valueKey } from '../../../src/forms/spec.js';
import { COMMUNE_2024, formBytes, sampleValues } from '../../forms/helpers/forms.js';
import { scenarioInput } from '../../registers/scenario-inputs.js';
import { partText, withBombPart, withDeclaredSizes, withPart, withRepeatedPart } from './hostile-zip.js';

export interface HostileCase {
  name: string;
  /** File name as submitted: it says the unit, period and kind. */
  file: string;
  bytes: () => Promise<Uint8Array>;
  /** The error that must be reported. */
  code: string;
  /** Text of the location that must be printed with it (`Sheet › A1`, `line 3`), when there is one. */
  where?: string;
  /** Further problems the same file must also report. */
  also?: Array<{ code: string; where: string }>;
}

export const FORM_FILE = `${COMMUNE_2024.code}_2024-H1_form.xlsx`;
/** Thành phố Rạch Giá (district 899, Kiên Giang, 2024 list) sends the registers of the corpus. */
export const REGISTER_UNIT = '899';
export const CASES_FILE = `${REGISTER_UNIT}_2024-H1_abuse-cases.csv`;
export const SANCTIONS_FILE = `${REGISTER_UNIT}_2024-H1_sanctions.csv`;
/** Receipt time of every corpus file: inside the 2024-H1 window's deadline. */
export const RECEIVED_AT = '2024-05-20T10:00:00+07:00';

const DATA_SHEET = 'Biểu số 01';
const SHEET = 'xl/worksheets/sheet1.xml';
const POP_0_5_MALE = valueKey('population', 'age_group=0-5;sex=male');
const POP_0_5_FEMALE = valueKey('population', 'age_group=0-5;sex=female');
const POP_6_10_MALE = valueKey('population', 'age_group=6-10;sex=male');
const POP_6_10_FEMALE = valueKey('population', 'age_group=6-10;sex=female');

const CASES_HEADER = 'Mã vụ việc,Mã trẻ em,Mã xã,Ngày phát hiện,Giới tính,Ngày sinh,Hình thức xâm hại,Môi trường xảy ra,Được hỗ trợ can thiệp,Quan hệ với người gây hại';
const GOOD_CASE = 'VV-1,TE-1,30733,05/03/2024,Nữ,12/07/2014,Bạo lực,Gia đình,Có,';

const utf8 = (text: string) => new TextEncoder().encode(text);
const casesCsv = (...lines: string[]) => utf8(`${[CASES_HEADER, ...lines].join('\n')}\n`);

function formWith(values: Record<string, number | string>): Promise<Uint8Array> {
  const filled = new Map<string, number | string>(sampleValues());
  for (const [key, value] of Object.entries(values)) filled.set(key, value);
  return formBytes({ values: filled });
}

/** Column letters of a 1-based column number. */
function letters(column: number): string {
  let text = '';
  for (let n = column; n > 0; n = Math.floor((n - 1) / 26)) text = String.fromCharCode(65 + ((n - 1) % 26)) + text;
  return text;
}

/** Appends rows after the form's table, the way a runaway paste or macro would. */
const appendRows = (xml: string, rows: string) => xml.replace('</sheetData>', `${rows}</sheetData>`);

const registerScenario = async (name: string) => (await scenarioInput(name)).bytes;

export const FORM_CASES: HostileCase[] = [
  { name: 'form: not a zip, named .xlsx', file: FORM_FILE, code: 'file-not-zip', bytes: async () => utf8('Biểu số 01\n121;117\n') },
  { name: 'form: truncated zip', file: FORM_FILE, code: 'file-corrupt-zip', bytes: async () => (await formBytes()).slice(0, 6000) },
  {
    name: 'form: zip bomb declaring 500 MB per part',
    file: FORM_FILE,
    code: 'file-too-large-uncompressed',
    bytes: async () => withDeclaredSizes(await formBytes(), 500_000_000),
  },
  {
    name: 'form: zip bomb lying about its size (2.6 MB inflating to 420 MB)',
    file: FORM_FILE,
    code: 'file-too-large-uncompressed',
    bytes: async () => withBombPart(await formBytes(), SHEET, 420 * 1024 * 1024),
  },
  {
    name: 'form: a million rows',
    file: FORM_FILE,
    code: 'workbook-too-many-rows',
    where: DATA_SHEET,
    bytes: async () => withRepeatedPart(await formBytes(), SHEET, '<row><c t="n"><v>1</v></c></row>', 1_000_000),
  },
  {
    name: 'form: 10,000 columns',
    file: FORM_FILE,
    code: 'workbook-too-many-columns',
    where: `${DATA_SHEET} › NTP100`,
    bytes: async () => withPart(await formBytes(), SHEET, (xml) => appendRows(xml, `<row r="100">${Array.from({ length: 10_000 }, (_, i) => `<c r="${letters(i + 1)}100"><v>1</v></c>`).join('')}</row>`)),
  },
  {
    name: 'form: a cell string of 1 MB',
    file: FORM_FILE,
    code: 'workbook-cell-too-long',
    where: `${DATA_SHEET} › B100`,
    bytes: async () => withPart(await formBytes(), SHEET, (xml) => appendRows(xml, `<row r="100"><c r="B100" t="inlineStr"><is><t>${'ghi chú '.repeat(131_072)}</t></is></c></row>`)),
  },
  {
    name: 'form: XML with a DOCTYPE and nested entities',
    file: FORM_FILE,
    code: 'workbook-doctype',
    bytes: async () =>
      withPart(await formBytes(), 'xl/sharedStrings.xml', (xml) =>
        xml.replace(/^(<\?xml[^>]*\?>)/, '$1<!DOCTYPE sst [<!ENTITY a "aaaaaaaaaa"><!ENTITY b "&a;&a;&a;&a;&a;&a;&a;&a;&a;&a;"><!ENTITY c "&b;&b;&b;&b;&b;&b;&b;&b;&b;&b;">]>'),
      ),
  },
  {
    name: 'form: NUL bytes inside the sheet XML',
    file: FORM_FILE,
    code: 'form-unreadable',
    bytes: async () => withPart(await formBytes(), SHEET, (xml) => xml.replace('<sheetData>', '<sheetData>\u0000\u0000')),
  },
  {
    name: 'form: formula-looking text typed into count cells',
    file: FORM_FILE,
    code: 'form-value-not-number',
    where: `${DATA_SHEET} › E14`,
    also: ['F14', 'E15', 'F15'].map((cell) => ({ code: 'form-value-not-number', where: `${DATA_SHEET} › ${cell}` })),
    bytes: () => formWith({ [POP_0_5_MALE]: '=HYPERLINK("http://evil.example","bấm")', [POP_0_5_FEMALE]: "+cmd|' /C calc'!A0", [POP_6_10_MALE]: '@SUM(1+1)', [POP_6_10_FEMALE]: '-1+1' }),
  },
  {
    name: 'form: negative and fractional counts',
    file: FORM_FILE,
    code: 'form-count-negative',
    where: `${DATA_SHEET} › E14`,
    also: [{ code: 'form-count-not-whole', where: `${DATA_SHEET} › F14` }],
    bytes: () => formWith({ [POP_0_5_MALE]: -5, [POP_0_5_FEMALE]: 2.5 }),
  },
  {
    // Once an internal error (exit 3): the value reached the database and overflowed its BIGINT.
    name: 'form: counts of twenty digits',
    file: FORM_FILE,
    code: 'form-count-too-large',
    where: `${DATA_SHEET} › E14`,
    also: [{ code: 'form-count-too-large', where: `${DATA_SHEET} › F14` }],
    bytes: () => formWith({ [POP_0_5_MALE]: 1e20, [POP_0_5_FEMALE]: '99999999999999999999' }),
  },
  {
    name: 'form: the period of 1900 in its hidden sheet',
    file: FORM_FILE,
    code: 'form-meta-invalid',
    where: '_meta › B9',
    bytes: async () => withPart(await formBytes(), 'xl/sharedStrings.xml', (xml) => xml.replaceAll('>2024-H1<', '>1900-H1<')),
  },
  {
    name: 'form: the period of 2100 in its hidden sheet',
    file: FORM_FILE,
    code: 'form-period-mismatch',
    where: `${DATA_SHEET} › A5`,
    bytes: async () => withPart(await formBytes(), 'xl/sharedStrings.xml', (xml) => xml.replaceAll('>2024-H1<', '>2100-H1<')),
  },
  {
    name: 'form: a unit code that does not exist',
    file: FORM_FILE,
    code: 'form-unit-unknown',
    where: '_meta › B4',
    bytes: async () => {
      const bytes = await formBytes();
      const meta = partText(bytes, 'xl/worksheets/sheet2.xml');
      if (!meta.includes('30733') && !partText(bytes, 'xl/sharedStrings.xml').includes('30733')) throw new Error('unit code not found in the form');
      return withPart(bytes, 'xl/sharedStrings.xml', (xml) => xml.replaceAll('>30733<', '>39999<'));
    },
  },
];

export const REGISTER_CASES: HostileCase[] = [
  { name: 'register: not a zip, named .xlsx', file: '899_2024-H1_abuse-cases.xlsx', code: 'file-not-zip', bytes: () => registerScenario('not-a-zip') },
  { name: 'register: truncated zip', file: '899_2024-H1_abuse-cases.xlsx', code: 'file-corrupt-zip', bytes: () => registerScenario('xlsx-truncated') },
  { name: 'register: zip bomb declaring 500 MB per part', file: '899_2024-H1_abuse-cases.xlsx', code: 'file-too-large-uncompressed', bytes: () => registerScenario('xlsx-zip-bomb') },
  {
    name: 'register: zip bomb lying about its size (2.6 MB inflating to 420 MB)',
    file: '899_2024-H1_abuse-cases.xlsx',
    code: 'file-too-large-uncompressed',
    bytes: async () => withBombPart(await registerScenario('xlsx-clean'), SHEET, 420 * 1024 * 1024),
  },
  {
    name: 'register: a million rows',
    file: '899_2024-H1_abuse-cases.xlsx',
    code: 'register-too-many-rows',
    bytes: async () => withRepeatedPart(await registerScenario('xlsx-clean'), SHEET, '<row><c t="n"><v>1</v></c></row>', 1_000_000),
  },
  { name: 'register: 10,000 columns', file: '899_2024-H1_abuse-cases.xlsx', code: 'register-too-many-columns', bytes: () => registerScenario('xlsx-too-many-columns') },
  {
    name: 'register: a cell string of 1 MB',
    file: CASES_FILE,
    code: 'register-cell-too-long',
    where: 'line 2 › Quan hệ với người gây hại',
    bytes: async () => casesCsv(`${GOOD_CASE}${'x'.repeat(1 << 20)}`),
  },
  { name: 'register: XML with a DOCTYPE and entities', file: '899_2024-H1_abuse-cases.xlsx', code: 'workbook-doctype', bytes: () => registerScenario('xlsx-unreadable') },
  { name: 'register: NUL bytes', file: CASES_FILE, code: 'register-nul-byte', where: 'line 3', bytes: () => registerScenario('nul-byte') },
  { name: 'register: invalid UTF-8', file: CASES_FILE, code: 'register-encoding-invalid', where: 'line 3', bytes: () => registerScenario('encoding-invalid') },
  {
    name: 'register: an unterminated quote',
    file: CASES_FILE,
    code: 'register-csv-quote-unclosed',
    where: 'line 3',
    bytes: async () => casesCsv(GOOD_CASE, 'VV-2,TE-2,30733,05/03/2024,Nữ,12/07/2014,"Bạo lực,Gia đình,Có,', GOOD_CASE.replace('VV-1', 'VV-3')),
  },
  {
    name: 'register: formula-looking text in coded columns',
    file: CASES_FILE,
    code: 'register-code-unknown',
    where: 'line 2 › Giới tính',
    also: [
      { code: 'register-code-unknown', where: 'line 2 › Hình thức xâm hại' },
      { code: 'register-code-unknown', where: 'line 2 › Môi trường xảy ra' },
      { code: 'register-yes-no-invalid', where: 'line 2 › Được hỗ trợ can thiệp' },
    ],
    bytes: async () => casesCsv('VV-1,TE-1,30733,05/03/2024,"=HYPERLINK(""http://evil.example"",""x"")",12/07/2014,+cmd,@SUM(1+1),-1+1,'),
  },
  {
    name: 'register: detection dates in 1900 and 2100',
    file: CASES_FILE,
    code: 'register-date-too-early',
    where: 'line 2 › Ngày phát hiện',
    also: [{ code: 'register-date-after-receipt', where: 'line 3 › Ngày phát hiện' }],
    bytes: async () => casesCsv('VV-1,TE-1,30733,01/01/1900,Nữ,12/07/1895,Bạo lực,Gia đình,Có,', 'VV-2,TE-2,30733,31/12/2100,Nữ,12/07/2094,Bạo lực,Gia đình,Có,'),
  },
  {
    name: 'register: negative and fractional fines',
    file: SANCTIONS_FILE,
    code: 'register-number-negative',
    where: 'line 2 › fine_vnd',
    also: [{ code: 'register-number-not-whole', where: 'line 3 › fine_vnd' }],
    bytes: async () =>
      utf8('decision_id,decided_on,commune_code,violator_id,violator_type,fine_vnd\n1/QĐ-XPHC,05/03/2024,30733,VP-1,individual,-500000\n2/QĐ-XPHC,05/03/2024,30733,VP-2,individual,1500000.5\n'),
  },
  { name: 'register: an unknown commune', file: CASES_FILE, code: 'register-commune-unknown', where: 'line 2 › Mã xã', bytes: async () => casesCsv(GOOD_CASE.replace('30733', '99999')) },
  {
    name: 'register: a commune outside the submitting district',
    file: CASES_FILE,
    code: 'register-commune-outside-unit',
    where: 'line 2 › Mã xã',
    bytes: async () => casesCsv(GOOD_CASE.replace('30733', '30787')),
  },
];

export const HOSTILE_CASES = [...FORM_CASES, ...REGISTER_CASES];
