import { describe, expect, it } from 'vitest';
import { ETHNIC_GROUPS, identityKind, withoutIdentity } from '../../src/core/personal-data.js';
import type { Diagnostic } from '../../src/core/diagnostics.js';
import { diagnosticJson, diagnosticLines } from '../../src/cli/output.js';
import { renderMessage } from '../../src/i18n/messages.js';

/** Issue 13: what identifies a person, told apart from what a register legitimately holds. */
const RELATIONS = [
  'Cha dượng', 'Mẹ kế', 'Bố dượng', 'Dượng', 'Cha đẻ', 'Mẹ đẻ', 'Bố nuôi', 'Mẹ nuôi', 'Ông nội', 'Bà nội', 'Ông ngoại', 'Bà ngoại',
  'Anh trai', 'Chị gái', 'Em họ', 'Anh họ', 'Chú ruột', 'Cậu', 'Dì', 'Thím', 'Hàng xóm', 'Người quen, hàng xóm', 'Người lạ',
  'Bạn học', 'Bạn trai', 'Người yêu', 'Thầy giáo', 'Cô giáo', 'Giáo viên', 'Người giúp việc', 'Bảo mẫu', 'Chủ cơ sở', 'Khác',
  'Người quen trên mạng', 'Bà Ngoại', 'Chú Ba', 'Không xác định',
];
const CODES = ['VV-2024-001', 'VV908-0001', 'TE91-01-00001', 'TE-0001', 'VP91-899-0001', '12/QĐ-XPHC', '1/QĐ-XPHC-001', '05/03/2024', '2024-03-05', '30280', '1.500.000', 'Hồ Chí Minh', 'UBND xã Châu Thành'];

describe('a register value that identifies no one', () => {
  it('passes: every ethnic group of Viet Nam, written as usual or in capitals', () => {
    expect(ETHNIC_GROUPS.length).toBeGreaterThanOrEqual(54);
    for (const name of ETHNIC_GROUPS) {
      expect(identityKind(name), name).toBeUndefined();
      expect(identityKind(name.toUpperCase()), name).toBeUndefined();
    }
  });

  it('passes: relations to the person who did harm, case, child, decision ids, dates and places', () => {
    for (const text of [...RELATIONS, ...CODES]) expect(identityKind(text), text).toBeUndefined();
  });
});

describe('a value that identifies a person', () => {
  it('is told by its kind: a full name, a citizen/ID number, a phone number', () => {
    const cases: Array<[string, string]> = [
      ['Phạm Thị Mai Anh', 'person-name'], ['Nguyễn Văn A', 'person-name'], ['LÒ THỊ MÂY', 'person-name'], ['Chú Hoàng Văn Tư', 'person-name'],
      ['Hà Thị Lan', 'person-name'], ['Chu Văn Sơn', 'person-name'], ['Thạch Thị Sa Rinh', 'person-name'],
      ['079208005678', 'id-number'], ['079 208 005 678', 'id-number'], ['123456789', 'id-number'], ['CCCD: 001204012345', 'id-number'],
      ['0912345678', 'phone'], ['0987.111.222', 'phone'], ['+84 912 345 678', 'phone'], ['84912345678', 'phone'], ['Hàng xóm, SĐT 0987-111-222', 'phone'],
    ];
    for (const [text, kind] of cases) expect(identityKind(text), text).toBe(kind);
  });
});

describe('a found value shown to anyone', () => {
  const name: Diagnostic = { code: 'register-date-invalid', severity: 'error', file: 'x.csv', line: 4, column: 'Ngày sinh', found: 'Phạm Thị Mai Anh', expected: 'dd/mm/yyyy' };
  const id: Diagnostic = { code: 'register-code-unknown', severity: 'error', file: 'x.csv', line: 5, column: 'Giới tính', found: '079208005678', expected: 'Nam | Nữ' };

  it('says what kind of value was found, never the value: in messages, lines and --json', () => {
    for (const lang of ['vi', 'en'] as const) {
      const shown = JSON.stringify([name, id].map((d) => [renderMessage(d.code, d, lang), diagnosticLines(d, lang), diagnosticJson(d, lang)]));
      expect(shown).not.toContain('Phạm Thị Mai Anh');
      expect(shown).not.toContain('079208005678');
    }
    expect(diagnosticJson(name, 'vi').found).toBe('một họ tên (đã ẩn)');
    expect(diagnosticJson(id, 'vi').found).toBe('một số CCCD/CMND (đã ẩn)');
    expect(diagnosticLines(id, 'en')[0]).toContain('found "a citizen/ID card number (hidden)"');
  });

  it('is dropped before it is kept, its kind kept instead; other values are untouched', () => {
    expect(withoutIdentity(name)).toEqual({ code: 'register-date-invalid', severity: 'error', file: 'x.csv', line: 4, column: 'Ngày sinh', expected: 'dd/mm/yyyy', params: { found_kind: 'person-name' } });
    expect(diagnosticJson(withoutIdentity(name), 'en').found).toBe("a person's name (hidden)");
    const date = { ...name, found: '31/02/2014' };
    expect(withoutIdentity(date)).toBe(date);
    // A file size has no place inside the file: it is not taken for an ID number.
    const size: Diagnostic = { code: 'file-too-large', severity: 'error', file: 'x.csv', found: '104857600' };
    expect(diagnosticJson(size, 'vi').found).toBe('104857600');
  });
});
