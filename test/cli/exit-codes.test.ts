import { describe, expect, it } from 'vitest';
import { runCli } from '../helpers/cli.js';

describe('the CLI contract (PRODUCT §2)', () => {
  it('prints help and exits 0', async () => {
    const result = await runCli(['--help']);
    expect(result.code).toBe(0);
    expect(result.stdout).toContain('validate');
    expect(result.stdout).toContain('run');
  });

  it('exits 2 on an unknown command, with a suggestion', async () => {
    const result = await runCli(['ingets', 'x']);
    expect(result.code).toBe(2);
    expect(result.stderr).toContain('ingest');
  });

  it('exits 2 on a malformed period, in Vietnamese by default and English with --lang en', async () => {
    const vi = await runCli(['deadlines', '--period', '2024-H3', '--province', '91']);
    expect(vi.code).toBe(2);
    expect(vi.stderr).toContain('Kỳ báo cáo "2024-H3" không hợp lệ');
    const en = await runCli(['--lang', 'en', 'deadlines', '--period', '2024-H3', '--province', '91']);
    expect(en.code).toBe(2);
    expect(en.stderr).toContain('Invalid period "2024-H3"');
    expect(en.stderr).not.toMatch(/\n\s+at /);
  });

  it('with --json writes one JSON document to stdout even for an error', async () => {
    const result = await runCli(['--json', 'validate', 'no-such-file.xlsx']);
    expect(result.code).toBe(2);
    expect(JSON.parse(result.stdout).error.code).toBe('path-not-found');
  });
});

describe('paths that are not submissions', () => {
  it('refuses a device instead of reading it forever', async () => {
    const result = await runCli(['validate', '/dev/zero']);
    expect(result.code).toBe(1);
    expect(result.stderr).toContain('không phải tệp hay thư mục thông thường');
  });
});
