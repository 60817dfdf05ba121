import { unzipSync } from 'fflate';
import { describe, expect, it } from 'vitest';
import { readRegister } from '../../src/registers/read-register.js';
import { context } from './helpers.js';
import { scenarioInput } from './scenario-inputs.js';

/** Workbooks that are valid but expensive for exceljs, or hostile: read or refused quickly. */
describe('xlsx registers that cost time or memory', () => {
  it('ignore dropdowns stretched over whole columns (exceljs would expand a million cells per column)', async () => {
    const input = await scenarioInput('xlsx-whole-column-dropdowns');
    const sheet = new TextDecoder().decode(unzipSync(input.bytes)['xl/worksheets/sheet1.xml']);
    expect(sheet).toContain(':G1048576"');
    const started = performance.now();
    const parsed = await readRegister(input.file, input.bytes, context());
    // Unstripped, this takes about 10 s and 1 GB; stripped, about 0.1 s.
    expect(performance.now() - started).toBeLessThan(3000);
    expect(parsed.diagnostics).toEqual([]);
    expect(parsed.abuseCases).toHaveLength(1);
  });

  it('refuse entity declarations without expanding them', async () => {
    const input = await scenarioInput('xlsx-unreadable');
    const parsed = await readRegister(input.file, input.bytes, context());
    expect(parsed.diagnostics).toMatchObject([{ code: 'register-xlsx-unreadable', params: { detail: expect.stringContaining('entity') } }]);
  });
});
