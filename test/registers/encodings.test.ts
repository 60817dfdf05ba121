import { describe, expect, it } from 'vitest';
import { readRegister } from '../../src/registers/read-register.js';
import { context, encodeWindows1258, utf16 } from './helpers.js';

const FILE = '30280_2024-H1_abuse-cases.csv';

/** A register full of Vietnamese letters that Windows-1258 can only write with combining tone marks. */
const HEADER = 'Mã vụ việc,Mã trẻ em,Mã xã,Ngày phát hiện,Giới tính,Ngày sinh,Hình thức xâm hại,Môi trường xảy ra,Được hỗ trợ can thiệp,Dân tộc,Quan hệ với người gây hại';
const ROWS = [
  'VV-001,TE-0001,30280,05/03/2024,Nữ,12/07/2014,Bạo lực; Bỏ mặc,Gia đình,Có,Ê Đê,Bố dượng',
  'VV-002,TE-0002,30280,2024-01-20,Nam,01/09/2019,Xâm hại tình dục,Môi trường mạng;Trường học,Không,Mường,Người quen ở xóm',
  'VV-003,TE-0003,30280,15/11/2023,Nữ,2008-02-01,Bóc lột,Cộng đồng,Có,Thái,Chủ cơ sở sản xuất',
  'VV-004,TE-0004,30280,1/2/2024,Nam,3/4/2012,Mua bán; Bỏ rơi,Cơ sở trợ giúp xã hội,Có,Khơ Me,Ông ngoại',
];
const SOURCE = `${HEADER}\n${ROWS.join('\n')}\n`;

async function rowsOf(bytes: Uint8Array, file = FILE) {
  const parsed = await readRegister(file, bytes, context());
  return { rows: parsed.abuseCases, problems: parsed.diagnostics };
}

describe('the same register saved in every encoding people use', () => {
  const utf8 = new TextEncoder().encode(SOURCE);
  const variants: Record<string, Uint8Array> = {
    'UTF-8 with BOM': Uint8Array.from([0xef, 0xbb, 0xbf, ...utf8]),
    'UTF-16 LE with BOM (Excel "Unicode Text")': utf16(SOURCE, 'le'),
    'UTF-16 BE with BOM': utf16(SOURCE, 'be'),
    'UTF-16 LE without BOM': utf16(SOURCE, 'le', false),
    'Windows-1258 (combining tone marks)': encodeWindows1258(SOURCE),
    'UTF-8 decomposed (NFD, as macOS writes)': new TextEncoder().encode(SOURCE.normalize('NFD')),
    'UTF-8 with Windows line endings': new TextEncoder().encode(SOURCE.replaceAll('\n', '\r\n')),
  };

  it('reads plain UTF-8 into four rows with Vietnamese text intact', async () => {
    const { rows, problems } = await rowsOf(utf8);
    expect(problems).toEqual([]);
    expect(rows).toHaveLength(4);
    expect(rows?.map((r) => r.ethnicity)).toEqual(['Ê Đê', 'Mường', 'Thái', 'Khơ Me']);
    expect(rows?.[1].perpetratorRelation).toBe('Người quen ở xóm');
  });

  for (const [name, bytes] of Object.entries(variants)) {
    it(`loads ${name} to rows identical to UTF-8`, async () => {
      const expected = await rowsOf(utf8);
      const actual = await rowsOf(bytes);
      expect(actual.problems).toEqual([]);
      expect(actual.rows).toEqual(expected.rows);
    });
  }

  it('really is Windows-1258 with combining marks, not UTF-8 in disguise', () => {
    // "Nữ" = N, ư (0xFD), combining tilde (0xDE); "ặ" = ă (0xE3) + combining dot below (0xF2).
    expect([...encodeWindows1258('Nữ')]).toEqual([0x4e, 0xfd, 0xde]);
    expect([...encodeWindows1258('ặ')]).toEqual([0xe3, 0xf2]);
    expect(() => new TextDecoder('utf-8', { fatal: true }).decode(variants['Windows-1258 (combining tone marks)'])).toThrow();
  });
});

describe('separators and headers as people type them', () => {
  async function rowsFrom(text: string) {
    const { rows, problems } = await rowsOf(new TextEncoder().encode(text));
    expect(problems).toEqual([]);
    return rows;
  }

  it('reads ";"-separated files (Excel with Vietnamese regional settings) like ","-separated ones', async () => {
    const semicolon = [HEADER.replaceAll(',', ';'), ...ROWS.map((row) => row.split(',').map((cell) => (cell.includes(';') ? `"${cell}"` : cell)).join(';'))].join('\n');
    expect(await rowsFrom(semicolon)).toEqual(await rowsFrom(SOURCE));
  });

  it('reads tab-separated text pasted from a spreadsheet', async () => {
    const tabs = [HEADER, ...ROWS].map((line) => line.replaceAll(',', '\t')).join('\n');
    expect(await rowsFrom(tabs)).toEqual(await rowsFrom(SOURCE));
  });

  it('matches headers by canonical key, without diacritics, in any case, with stray spaces', async () => {
    const keys = 'case_id,child_id,commune_code,detected_on,sex,birth_date,abuse_forms,environment,supported,ethnicity,perpetrator_relation';
    const plain = 'MA VU VIEC,ma tre em,Ma Xa,ngay phat hien,GIOI TINH,ngay sinh,hinh thuc xam hai,moi truong xay ra,duoc ho tro can thiep,dan toc,quan he voi nguoi gay hai';
    const messy = '  Mã Vụ Việc , MÃ TRẺ EM,mã  xã,Ngày_phát_hiện,giới tính ,NGÀY SINH,Hình thức xâm hại,Môi trường,Được hỗ trợ,Dân tộc,Quan hệ với người gây hại';
    const expected = await rowsFrom(SOURCE);
    for (const header of [keys, plain, messy]) expect(await rowsFrom(`${header}\n${ROWS.join('\n')}\n`)).toEqual(expected);
  });

  it('accepts columns in any order', async () => {
    const order = [10, 0, 2, 1, 3, 4, 5, 6, 7, 8, 9];
    const reorder = (line: string) => {
      const cells = line.split(',');
      return order.map((i) => cells[i]).join(',');
    };
    expect(await rowsFrom([HEADER, ...ROWS].map(reorder).join('\n'))).toEqual(await rowsFrom(SOURCE));
  });
});
