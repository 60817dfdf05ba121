/**
 * Child process of the dataset generator: writes the filled commune forms it is sent, from the
 * real template, then says how many it wrote. Run with `fork` so that tsx's loader comes along.
 *   message in:  { dir, period, communes: string[] }   message out: { written }
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { parsePeriod } from '../../src/periods/period.js';
import { formSpec } from '../../src/forms/spec.js';
import { formPath } from './dataset-layout.js';
import { submitterOf } from './dataset-plan.js';
import { communeForm } from './commune-form.js';

interface ShardRequest {
  dir: string;
  period: string;
  communes: string[];
}

process.once('message', async (request: ShardRequest) => {
  const period = parsePeriod(request.period);
  const cells = formSpec().inputCells;
  for (const code of request.communes) {
    const path = join(request.dir, formPath(submitterOf(code).provinceCode, code, period.id));
    mkdirSync(dirname(path), { recursive: true });
    writeFileSync(path, await communeForm(code, period, cells));
  }
  process.send!({ written: request.communes.length }, () => process.exit(0));
});
