import { existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import type { CommandContext } from '../../src/cli/context.js';
import type { Output } from '../../src/cli/output.js';
import { templateCommand } from '../../src/commands/template.js';
import { Tk13Error, UsageError } from '../../src/core/errors.js';
import { runCli } from '../helpers/cli.js';
import { readBytes } from './helpers/forms.js';

const dir = mkdtempSync(join(tmpdir(), 'tk13-template-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

function context(json = false): { ctx: CommandContext; lines: string[]; documents: unknown[] } {
  const lines: string[] = [];
  const documents: unknown[] = [];
  const out: Output = { lang: 'vi', json, line: (text = '') => lines.push(text), note: () => {}, document: (value) => documents.push(value) };
  return { ctx: { db: ':memory:', lang: 'vi', json, debug: false, now: new Date(), out }, lines, documents };
}

async function failure(promise: Promise<unknown>): Promise<Tk13Error> {
  const error = await promise.then(() => undefined, (e: unknown) => e);
  if (!(error instanceof Tk13Error)) throw new Error(`expected a Tk13Error, got ${String(error)}`);
  return error;
}

describe('tk13 template --unit --period', () => {
  it('writes the form for the unit and period where --out says, and prints the path', async () => {
    const out = join(dir, 'nested', 'vinh-thanh.xlsx');
    const { ctx, lines } = context();
    expect(await templateCommand(ctx, { unit: '30733', period: '2024-H1', format: 'xlsx', out })).toBe(0);
    expect(lines).toEqual([`Đã ghi: ${out}`]);
    const parsed = await readBytes(readFileSync(out));
    expect(parsed.unit?.name).toBe('Phường Vĩnh Thanh');
    expect(parsed.period).toBe('2024-H1');
  });

  it('with --json prints one document naming the file', async () => {
    const out = join(dir, 'json.xlsx');
    const { ctx, lines, documents } = context(true);
    await templateCommand(ctx, { unit: '899', period: '2024', format: 'xlsx', out });
    expect(lines).toEqual([]);
    expect(documents).toEqual([{ file: out }]);
  });

  it('refuses an unknown unit, a province, an invalid period and a missing flag with catalogue messages', async () => {
    const { ctx } = context();
    expect(await failure(templateCommand(ctx, { unit: '99999', period: '2024-H1', format: 'xlsx' }))).toMatchObject({ code: 'unit-unknown', params: { found: '99999' } });
    expect(await failure(templateCommand(ctx, { unit: '91', period: '2024-H1', format: 'xlsx' }))).toMatchObject({ code: 'template-unit-level' });
    expect(await failure(templateCommand(ctx, { unit: '30733', period: '2024-H2', format: 'xlsx' }))).toMatchObject({ code: 'period-unsupported' });
    const missing = await failure(templateCommand(ctx, { unit: '30733', format: 'xlsx' }));
    expect(missing).toBeInstanceOf(UsageError);
    expect(missing.code).toBe('template-usage');
  });

  it('for a period after July 2025, an old commune code is refused with the commune that replaced it', async () => {
    const { ctx } = context();
    const error = await failure(templateCommand(ctx, { unit: '30733', period: '2025', format: 'xlsx' }));
    expect(error).toMatchObject({ code: 'form-unit-replaced', params: { found: '30733 Phường Vĩnh Thanh', expected: '30742 Phường Rạch Giá', period: '2025' } });
    expect(existsSync(join(dir, '30733_2025_form.xlsx'))).toBe(false);
  });

  it('the built CLI names the file <unit>_<period>_form.xlsx in the working folder', async () => {
    const result = await runCli(['template', '--unit', '30733', '--period', '2024-H1'], { cwd: dir });
    expect(result.code).toBe(0);
    expect(existsSync(join(dir, '30733_2024-H1_form.xlsx'))).toBe(true);
  });
});
