import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { parse } from 'csv-parse/sync';
import { describe, expect, it } from 'vitest';
import { readRegister } from '../../src/registers/read-register.js';
import { context } from './helpers.js';
import { scenarioInput } from './scenario-inputs.js';

/** The old→new commune mapping as published, read here independently of tk13's own loader. */
const merges = parse(readFileSync(resolve(import.meta.dirname, '../../data/dvhc/commune-merge-2025.csv'), 'utf8'), { columns: true }) as {
  old_commune_code: string;
  new_commune_code: string;
  merge_type: string;
}[];
const targetsOf = (old: string) => merges.filter((m) => m.old_commune_code === old);

async function mappingScenario() {
  const input = await scenarioInput('communes-2025-mapping');
  return readRegister(input.file, input.bytes, input.context);
}

describe('commune codes in a period on the 2025 list', () => {
  it('uses real data: 00001 and 00037 went whole into 00097, 00094 was split', () => {
    expect(targetsOf('00001')).toEqual([{ old_commune_code: '00001', new_commune_code: '00097', merge_type: 'full' }]);
    expect(targetsOf('00037').map((m) => [m.new_commune_code, m.merge_type])).toEqual([['00097', 'full']]);
    expect(targetsOf('00094').every((m) => m.merge_type === 'partial')).toBe(true);
  });

  it('stores the NEW code for an old commune that merged whole, and warns once per old code with the row count', async () => {
    const parsed = await mappingScenario();
    expect(parsed.unit).toMatchObject({ code: '00097', list: '2025', provinceCode: '01' });
    expect(parsed.abuseCases?.map((r) => [r.caseId, r.communeCode])).toEqual([
      ['VV-1', '00097'],
      ['VV-2', '00097'],
      ['VV-3', '00097'],
      ['VV-4', '00097'],
    ]);
    const mapped = parsed.diagnostics.filter((d) => d.code === 'commune-code-mapped');
    expect(mapped.map((d) => [d.line, d.found, d.params?.rows])).toEqual([
      [3, '00001 Phường Phúc Xá', 2],
      [5, '00037 Phường Phúc Tân', 1],
    ]);
  });

  it('refuses a split commune, naming every candidate of the published mapping', async () => {
    const split = (await mappingScenario()).diagnostics.find((d) => d.code === 'register-commune-split');
    const candidates = targetsOf('00094').map((m) => m.new_commune_code);
    expect(split?.expected?.split('; ').map((c) => c.slice(0, 5))).toEqual(candidates);
    expect(split?.severity).toBe('error');
  });
});

describe('commune codes in a period on the 2024 list', () => {
  it('takes old codes as they are, without mapping', async () => {
    const input = await scenarioInput('clean-abuse-cases');
    const parsed = await readRegister(input.file, input.bytes, input.context);
    expect(parsed.unit).toMatchObject({ code: '30280', list: '2024', level: 'commune' });
    expect(new Set(parsed.abuseCases?.map((r) => r.communeCode))).toEqual(new Set(['30280']));
  });

  it('lets a district send rows of its communes only', async () => {
    const input = await scenarioInput('communes-district-2024');
    const parsed = await readRegister(input.file, input.bytes, input.context);
    expect(parsed.unit).toMatchObject({ code: '883', level: 'district' });
    expect(parsed.abuseCases?.map((r) => r.communeCode)).toEqual(['30280', '30283']);
    const outside = parsed.diagnostics.filter((d) => d.code === 'register-commune-outside-unit');
    expect(outside.map((d) => d.found)).toEqual(['30316 Phường Châu Phú B', '30787 Thị trấn Kiên Lương', '00097 Phường Tứ Liên']);
    expect(outside.every((d) => d.expected === '883 Thành phố Long Xuyên')).toBe(true);
  });

  it('reads a code whose leading zeros Excel dropped', async () => {
    const csv = 'Mã vụ việc,Mã trẻ em,Mã xã,Ngày phát hiện,Giới tính,Ngày sinh,Hình thức xâm hại,Môi trường xảy ra,Được hỗ trợ can thiệp\nVV-1,TE-1,97,05/03/2024,Nữ,12/07/2014,Bạo lực,Gia đình,Có\n';
    const parsed = await readRegister('00097_2024-H1_abuse-cases.csv', new TextEncoder().encode(csv), context());
    expect(parsed.diagnostics).toEqual([]);
    expect(parsed.abuseCases?.[0].communeCode).toBe('00097');
  });

  it('does not accept a 2024-list district as the submitting unit of a 2025-list period', async () => {
    const csv = 'Mã vụ việc,Mã trẻ em,Mã xã\n';
    const parsed = await readRegister('883_2025_abuse-cases.csv', new TextEncoder().encode(csv), context({ receivedAt: new Date('2025-11-15T00:00:00+07:00') }));
    expect(parsed.diagnostics[0]).toMatchObject({ code: 'unit-unknown', found: '883' });
  });
});
