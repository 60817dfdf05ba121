import { describe, expect, it } from 'vitest';
import { pseudonymise } from '../../src/registers/pseudonym.js';
import { readRegister } from '../../src/registers/read-register.js';
import { KEY, context } from './helpers.js';
import { scenarioInput } from './scenario-inputs.js';

const encode = (text: string) => new TextEncoder().encode(text);

async function read(text: string, file = '30280_2024-H1_abuse-cases.csv', pseudonymKey = KEY) {
  return readRegister(file, encode(text), context({ pseudonymKey }));
}

describe('columns that identify a person', () => {
  const register = [
    'Họ và tên,Mã vụ việc,Mã trẻ em,Số định danh cá nhân,Mã xã,Ngày phát hiện,Giới tính,Ngày sinh,Hình thức xâm hại,Môi trường xảy ra,Được hỗ trợ can thiệp,Địa chỉ,SĐT phụ huynh,Tên mẹ',
    'Lò Thị Mây,VV-1,TE-1,001204012345,30280,05/03/2024,Nữ,12/07/2014,Bạo lực,Gia đình,Có,Tổ 5 khóm Bình Thới,0987654321,Lò Thị Sen',
  ].join('\n');

  it('are dropped with one warning each, and the register still loads', async () => {
    const parsed = await read(register);
    expect(parsed.diagnostics.map((d) => [d.code, d.found])).toEqual([
      ['personal-data-column-dropped', 'Họ và tên'],
      ['personal-data-column-dropped', 'Số định danh cá nhân'],
      ['personal-data-column-dropped', 'Địa chỉ'],
      ['personal-data-column-dropped', 'SĐT phụ huynh'],
      ['personal-data-column-dropped', 'Tên mẹ'],
    ]);
    expect(parsed.abuseCases).toHaveLength(1);
  });

  it('never let their values out of the reader: not in rows, not in any diagnostic', async () => {
    const everything = JSON.stringify(await read(register));
    for (const value of ['Lò Thị Mây', '001204012345', 'Bình Thới', '0987654321', 'Lò Thị Sen']) expect(everything).not.toContain(value);
  });

  it('are recognised inside longer headers, but known columns are never taken for them', async () => {
    const parsed = await read(`Mã vụ việc,Mã trẻ em,Địa chỉ nơi xảy ra,Số CMND của cha\nVV-1,TE-1,x,y\n`);
    expect(parsed.diagnostics.filter((d) => d.code === 'personal-data-column-dropped').map((d) => d.found)).toEqual(['Địa chỉ nơi xảy ra', 'Số CMND của cha']);
    expect(parsed.diagnostics.some((d) => d.code === 'personal-data-column-dropped' && d.found?.startsWith('Mã'))).toBe(false);
  });
});

describe('child and violator ids', () => {
  it('are stored only as keyed pseudonyms', async () => {
    const { bytes, file } = await scenarioInput('clean-abuse-cases');
    const parsed = await readRegister(file, bytes, context());
    expect(parsed.abuseCases?.map((r) => r.childId)).toEqual(['TE-0001', 'TE-0002', 'TE-0003', 'TE-0001'].map((id) => pseudonymise(id, KEY)));
    expect(JSON.stringify(parsed)).not.toMatch(/TE-000\d/i);
  });

  it('give the same pseudonym for the same id however it is typed, and another one under another key', () => {
    expect(pseudonymise(' te-0001 ', KEY)).toBe(pseudonymise('TE-0001', KEY));
    expect(pseudonymise('TRẦN-01'.normalize('NFD'), KEY)).toBe(pseudonymise('trần-01', KEY));
    expect(pseudonymise('TE-0001', KEY)).not.toBe(pseudonymise('TE-0002', KEY));
    expect(pseudonymise('TE-0001', 'another-installation')).not.toBe(pseudonymise('TE-0001', KEY));
    expect(pseudonymise('TE-0001', KEY)).toMatch(/^[0-9a-f]{64}$/);
  });

  it('are pseudonymised for violators too', async () => {
    const { bytes, file } = await scenarioInput('clean-sanctions');
    const parsed = await readRegister(file, bytes, context());
    expect(parsed.sanctions?.map((r) => r.violatorId)).toEqual(['VP-01', 'VP-02', 'TC-07'].map((id) => pseudonymise(id, KEY)));
    expect(JSON.stringify(parsed)).not.toContain('VP-01');
  });

  it('are never quoted back in a diagnostic, even when they look like a name or an ID number', async () => {
    const { bytes, file } = await scenarioInput('child-rules');
    const diagnostics = JSON.stringify((await readRegister(file, bytes, context())).diagnostics);
    for (const id of ['079 123 456 789', 'Trần Văn Bình', 'TE-3', 'te-3']) expect(diagnostics).not.toContain(id);
  });

  it('keep the birth date out of the rows: only the age and age group are stored', async () => {
    const { bytes, file } = await scenarioInput('clean-abuse-cases');
    const parsed = await readRegister(file, bytes, context());
    expect(parsed.abuseCases?.map((r) => [r.ageYears, r.ageGroup])).toEqual([
      [9, '6-10'],
      [4, '0-5'],
      [15, '11-15'],
      [9, '6-10'],
    ]);
    const rows = JSON.stringify(parsed.abuseCases);
    for (const birth of ['2014-07-12', '12/07/2014', '2019-09-01', '2008-02-01']) expect(rows).not.toContain(birth);
  });
});

describe('text that looks like a formula', () => {
  it('is kept as the plain text that was typed, from CSV and from xlsx', async () => {
    const csv = await read(
      'Mã vụ việc,Mã trẻ em,Mã xã,Ngày phát hiện,Giới tính,Ngày sinh,Hình thức xâm hại,Môi trường xảy ra,Được hỗ trợ can thiệp,Quan hệ với người gây hại\n' +
        'VV-1,TE-1,30280,05/03/2024,Nữ,12/07/2014,Bạo lực,Gia đình,Có,"=HYPERLINK(""http://x"",""y"")"\n' +
        'VV-2,TE-2,30280,05/03/2024,Nữ,12/07/2014,Bạo lực,Gia đình,Có,-1+1\n',
    );
    expect(csv.abuseCases?.map((r) => r.perpetratorRelation)).toEqual(['=HYPERLINK("http://x","y")', '-1+1']);
    const { bytes, file } = await scenarioInput('xlsx-clean');
    const xlsx = await readRegister(file, bytes, context());
    expect(xlsx.abuseCases?.map((r) => r.perpetratorRelation)).toEqual(['=HYPERLINK("http://example.invalid","bấm")', "+cmd|' /C calc'!A0", '@SUM(1+1)']);
  });
});
