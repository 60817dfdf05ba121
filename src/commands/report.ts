import type { CommandContext } from '../cli/context.js';
import { t } from '../cli/output.js';
import { EXIT_OK } from '../core/errors.js';
import { type Period, parsePeriod } from '../periods/period.js';
import { listForPeriod } from '../periods/period-list.js';
import { formatVietnamDateTime, parseInstant } from '../periods/vietnam-time.js';
import { reportAsOf } from '../reports/report-as-of.js';
import { type WrittenReport, writeProvinceReports } from '../reports/write-report.js';
import { withStore } from '../store/database.js';
import { unitReference } from '../units/unit-lists.js';
import { unknownUnitError } from '../units/find-unit.js';

interface ReportFlags {
  period: string;
  province: string;
  asOf?: string;
  out: string;
}

/** `--province`: one code, several separated by commas, or `all` (every province of the period's list). */
function provinceCodes(flag: string, period: Period): string[] {
  const list = listForPeriod(period);
  const provinces = [...unitReference().lists[list].units.values()].filter((u) => u.level === 'province').map((u) => u.code);
  if (flag.trim().toLowerCase() === 'all') return provinces.sort();
  const codes = [...new Set(flag.split(',').map((c) => c.trim()).filter(Boolean))];
  const unknown = codes.find((c) => !provinces.includes(c));
  if (unknown !== undefined || codes.length === 0) throw unknownUnitError(list, unknown ?? flag, period.id, 'province');
  return codes;
}

function summary(report: WrittenReport, period: Period) {
  const { model } = report;
  const total = model.deadlines.summaries.find((s) => s.level === 'province');
  return {
    file: report.file,
    sha256: report.sha256,
    period: period.id,
    province: model.province.code,
    provinceName: model.province.name,
    asOf: model.asOf,
    expected: total?.expected ?? 0,
    received: total?.received ?? 0,
    late: total?.late ?? 0,
    missing: total?.missing ?? 0,
    sectors: (({ expected, received, late, missing }) => ({ expected, received, late, missing }))(model.deadlines.sectorSummary),
    indicators: new Set(model.values.map((v) => v.indicator)).size,
    inputs: model.provenance.inputs.length,
    warnings: model.warnings.length,
    findings: model.findings.length,
  };
}

/** `tk13 report`: the province workbook(s) from what was received by --as-of (default: now, recorded in the file). */
export async function reportCommand(ctx: CommandContext, flags: ReportFlags): Promise<number> {
  const { lang, out } = ctx;
  const period = parsePeriod(flags.period);
  const codes = provinceCodes(flags.province, period);
  const asOf = flags.asOf ? reportAsOf(parseInstant(flags.asOf), ctx.now, flags.asOf) : ctx.now;
  const reports: Array<ReturnType<typeof summary>> = [];
  await withStore(ctx.db, { readOnly: true }, (store) =>
    writeProvinceReports(store.connection, { period, provinceCodes: codes, asOf, outDir: flags.out, lang }, (written) => reports.push(summary(written, period))),
  );
  reports.sort((a, b) => codes.indexOf(a.province) - codes.indexOf(b.province));
  if (ctx.json) {
    out.document(reports.length === 1 ? reports[0] : { reports });
    return EXIT_OK;
  }
  for (const r of reports) {
    const d = r.sectors;
    const departments = d.expected === 0 ? '' : t(lang, `; sở, ngành: ${d.received}/${d.expected} đã gửi (${d.late} muộn), ${d.missing} chưa gửi`, `; departments: ${d.received}/${d.expected} sent (${d.late} late), ${d.missing} missing`);
    out.line(r.file);
    out.line(
      t(
        lang,
        `${r.provinceName}, kỳ ${period.id}, số liệu đến ${formatVietnamDateTime(asOf)}: ${r.received}/${r.expected} đơn vị đã nộp (${r.late} muộn), ${r.missing} chưa nộp${departments}; ${r.indicators} chỉ tiêu từ ${r.inputs} tệp; ${r.warnings} cảnh báo, ${r.findings} kết quả kiểm tra.`,
        `${r.provinceName}, period ${period.id}, data up to ${formatVietnamDateTime(asOf)}: ${r.received}/${r.expected} units reported (${r.late} late), ${r.missing} missing${departments}; ${r.indicators} indicators from ${r.inputs} files; ${r.warnings} warnings, ${r.findings} check findings.`,
      ),
    );
  }
  return EXIT_OK;
}
