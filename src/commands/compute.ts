import type { CommandContext } from '../cli/context.js';
import { diagnosticJson, diagnosticLines, t } from '../cli/output.js';
import { EXIT_OK, EXIT_PROBLEMS } from '../core/errors.js';
import { hasErrors } from '../core/diagnostics.js';
import { loadDefinitions } from '../indicators/definitions.js';
import { computeAndStore } from '../indicators/compute.js';
import { parsePeriod } from '../periods/period.js';
import { formatVietnamDate } from '../periods/vietnam-time.js';
import { findingDetail } from '../reports/finding-wording.js';
import { withStore } from '../store/database.js';

interface ComputeFlags {
  period: string;
  province?: string;
}

/** `tk13 compute --period P [--province CODE]`: computes and stores every indicator; a no-op when nothing changed. */
export async function computeCommand(ctx: CommandContext, flags: ComputeFlags): Promise<number> {
  const period = parsePeriod(flags.period);
  const { result, changed } = await withStore(ctx.db, {}, (store) =>
    computeAndStore(store.connection, { period, ...(flags.province ? { provinceCode: flags.province } : {}) }),
  );
  const exit = hasErrors(result.diagnostics) ? EXIT_PROBLEMS : EXIT_OK;
  if (ctx.json) {
    ctx.out.document({
      period: result.period,
      province: result.provinceCode ?? null,
      list: result.list,
      window: result.window,
      changed,
      definitionsHash: result.definitionsHash,
      indicators: result.indicators,
      values: result.valueCount,
      findings: result.findings,
      diagnostics: result.diagnostics.map((d) => diagnosticJson(d, ctx.lang)),
    });
    return exit;
  }
  for (const d of result.diagnostics) for (const line of diagnosticLines(d, ctx.lang)) ctx.out.line(line);
  const lang = ctx.lang;
  const scope = result.provinceCode
    ? `${result.provinceCode} ${result.provinceName ?? ''}`.trim()
    : t(lang, 'toàn quốc', 'whole country');
  const window = `${formatVietnamDate(result.window.start)}–${formatVietnamDate(result.window.end)}`;
  if (!changed) {
    ctx.out.line(t(lang, `Không có gì thay đổi: kết quả kỳ ${result.period} (${scope}) đã tính trước đó vẫn đúng.`, `Nothing changed: the stored results for ${result.period} (${scope}) are up to date.`));
  } else {
    ctx.out.line(
      t(
        lang,
        `Đã tính ${result.indicators.length} chỉ tiêu, kỳ ${result.period} (${scope}, danh mục ${result.list}, dữ liệu ${window}): ${result.valueCount} giá trị.`,
        `Computed ${result.indicators.length} indicators for ${result.period} (${scope}, ${result.list} list, data ${window}): ${result.valueCount} values.`,
      ),
    );
  }
  if (result.findings.length > 0) {
    const checks = new Map(loadDefinitions().definitions.flatMap((d) => d.meta.checks.map((c) => [`${d.meta.id}.${c.name}`, c] as const)));
    ctx.out.line(t(lang, `Kiểm tra phát hiện ${result.findings.length} điểm bất thường:`, `Checks found ${result.findings.length} anomalies:`));
    for (const f of result.findings) {
      // The row in words by the check's detail template, as the report's checks sheet words it; else the check's description.
      const check = checks.get(`${f.indicator}.${f.check}`);
      const words = findingDetail(f, check, lang) ?? (check ? t(lang, check.description_vi, check.description_en) : f.check);
      ctx.out.line(`  ${f.unitCode ? `${f.unitCode}: ` : ''}${words}`);
    }
  }
  return exit;
}
