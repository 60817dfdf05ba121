import type { CommandContext } from '../cli/context.js';
import { diagnosticJson, diagnosticLines, t } from '../cli/output.js';
import { hasErrors } from '../core/diagnostics.js';
import { EXIT_OK, EXIT_PROBLEMS, UsageError } from '../core/errors.js';
import { type ExportFormat, exportValues } from '../indicators/export.js';
import { parsePeriod } from '../periods/period.js';
import { withStore } from '../store/database.js';

interface ExportFlags {
  period: string;
  province?: string;
  format: ExportFormat;
  out?: string;
  suppressBelow?: string;
}

function suppressionThreshold(text: string | undefined): number | undefined {
  if (text === undefined) return undefined;
  if (!/^\d+$/.test(text.trim()) || Number(text) < 1) throw new UsageError('suppress-below-invalid', { found: text });
  return Number(text);
}

/** `tk13 export`: indicator values in long form (PRODUCT §3.4); CSV to stdout when no --out. */
export async function exportCommand(ctx: CommandContext, flags: ExportFlags): Promise<number> {
  const period = parsePeriod(flags.period);
  const suppressBelow = suppressionThreshold(flags.suppressBelow);
  if (flags.format === 'parquet' && !flags.out) throw new UsageError('export-out-required');
  const outcome = await withStore(ctx.db, { readOnly: true }, (store) =>
    exportValues(store.connection, {
      period,
      format: flags.format,
      ...(flags.province ? { provinceCode: flags.province } : {}),
      ...(flags.out ? { out: flags.out } : {}),
      ...(suppressBelow !== undefined ? { suppressBelow } : {}),
    }),
  );
  const { result } = outcome;
  const exit = hasErrors(result.diagnostics) ? EXIT_PROBLEMS : EXIT_OK;
  if (ctx.json) {
    ctx.out.document({
      period: result.period,
      province: result.provinceCode ?? null,
      format: flags.format,
      out: flags.out ?? null,
      rows: outcome.rowCount,
      ...(outcome.csv !== undefined ? { csv: outcome.csv } : {}),
      diagnostics: result.diagnostics.map((d) => diagnosticJson(d, ctx.lang)),
    });
    return exit;
  }
  // stdout may be the CSV itself: everything else goes to stderr.
  for (const d of result.diagnostics) for (const line of diagnosticLines(d, ctx.lang)) ctx.out.note(line);
  if (outcome.csv !== undefined) {
    ctx.out.line(outcome.csv.replace(/\n$/, ''));
  } else {
    ctx.out.note(t(ctx.lang, `Đã ghi ${outcome.rowCount} dòng vào ${flags.out}.`, `Wrote ${outcome.rowCount} rows to ${flags.out}.`));
  }
  return exit;
}
