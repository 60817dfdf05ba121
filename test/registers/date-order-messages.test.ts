import { describe, expect, it } from 'vitest';
import { renderMessage } from '../../src/i18n/messages.js';
import { readRegister } from '../../src/registers/read-register.js';
import { scenarioInput } from './scenario-inputs.js';

/** What the clerk reads: the order warnings name the column, both readings and the reading used. */
describe('date order messages', () => {
  it('a doubtful column gives both readings of a value and says why and which one is used', async () => {
    const input = await scenarioInput('us-date-order');
    const parsed = await readRegister(input.file, input.bytes, input.context);
    const [detected] = parsed.diagnostics.filter((d) => d.code === 'register-date-order-doubtful');
    const vi = renderMessage(detected.code, detected, 'vi').message;
    const en = renderMessage(detected.code, detected, 'en').message;
    expect(vi).toContain('Cột Ngày phát hiện');
    expect(vi).toContain('3/5/2024 đọc là 05/03/2024 nếu theo tháng/ngày/năm, hoặc 03/05/2024 nếu theo ngày/tháng/năm');
    expect(vi).toContain('cả cột được đọc theo tháng/ngày/năm (05/03/2024)');
    expect(en).toContain('The value 3/5/2024 reads 05/03/2024 month-first or 03/05/2024 day-first');
    expect(en).toContain('Excel set to a US region');
  });

  it('a contradiction names the value that settled the column and its line', async () => {
    const input = await scenarioInput('date-order-contradiction');
    const parsed = await readRegister(input.file, input.bytes, input.context);
    const first = parsed.diagnostics.find((d) => d.code === 'register-date-order-contradiction');
    expect(first).toBeDefined();
    expect(renderMessage(first!.code, first!, 'en').message).toContain('(settled by the value 28/02/2024, line 2)');
  });
});
