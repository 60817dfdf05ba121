import { resolve } from 'node:path';
import { checkOutputFile, makeOutputDirectory, writeFileAtomically } from '../core/output-paths.js';
import { dirname } from 'node:path';
import type { CommandContext } from '../cli/context.js';
import { t } from '../cli/output.js';
import { EXIT_OK, UsageError } from '../core/errors.js';
import { type Period, parsePeriod } from '../periods/period.js';
import { lookUpFormUnit } from '../forms/unit.js';
import { formTemplateBytes } from '../templates/form-template.js';
import { sectorFormSpec } from '../sector-forms/spec.js';
import { sectorFormTarget } from '../sector-forms/target.js';
import { sectorFormTemplateBytes } from '../templates/sector-form-template.js';
import { writeRegisterTemplate } from '../templates/register-template.js';
import type { RegisterKind, SubmittingUnit } from '../submissions/types.js';
import { unknownUnitError } from '../units/find-unit.js';
import { listForPeriod } from '../periods/period-list.js';

interface TemplateOptions {
  unit?: string;
  period?: string;
  sector?: string;
  province?: string;
  register?: RegisterKind;
  format: 'csv' | 'xlsx';
  out?: string;
}

/** The unit a blank form is made for, or the reason there can be none for that period. */
function formUnit(code: string, period: Period): SubmittingUnit {
  const lookup = lookUpFormUnit(code.trim(), period);
  switch (lookup.outcome) {
    case 'found':
      return lookup.unit;
    case 'province':
      throw new UsageError('template-unit-level', { found: code });
    case 'replaced':
      throw new UsageError('form-unit-replaced', { found: lookup.former, expected: lookup.successors, period: period.id });
    case 'not-in-list':
      throw new UsageError('form-unit-not-in-list', { found: lookup.former, period: period.id, list: lookup.list });
    case 'unknown':
      throw unknownUnitError(listForPeriod(period), code, period.id, 'unit');
  }
}

/** Writes the form to `out` (relative to the working folder), refusing an unwritable path before making the bytes. */
async function writeForm(out: string, bytes: () => Promise<Uint8Array>): Promise<string> {
  const path = resolve(out);
  checkOutputFile(path);
  const written = await bytes();
  makeOutputDirectory(dirname(path));
  writeFileAtomically(path, written);
  return path;
}

export async function templateCommand(ctx: CommandContext, options: TemplateOptions): Promise<number> {
  let out: string;
  if (options.register) {
    out = await writeRegisterTemplate(options.register, options.format, options.out);
  } else if (options.sector !== undefined) {
    if (options.unit) throw new UsageError('template-sector-with-unit');
    if (!options.period || !options.province) throw new UsageError('template-sector-usage', { found: options.sector });
    const period = parsePeriod(options.period);
    const target = sectorFormTarget(sectorFormSpec(), options.sector, period, options.province);
    out = await writeForm(options.out ?? `${target.province.code}_${period.id}_sector-${target.sector.id}.xlsx`, () => sectorFormTemplateBytes(target.sector.id, period, target.province.code));
  } else {
    if (!options.unit || !options.period) throw new UsageError('template-usage');
    const period = parsePeriod(options.period);
    const unit = formUnit(options.unit, period);
    out = await writeForm(options.out ?? `${unit.code}_${period.id}_form.xlsx`, () => formTemplateBytes(unit, period));
  }
  if (ctx.json) ctx.out.document({ file: out });
  else ctx.out.line(`${t(ctx.lang, 'Đã ghi', 'Written')}: ${out}`);
  return EXIT_OK;
}

