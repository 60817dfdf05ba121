import type { CommandContext } from '../cli/context.js';
import { t } from '../cli/output.js';
import { ingestCounts, ingestJson, renderIngest, skippedJson } from '../cli/render-ingest.js';
import { EXIT_OK, EXIT_PROBLEMS, Tk13Error } from '../core/errors.js';
import { parsePeriod } from '../periods/period.js';
import { listForPeriod } from '../periods/period-list.js';
import { isoVietnam } from '../periods/vietnam-time.js';
import { runMainJob } from '../pipeline/run-pipeline.js';
import { withStore } from '../store/database.js';
import { hierarchyFor } from '../units/hierarchy.js';

interface RunFlags {
  period: string;
  province: string;
  out: string;
  receivedAt?: string;
  manifest?: string;
}

export async function runCommand(ctx: CommandContext, dir: string, flags: RunFlags): Promise<number> {
  const { lang, out } = ctx;
  const period = parsePeriod(flags.period);
  const now = ctx.now;
  const province = hierarchyFor(listForPeriod(period)).unit(flags.province);
  if (!province || province.level !== 'province') throw new Tk13Error('province-unknown', { found: flags.province, period: period.id });
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
    }),
  );
  const counts = ingestCounts(result.ingest);
  const statuses = result.deadlines.units.map((u) => u.status);
  const late = statuses.filter((s) => s === 'late').length;
  const missing = statuses.filter((s) => s === 'missing').length;
  const indicators = result.compute.indicators.length;

  if (ctx.json) {
    out.document({
      period: period.id,
      province: province.code,
      files: ingestJson(result.ingest, lang),
      skipped: skippedJson(result.skipped, lang),
      counts,
      indicators: { computed: indicators, values: result.compute.valueCount, changed: result.computeChanged, findings: result.compute.findings.length },
      deadlines: { expected: statuses.length, onTime: statuses.filter((s) => s === 'on_time').length, late, missing },
      report: { file: result.reportFile, sha256: result.reportSha256, asOf: isoVietnam(now) },
    });
    return counts.rejected > 0 ? EXIT_PROBLEMS : EXIT_OK;
  }
  out.line(t(lang, `tk13: ${province.name}, kỳ ${period.id}`, `tk13: ${province.name}, period ${period.id}`));
  renderIngest(result.ingest, out, result.skipped);
  out.line(
    result.computeChanged
      ? t(lang, `Chỉ tiêu: đã tính ${indicators} chỉ tiêu (${result.compute.valueCount} giá trị).`, `Indicators: ${indicators} computed (${result.compute.valueCount} values).`)
      : t(lang, `Chỉ tiêu: ${indicators} chỉ tiêu, không có gì thay đổi kể từ lần tính trước.`, `Indicators: ${indicators}, unchanged since the last compute.`),
  );
  out.line(
    t(
      lang,
      `Hạn nộp: ${statuses.length} đơn vị phải nộp, ${late} nộp muộn, ${missing} chưa nộp.`,
      `Deadlines: ${statuses.length} units expected, ${late} late, ${missing} missing.`,
    ),
  );
  out.line(t(lang, `Báo cáo: ${result.reportFile}`, `Report: ${result.reportFile}`));
  return counts.rejected > 0 ? EXIT_PROBLEMS : EXIT_OK;
}
