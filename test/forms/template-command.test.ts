import { existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { templateCommand } from '../../src/commands/template.js';
import { UsageError } from '../../src/core/errors.js';
import { runCli } from '../helpers/cli.js';
import { commandContext, failure } from '../helpers/command-context.js';
import { readBytes } from './helpers/forms.js';

const dir = mkdtempSync(join(tmpdir(), 'tk13-template-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe('tk13 template --unit --period', () => {
  it('writes the form for the unit and period where --out says, and prints the path', async () => {
    const out = join(dir, 'nested', 'vinh-thanh.xlsx');
    const { ctx, lines } = commandContext();
    expect(await templateCommand(ctx, { unit: '30733', period: '2024-H1', format: 'xlsx', out })).toBe(0);
    expect(lines).toEqual([`Đã ghi: ${out}`]);
    const parsed = await readBytes(readFileSync(out));
    expect(parsed.unit?.name).toBe('Phường Vĩnh Thanh');
    expect(parsed.period).toBe('2024-H1');
  });

  it('with --json prints one document naming the file', async () => {
    const out = join(dir, 'json.xlsx');
    const { ctx, lines, documents } = commandContext(true);
    await templateCommand(ctx, { unit: '899', period: '2024', format: 'xlsx', out });
    expect(lines).toEqual([]);
    expect(documents).toEqual([{ file: out }]);
  });

  it('refuses an unknown unit, a province, an invalid period and a missing flag with catalogue messages', async () => {
    const { ctx } = commandContext();
    expect(await failure(templateCommand(ctx, { unit: '99999', period: '2024-H1', format: 'xlsx' }))).toMatchObject({ code: 'unit-unknown', params: { found: '99999' } });
    expect(await failure(templateCommand(ctx, { unit: '91', period: '2024-H1', format: 'xlsx' }))).toMatchObject({ code: 'template-unit-level' });
    expect(await failure(templateCommand(ctx, { unit: '30733', period: '2024-H2', format: 'xlsx' }))).toMatchObject({ code: 'period-unsupported' });
    const missing = await failure(templateCommand(ctx, { unit: '30733', format: 'xlsx' }));
    expect(missing).toBeInstanceOf(UsageError);
    expect(missing.code).toBe('template-usage');
  });

  it('for a period after July 2025, an old commune code is refused with the commune that replaced it', async () => {
    const { ctx } = commandContext();
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
