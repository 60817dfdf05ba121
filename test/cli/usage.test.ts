import { mkdtempSync, mkdirSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { runCli } from '../helpers/cli.js';

const ENGLISH_PARSER_WORDS = /Usage|Options:|Commands:|Arguments:|display help|default:|choices:|\[options\]/;

describe('help is in one language', () => {
  it('is fully Vietnamese by default, for the program and a command', async () => {
    for (const args of [['--help'], ['validate', '--help'], ['help', 'run']]) {
      const result = await runCli(args);
      expect(result.code).toBe(0);
      expect(result.stdout).toContain('Cách dùng:');
      expect(result.stdout).toContain('hiện trợ giúp cho lệnh');
      expect(result.stdout).not.toMatch(ENGLISH_PARSER_WORDS);
    }
  });

  it('is fully English with --lang en and with TK13_LANG=en', async () => {
    for (const [args, env] of [[['--lang', 'en', '--help'], {}], [['validate', '--help'], { TK13_LANG: 'en' }]] as const) {
      const result = await runCli(args, { env });
      expect(result.code).toBe(0);
      expect(result.stdout).toContain('Usage:');
      expect(result.stdout).toContain('show help for a command');
      expect(result.stdout).not.toMatch(/Cách dùng|Tuỳ chọn|kiểm tra tệp nộp/);
    }
  });

  it('a bare tk13 shows the help and exits 2', async () => {
    const result = await runCli([]);
    expect(result.code).toBe(2);
    expect(result.stderr).toContain('Cách dùng:');
    expect(result.stderr).toContain('Chưa chọn lệnh.');
  });
});

describe('mistakes on the command line exit 2 with a "did you mean"', () => {
  const cases: Array<{ args: string[]; text: string }> = [
    { args: ['ingets', 'x'], text: 'Không có lệnh ingets. Có phải ý bạn là ingest?' },
    { args: ['deadlines', '--perod', '2024-H1', '--province', '91'], text: 'Không có tuỳ chọn --perod. Có phải ý bạn là --period?' },
    { args: ['indicators', 'show', 'abuse_case'], text: 'Có phải ý bạn là abuse_cases?' },
    { args: ['indicators', 'shwo'], text: 'Không có lệnh shwo. Có phải ý bạn là show?' },
    { args: ['template', '--unit', 'hoa hung', '--period', '2024-H1'], text: '30934 Xã Hòa Hưng (Huyện Giồng Riềng, Tỉnh Kiên Giang)' },
    { args: ['template', '--unit', '30935', '--period', '2024-H1'], text: '30835 Xã Sơn Kiên' },
    { args: ['deadlines', '--period', '2024-H1', '--province', '99'], text: 'Không có tỉnh mã 99 trong danh mục hành chính áp dụng cho kỳ 2024-H1. Có phải ý bạn là 19 Tỉnh Thái Nguyên; 49 Tỉnh Quảng Nam; 79 Thành phố Hồ Chí Minh; 89 Tỉnh An Giang; 91 Tỉnh Kiên Giang?' },
    { args: ['template', '--format', 'xslx', '--register', 'sanctions'], text: 'Giá trị "xslx" không dùng được cho --format. Có phải ý bạn là xlsx?' },
    { args: ['validate'], text: 'Thiếu <tệp...>.' },
    { args: ['verify', 'a.xlsx', 'b.xlsx'], text: 'Thừa đối số: b.xlsx.' },
    { args: ['deadlines', '--period'], text: 'Tuỳ chọn --period cần một giá trị.' },
    { args: ['validate', 'nonexist.xlsx'], text: 'Không tìm thấy tệp hoặc thư mục "nonexist.xlsx".' },
  ];
  for (const { args, text } of cases) {
    it(`tk13 ${args.join(' ')}`, async () => {
      const result = await runCli(args);
      expect(result.code, result.stderr).toBe(2);
      expect(result.stderr).toContain(text);
      expect(result.stderr).not.toMatch(/error:|required option|\n\s+at /);
    });
  }

  it('speaks English with --lang en', async () => {
    const result = await runCli(['--lang', 'en', 'deadlines', '--perod', '2024-H1']);
    expect(result.code).toBe(2);
    expect(result.stderr).toContain('There is no option --perod. Did you mean --period?');
  });

  it('with --json the error is one JSON document on stdout, parser errors included', async () => {
    for (const args of [['--json', 'deadlines', '--perod', '2024-H1'], ['--json', 'ingets'], ['--json']]) {
      const result = await runCli(args);
      expect(result.code).toBe(2);
      const document = JSON.parse(result.stdout);
      expect(Object.keys(document)).toEqual(['error']);
      expect(Object.keys(document.error)).toEqual(['code', 'message', 'hint']);
    }
    const typo = JSON.parse((await runCli(['--json', 'deadlines', '--perod', '2024-H1'])).stdout);
    expect(typo.error).toMatchObject({ code: 'option-unknown', message: 'Không có tuỳ chọn --perod. Có phải ý bạn là --period?' });
  });
});

describe('period spellings clerks use', () => {
  const dir = mkdtempSync(join(tmpdir(), 'tk13-periods-'));
  const accepted: Array<[string, string]> = [
    ['2024-H1', 'Kỳ báo cáo: 2024-H1 (6 tháng đầu năm 2024)'],
    ['2024-h1', 'Kỳ báo cáo: 2024-H1 (6 tháng đầu năm 2024)'],
    ['6T/2024', 'Kỳ báo cáo: 2024-H1 (6 tháng đầu năm 2024)'],
    ['6t/2024', 'Kỳ báo cáo: 2024-H1 (6 tháng đầu năm 2024)'],
    ['6 tháng 2024', 'Kỳ báo cáo: 2024-H1 (6 tháng đầu năm 2024)'],
    ['6 tháng đầu năm 2024', 'Kỳ báo cáo: 2024-H1 (6 tháng đầu năm 2024)'],
    ['2024', 'Kỳ báo cáo: 2024 (Năm 2024)'],
    ['năm 2024', 'Kỳ báo cáo: 2024 (Năm 2024)'],
    ['Năm 2024', 'Kỳ báo cáo: 2024 (Năm 2024)'],
  ];
  it.each(accepted)('accepts %s and echoes it in canonical form', async (spelling, echo) => {
    const form = join(dir, 'form.xlsx');
    const made = await runCli(['template', '--unit', '30934', '--period', '2024-H1', '--out', form]);
    expect(made.code, made.stderr).toBe(0);
    const result = await runCli(['validate', form, '--period', spelling, '--as-of', '2024-05-01']);
    expect(result.stdout).toContain(echo);
  });

  it.each(['2024-H2', '6 tháng cuối năm 2024', 'Q1/2024', 'quý 1 2024'])('explains that %s is not a period of the circular', async (spelling) => {
    const result = await runCli(['deadlines', '--period', spelling, '--province', '91']);
    expect(result.code).toBe(2);
    expect(result.stderr).toContain(`Thông tư 13/2021/TT-BLĐTBXH không có kỳ báo cáo "${spelling}": chỉ có báo cáo 6 tháng đầu năm (vd 2024-H1) và báo cáo năm (vd 2024).`);
  });
});

describe('results come summary first', () => {
  it('validate puts the counts on top, errors first, and groups repeated warnings with their cell ranges', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'tk13-grouped-'));
    const form = join(dir, 'blank.xlsx');
    expect((await runCli(['template', '--unit', '30934', '--period', '2024-H1', '--out', form])).code).toBe(0);
    const result = await runCli(['validate', form, '--as-of', '2024-05-01']);
    expect(result.code).toBe(1);
    const lines = result.stdout.split('\n');
    const file = lines.findIndex((l) => l.startsWith('blank.xlsx:'));
    expect(lines[file + 1]).toBe('  10 lỗi, 64 cảnh báo.');
    const firstWarning = lines.findIndex((l) => l.includes('CẢNH BÁO'));
    const lastError = lines.findLastIndex((l) => l.includes('LỖI'));
    expect(lastError).toBeLessThan(firstWarning);
    expect(lines[firstWarning]).toBe('  CẢNH BÁO 64 ô — D55:D60, E19:E32, E34:E48, F19:F32, F34:F48');
    expect(lines.filter((l) => l.includes('CẢNH BÁO'))).toHaveLength(1);
    const verbose = await runCli(['validate', form, '--as-of', '2024-05-01', '--verbose']);
    expect(verbose.stdout.split('\n').filter((l) => l.includes('CẢNH BÁO'))).toHaveLength(64);
  });

  it('an empty folder, or one with no submission, is exit 1 saying what was skipped', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'tk13-empty-'));
    mkdirSync(join(dir, 'nothing'));
    writeFileSync(join(dir, 'nothing', 'bao-cao.pdf'), 'x');
    for (const args of [['validate', join(dir, 'nothing')], ['--db', join(dir, 'db.duckdb'), 'ingest', join(dir, 'nothing')], ['--db', join(dir, 'db.duckdb'), 'run', join(dir, 'nothing'), '--period', '2024-H1', '--province', '91', '--out', join(dir, 'reports')]]) {
      const result = await runCli(args);
      expect(result.code, result.stderr).toBe(1);
      expect(result.stderr).toContain('1 tệp bị bỏ qua vì không phải .xlsx hay .csv (bao-cao.pdf)');
    }
  });

  it('run on a folder whose every file is rejected writes no report and exits 1', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'tk13-rejected-'));
    mkdirSync(join(dir, 'in'));
    writeFileSync(join(dir, 'in', 'not-a-form.csv'), 'a,b\n1,2\n');
    const result = await runCli(['--db', join(dir, 'db.duckdb'), 'run', join(dir, 'in'), '--period', '2024-H1', '--province', '91', '--out', join(dir, 'reports')]);
    expect(result.code).toBe(1);
    expect(result.stdout).toContain('Tệp: 0 đã nhận, 1 bị từ chối, 0 không đổi.');
    expect(result.stdout).toContain('Không ghi báo cáo: không tệp nào trong thư mục được nhận.');
    expect(result.stdout.indexOf('Tệp: 0 đã nhận')).toBeLessThan(result.stdout.indexOf('TỪ CHỐI'));
  });
});
