import { describe, expect, it } from 'vitest';
import { readRegister } from '../../src/registers/read-register.js';
import { context } from './helpers.js';

const HEADER = 'Mã vụ việc,Mã trẻ em,Mã xã,Ngày phát hiện,Giới tính,Ngày sinh,Hình thức xâm hại,Môi trường xảy ra,Được hỗ trợ can thiệp,Quan hệ với người gây hại';

/**
 * A register of several megabytes (read in several chunks) with multi-line quoted cells, blank
 * lines and stray quotes throughout, and a wrong date every so often: each problem must still name
 * the line a text editor shows.
 */
function bigRegister(rows: number, quotes = true) {
  const lines = [HEADER];
  const badLines: number[] = [];
  for (let i = 0; i < rows; i++) {
    const date = i % 997 === 0 ? '31/02/2024' : '05/03/2024';
    if (date !== '05/03/2024') badLines.push(lines.length + 1);
    const relation = quotes && i % 101 === 0 ? '"Người quen,\nở cùng xóm"' : quotes && i % 89 === 0 ? 'cao 1m5" (ước)' : 'Hàng xóm';
    const record = `VV-${i},TE-${i},30280,${date},Nữ,12/07/2014,Bạo lực,Gia đình,Có,${relation}`;
    lines.push(...record.split('\n'));
    if (i % 503 === 0) lines.push('');
  }
  return { text: `${lines.join('\n')}\n`, badLines };
}

describe('CSV line numbers in a large register', () => {
  it('name the line of each problem, across chunk boundaries', async () => {
    const { text, badLines } = bigRegister(40_000);
    expect(text.length).toBeGreaterThan(2 * (1 << 20));
    const parsed = await readRegister('30280_2024-H1_abuse-cases.csv', new TextEncoder().encode(text), context());
    expect(parsed.diagnostics.map((d) => [d.code, d.line])).toEqual(badLines.map((line) => ['register-date-invalid', line]));
    expect(parsed.abuseCases).toHaveLength(40_000 - badLines.length);
    expect(parsed.abuseCases?.find((r) => r.caseId === 'VV-101')?.perpetratorRelation).toBe('Người quen,\nở cùng xóm');
    expect(parsed.abuseCases?.find((r) => r.caseId === 'VV-89')?.perpetratorRelation).toBe('cao 1m5" (ước)');
  });

  it('puts an unclosed quote on the line where it opened, the lines before it read', async () => {
    const { text, badLines } = bigRegister(20_000, false);
    const lines = text.split('\n');
    lines.splice(15_000, 0, 'VV-X,TE-X,30280,05/03/2024,Nữ,12/07/2014,Bạo lực,Gia đình,Có,"không đóng ngoặc');
    const parsed = await readRegister('30280_2024-H1_abuse-cases.csv', new TextEncoder().encode(lines.join('\n')), context());
    const before = badLines.filter((line) => line <= 15_000);
    expect(parsed.diagnostics.map((d) => [d.code, d.line])).toEqual([
      ...before.map((line) => ['register-date-invalid', line]),
      ['register-csv-quote-unclosed', 15_001],
    ]);
  });
});
