import type { CommandContext } from '../cli/context.js';
import { formatCount } from '../cli/number-format.js';
import { diagnosticJson, diagnosticLines, t } from '../cli/output.js';
import { progressReporter } from '../cli/progress.js';
import { ingestCounts, ingestJson, ingestSummary, renderIngestFiles, renderSkipped, skippedJson } from '../cli/render-ingest.js';
import { EXIT_OK, EXIT_PROBLEMS } from '../core/errors.js';
import type { Lang } from '../i18n/messages.js';
import { parsePeriod } from '../periods/period.js';
import { listForPeriod } from '../periods/period-list.js';
import { isoVietnam } from '../periods/vietnam-time.js';
import { type MainJobStage, runMainJob } from '../pipeline/run-pipeline.js';
import { periodName } from '../reports/report-wording.js';
import { withStore } from '../store/database.js';
import { requireUnit } from '../units/find-unit.js';

interface RunFlags {
  period: string;
  province: string;
  out: string;
  receivedAt?: string;
  manifest?: string;
  verbose?: boolean;
}

function stageName(stage: MainJobStage, lang: Lang): string {
  const names: Record<MainJobStage, [string, string]> = {
    ingest: ['Nạp tệp', 'Loading files'],
    compute: ['Tính chỉ tiêu', 'Computing indicators'],
    deadlines: ['Kiểm tra hạn nộp', 'Checking deadlines'],
    report: ['Ghi báo cáo', 'Writing the report'],
  };
  return t(lang, ...names[stage]);
}

/** `tk13 run DIR`: progress on stderr while it works; then the summary, then only the rejected files. */
export async function runCommand(ctx: CommandContext, dir: string, flags: RunFlags): Promise<number> {
  const { lang, out } = ctx;
  const period = parsePeriod(flags.period);
  const now = ctx.now;
  const province = requireUnit(listForPeriod(period), flags.province, period.id, 'province');
  const progress = progressReporter(lang);
  const result = await withStore(ctx.db, {}, (store) =>
    runMainJob(store, {
      dir,
      period,
      provinceCode: province.code,
      outDir: flags.out,
      lang,
      now,
      ...(flags.receivedAt ? { receivedAt: flags.receivedAt } : {}),
      ...(flags.manifest ? { manifest: flags.manifest } : {}),
      onStage: (stage) => progress.stage(stageName(stage, lang)),
      onFile: (done, total) => progress.files(done, total),
    }),
  ).finally(() => progress.end());
  const counts = ingestCounts(result.ingest);
  const job = result.output;
  const statuses = job?.deadlines.units.map((u) => u.status) ?? [];
  const late = statuses.filter((s) => s === 'late').length;
  const missing = statuses.filter((s) => s === 'missing').length;
  const departments = job?.deadlines.sectorSummary;
  const indicators = job?.compute.indicators.length ?? 0;
  const exit = counts.rejected > 0 || !job ? EXIT_PROBLEMS : EXIT_OK;

  if (ctx.json) {
    out.document({
      period: period.id,
      province: province.code,
      files: ingestJson(result.ingest, lang),
      ...(result.manifestDiagnostics.length ? { manifest: result.manifestDiagnostics.map((d) => diagnosticJson(d, lang)) } : {}),
      skipped: skippedJson(result.skipped, lang),
      counts,
      indicators: job ? { computed: indicators, values: job.compute.valueCount, changed: job.computeChanged, findings: job.compute.findings.length } : null,
      deadlines: job
        ? {
            expected: statuses.length,
            onTime: statuses.filter((s) => s === 'on_time').length,
            late,
            missing,
            ...(departments ? { sectors: { expected: departments.expected, onTime: departments.onTime, late: departments.late, missing: departments.missing } } : {}),
          }
        : null,
      report: job ? { file: job.reportFile, sha256: job.reportSha256, asOf: isoVietnam(now) } : null,
    });
    return exit;
  }
  const n = (value: number) => formatCount(value, lang);
  out.line(t(lang, `tk13: ${province.name}, kỳ ${period.id} (${periodName(period, lang)})`, `tk13: ${province.name}, period ${period.id} (${periodName(period, lang)})`));
  for (const d of result.manifestDiagnostics) for (const line of diagnosticLines(d, lang)) out.line(line);
  for (const line of ingestSummary(result.ingest, lang)) out.line(line);
  if (job) {
    out.line(
      job.computeChanged
        ? t(lang, `Chỉ tiêu: đã tính ${n(indicators)} chỉ tiêu (${n(job.compute.valueCount)} giá trị).`, `Indicators: ${indicators} computed (${job.compute.valueCount} values).`)
        : t(lang, `Chỉ tiêu: ${n(indicators)} chỉ tiêu, không có gì thay đổi kể từ lần tính trước.`, `Indicators: ${indicators}, unchanged since the last compute.`),
    );
    out.line(
      t(lang, `Hạn nộp: ${n(statuses.length)} đơn vị phải nộp, ${n(late)} nộp muộn, ${n(missing)} chưa nộp.`, `Deadlines: ${statuses.length} units expected, ${late} late, ${missing} missing.`),
    );
    if (departments && departments.expected > 0) {
      const d = departments;
      out.line(t(lang, `Sở, ngành: ${n(d.expected)} phải gửi biểu số liệu, ${n(d.late)} gửi muộn, ${n(d.missing)} chưa gửi.`, `Departments: ${d.expected} sector forms expected, ${d.late} late, ${d.missing} missing.`));
    }
    out.line(t(lang, `Báo cáo: ${job.reportFile}`, `Report: ${job.reportFile}`));
  } else {
    out.line(t(lang, 'Không ghi báo cáo: không tệp nào trong thư mục được nhận.', 'No report written: no file of the folder was accepted.'));
  }
  renderIngestFiles(result.ingest, out, flags.verbose);
  renderSkipped(result.skipped, out);
  return exit;
}
