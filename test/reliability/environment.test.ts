import { execFileSync, spawn } from 'node:child_process';
import { chmodSync, copyFileSync, existsSync, mkdirSync, mkdtempSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { cliPath, repoRoot, runCli } from '../helpers/cli.js';
import { expectNoCrash } from './helpers/refusal.js';

/**
 * Issue 13, the environment: a folder that cannot be written, a full disk, a file where a folder
 * belongs, /proc, Ctrl-C — each is one clear message (exit 1) naming the path and the cause, found
 * before the work where it can be, and nothing half-written (`.partial`, an empty database) is left.
 * Disk-full and read-only cases mount a small tmpfs; where mounting is not permitted they are skipped
 * and say why.
 */
const SAMPLE = join(repoRoot, 'fixtures', 'sample-province');
const FORMS = ['30733_2024-H1_form.xlsx', '30736_2024-H1_form.xlsx'];
const REPORT = ['report', '--period', '2024-H1', '--province', '91'];

let work: string;
let db: string;

/** Mounts a tmpfs of `size` at a new folder, or says why it cannot. */
function mountTmpfs(size: string, readOnly = false): { dir: string } | { reason: string } {
  const dir = mkdtempSync(join(work, 'mnt-'));
  try {
    execFileSync('mount', ['-t', 'tmpfs', '-o', `${readOnly ? 'ro,' : ''}size=${size}`, 'tmpfs', dir], { stdio: 'pipe' });
    return { dir };
  } catch (error) {
    return { reason: `mounting a tmpfs is not permitted here (${(error as Error).message.split('\n')[0]})` };
  }
}

/** The mounted folder, or the test is marked skipped with the reason mounting failed. */
function mountedOrSkip(ctx: { skip: (note: string) => never }, size: string, readOnly = false): string {
  const mounted = mountTmpfs(size, readOnly);
  if ('reason' in mounted) ctx.skip(mounted.reason);
  return mounted.dir;
}

function unmount(dir: string): void {
  execFileSync('umount', [dir], { stdio: 'pipe' });
}

/** Fills `dir` (a tmpfs) until fewer than `leftBytes` remain. */
function fill(dir: string, leftBytes: number): void {
  const free = Number(execFileSync('df', ['--output=avail', '-B1', dir]).toString().trim().split('\n')[1]);
  writeFileSync(join(dir, 'filler'), Buffer.alloc(Math.max(0, free - leftBytes)));
}

const mountCheck = (() => {
  if (process.platform !== 'linux') return { reason: 'tmpfs mounts need Linux' };
  return undefined;
})();

function errorCode(stdout: string): string {
  return (JSON.parse(stdout) as { error: { code: string } }).error.code;
}

function partials(dir: string): string[] {
  return readdirSync(dir, { recursive: true }).map(String).filter((f) => f.endsWith('.partial'));
}

beforeAll(async () => {
  work = mkdtempSync(join(tmpdir(), 'tk13-environment-'));
  const inputs = join(work, 'in');
  mkdirSync(inputs);
  for (const form of FORMS) copyFileSync(join(SAMPLE, '2024-H1', 'forms', form), join(inputs, form));
  db = join(work, 'tk13.duckdb');
  const ingest = await runCli(['--db', db, 'ingest', inputs, '--received-at', '2024-07-10']);
  expect(ingest.code, ingest.stderr).toBe(0);
}, 60_000);

afterAll(() => rmSync(work, { recursive: true, force: true }));

describe('output paths are checked before any work', () => {
  it('refuses --out naming an existing file (was: Internal tk13 error: EEXIST)', async () => {
    const file = join(work, 'a-file');
    writeFileSync(file, 'x');
    const result = await runCli(['--json', '--db', db, ...REPORT, '--out', file]);
    expectNoCrash(result);
    expect(result.code).toBe(1);
    expect(errorCode(result.stdout)).toBe('output-not-directory');
    expect(result.stderr).toContain(`"${file}" là tệp, không phải thư mục`);
  });

  it('refuses --out /proc/x at once (was: 100% CPU forever in a recursive mkdir)', async () => {
    const result = await runCli(['--json', '--db', db, ...REPORT, '--out', '/proc/x/y']);
    expectNoCrash(result);
    expect(result.code).toBe(1);
    expect(errorCode(result.stdout)).toBe('output-special-filesystem');
    expect(result.stderr).toContain('(proc)');
  }, 20_000);

  it('refuses a folder below a file, in English too', async () => {
    const file = join(work, 'b-file');
    writeFileSync(file, 'x');
    const result = await runCli(['--lang', 'en', '--db', db, ...REPORT, '--out', join(file, 'sub')]);
    expectNoCrash(result);
    expect(result.code).toBe(1);
    expect(result.stderr).toContain(`Part of the path "${join(file, 'sub')}" is a file, not a folder (ENOTDIR)`);
  });

  it('refuses a folder the user may not write in, naming it (EACCES)', async () => {
    const locked = join(work, 'locked');
    mkdirSync(locked);
    chmodSync(work, 0o755);
    chmodSync(locked, 0o555);
    // root ignores permission bits: run the CLI as the unprivileged user "nobody" then.
    const asRoot = process.getuid?.() === 0;
    const result = await runCli(['--json', 'template', '--register', 'sanctions', '--format', 'csv', '--out', join(locked, 'new', 'x.csv')], asRoot ? { uid: 65534, cwd: tmpdir() } : {});
    expectNoCrash(result);
    expect(result.code).toBe(1);
    expect(errorCode(result.stdout)).toBe('fs-permission-denied');
    expect(result.stderr).toContain(`"${locked}" (EACCES)`);
    expect(existsSync(join(locked, 'new'))).toBe(false);
  });
});

describe.skipIf(mountCheck)(`a read-only or full disk${mountCheck ? ` (skipped: ${mountCheck.reason})` : ''}`, () => {
  it('refuses a read-only --out before computing anything (EROFS)', async (ctx) => {
    const mounted = { dir: mountedOrSkip(ctx, '1m', true) };
    try {
      const result = await runCli(['--json', '--db', db, ...REPORT, '--out', join(mounted.dir, 'reports')]);
      expectNoCrash(result);
      expect(result.code).toBe(1);
      expect(errorCode(result.stdout)).toBe('fs-read-only');
    } finally {
      unmount(mounted.dir);
    }
  });

  it('a full disk during report: one message naming the file, no .partial left (was: ENOSPC and an empty .partial)', async (ctx) => {
    const mounted = { dir: mountedOrSkip(ctx, '1m') };
    try {
      fill(mounted.dir, 16 * 1024);
      const out = join(mounted.dir, 'reports');
      const result = await runCli(['--json', '--db', db, ...REPORT, '--out', out]);
      expectNoCrash(result);
      expect(result.code).toBe(1);
      expect(errorCode(result.stdout)).toBe('fs-disk-full');
      expect(result.stderr).toContain(`"${join(out, 'tk13_91_2024-H1.xlsx')}" (ENOSPC)`);
      expect(partials(mounted.dir)).toEqual([]);
    } finally {
      unmount(mounted.dir);
    }
  }, 60_000);

  it('a full disk during compute: the cause, not "cannot rollback", and the database still works', async (ctx) => {
    const mounted = { dir: mountedOrSkip(ctx, '8m') };
    try {
      const copy = join(mounted.dir, 'tk13.duckdb');
      copyFileSync(db, copy);
      fill(mounted.dir, 0);
      const result = await runCli(['--json', '--db', copy, 'compute', '--period', '2024-H1', '--province', '91']);
      expectNoCrash(result);
      expect(result.code).toBe(1);
      expect(errorCode(result.stdout)).toBe('fs-disk-full');
      expect(result.stderr).not.toContain('rollback');
      rmSync(join(mounted.dir, 'filler'));
      const again = await runCli(['--db', copy, 'compute', '--period', '2024-H1', '--province', '91']);
      expect(again.code, again.stderr).toBe(0);
    } finally {
      unmount(mounted.dir);
    }
  }, 60_000);

  it('a full disk while creating a database: no empty database file is left (was: every later command failed)', async (ctx) => {
    const mounted = { dir: mountedOrSkip(ctx, '1m') };
    try {
      fill(mounted.dir, 64 * 1024);
      const created = join(mounted.dir, 'new.duckdb');
      const result = await runCli(['--json', '--db', created, 'ingest', join(SAMPLE, '2024-H1', 'forms', FORMS[0]), '--received-at', '2024-07-10']);
      expectNoCrash(result);
      expect(result.code).toBe(1);
      expect(errorCode(result.stdout)).toBe('fs-disk-full');
      expect(readdirSync(mounted.dir)).toEqual(['filler']);
      rmSync(join(mounted.dir, 'filler'));
      const again = await runCli(['--db', created, 'ingest', join(SAMPLE, '2024-H1', 'forms', FORMS[0]), '--received-at', '2024-07-10']);
      expect(again.code, again.stderr).toBe(0);
    } finally {
      unmount(mounted.dir);
    }
  }, 60_000);
});

describe('an empty database file left by an older version', () => {
  it('is named as empty, with what to do (was: "check that the file is a tk13 database")', async () => {
    const empty = join(work, 'empty.duckdb');
    writeFileSync(empty, '');
    const result = await runCli(['--json', '--db', empty, 'deadlines', '--period', '2024-H1', '--province', '91']);
    expectNoCrash(result);
    expect(result.code).toBe(1);
    expect(errorCode(result.stdout)).toBe('database-empty');
    expect(result.stderr).toContain('Xóa tệp này rồi chạy lại lệnh');
  });
});

describe('Ctrl-C', () => {
  it('prints one line saying the work was discarded, exits 130 and leaves no .partial nor a broken database', async () => {
    const dir = join(work, 'interrupted');
    mkdirSync(dir);
    const created = join(dir, 'tk13.duckdb');
    const child = spawn(process.execPath, [cliPath, '--db', created, 'run', SAMPLE, '--period', '2024-H1', '--province', '91', '--out', join(dir, 'reports')], {
      cwd: repoRoot,
      env: { ...process.env, TK13_DB: '' },
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    let stderr = '';
    child.stderr.on('data', (chunk) => (stderr += chunk));
    // Interrupt once the work is under way: the database is being created.
    while (!existsSync(created) && child.exitCode === null) await new Promise((resolve) => setTimeout(resolve, 10));
    child.kill('SIGINT');
    const code = await new Promise<number | null>((resolve) => child.on('close', resolve));
    expect(code).toBe(130);
    expect(stderr.trim().split('\n')).toEqual(['Đã dừng theo yêu cầu (Ctrl-C): phần việc đang làm dở đã bỏ, không có tệp hay dữ liệu nào bị ghi dở.']);
    expect(partials(dir)).toEqual([]);
    // Whatever was committed before the interrupt is a working database (or there is none).
    if (existsSync(created)) {
      const after = await runCli(['--db', created, 'deadlines', '--period', '2024-H1', '--province', '91']);
      expectNoCrash(after);
    }
  }, 60_000);
});
