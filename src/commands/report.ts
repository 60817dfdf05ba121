import type { CommandContext } from '../cli/context.js';
import { t } from '../cli/output.js';
import { EXIT_OK } from '../core/errors.js';
import { parsePeriod } from '../periods/period.js';
import { formatVietnamDateTime, parseInstant } from '../periods/vietnam-time.js';
import { writeProvinceReport } from '../reports/write-report.js';
import { withStore } from '../store/database.js';

interface ReportFlags {
  period: string;
  province: string;
  asOf?: string;
  out: string;
}

/** `tk13 report`: the province workbook from what was received by --as-of (default: now, recorded in the file). */
export async function reportCommand(ctx: CommandContext, flags: ReportFlags): Promise<number> {
  const { lang, out } = ctx;
  const period = parsePeriod(flags.period);
  const asOf = flags.asOf ? parseInstant(flags.asOf) : new Date();
  const { file, sha256, model } = await withStore(ctx.db, { readOnly: true }, (store) =>
    writeProvinceReport(store.connection, { period, provinceCode: flags.province, asOf, outDir: flags.out, lang }),
  );
  const total = model.deadlines.summaries.find((s) => s.level === 'province');
  const counts = {
    expected: total?.expected ?? 0,
    received: total?.received ?? 0,
    late: total?.late ?? 0,
    missing: total?.missing ?? 0,
    indicators: new Set(model.values.map((v) => v.indicator)).size,
    inputs: model.provenance.inputs.length,
    warnings: model.warnings.length,
    findings: model.findings.length,
  };
  if (ctx.json) {
    out.document({ file, sha256, period: period.id, province: model.province.code, provinceName: model.province.name, asOf: model.asOf, ...counts });
    return EXIT_OK;
  }
  out.line(file);
  out.line(
    t(
      lang,
      `${model.province.name}, kỳ ${period.id}, số liệu đến ${formatVietnamDateTime(asOf)}: ${counts.received}/${counts.expected} đơn vị đã nộp (${counts.late} muộn), ${counts.missing} chưa nộp; ${counts.indicators} chỉ tiêu từ ${counts.inputs} tệp; ${counts.warnings} cảnh báo, ${counts.findings} kết quả kiểm tra.`,
      `${model.province.name}, period ${period.id}, data up to ${formatVietnamDateTime(asOf)}: ${counts.received}/${counts.expected} units reported (${counts.late} late), ${counts.missing} missing; ${counts.indicators} indicators from ${counts.inputs} files; ${counts.warnings} warnings, ${counts.findings} check findings.`,
    ),
  );
  return EXIT_OK;
}
