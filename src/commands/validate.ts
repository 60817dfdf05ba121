import { readFile } from 'node:fs/promises';
import { printable } from '../core/printable.js';
import { basename, join } from 'node:path';
import type { CommandContext } from '../cli/context.js';
import { problemLines } from '../cli/group-diagnostics.js';
import { formatCount } from '../cli/number-format.js';
import { diagnosticJson, t } from '../cli/output.js';
import { renderSkipped, skippedJson } from '../cli/render-ingest.js';
import { kindWithDepartment, periodName } from '../reports/report-wording.js';
import { errorsOf, warningsOf } from '../core/diagnostics.js';
import { EXIT_OK, EXIT_PROBLEMS } from '../core/errors.js';
import { checkOutputDirectory, makeOutputDirectory, writeFileAtomically } from '../core/output-paths.js';
import type { Lang } from '../i18n/messages.js';
import { parsePeriod } from '../periods/period.js';
import { formatVietnamDate, parseInstant } from '../periods/vietnam-time.js';
import type { RegisterKind } from '../submissions/types.js';
import { type Countdown, type ValidatedFile, validateFiles } from '../submissions/validate.js';

interface ValidateFlags {
  asOf?: string;
  period?: string;
  unit?: string;
  kind?: RegisterKind;
  annotate?: string;
  verbose?: boolean;
}

function countdownText(c: Countdown, lang: Lang): string {
  const due = formatVietnamDate(c.deadline);
  if (c.daysLate !== undefined && c.daysLate > 0) {
    return t(lang, `Hạn nộp ${due}: đã quá hạn ${c.daysLate} ngày.`, `Deadline ${due}: ${c.daysLate} day(s) late.`);
  }
  return t(lang, `Hạn nộp ${due}: còn ${c.daysLeft ?? 0} ngày.`, `Deadline ${due}: ${c.daysLeft ?? 0} day(s) left.`);
}

function fileHeader(f: ValidatedFile, lang: Lang): string {
  const { parsed } = f;
  const kind = parsed.kind ? kindWithDepartment(parsed.kind, lang) : t(lang, 'không rõ loại', 'unknown kind');
  const unit = parsed.unit ? `${parsed.unit.name} (${parsed.unit.code})` : t(lang, 'đơn vị chưa xác định', 'unit not identified');
  const period = parsed.period ? `, ${t(lang, 'kỳ', 'period')} ${parsed.period}` : '';
  return `${printable(parsed.file)}: ${kind}, ${unit}${period}`;
}

async function annotate(files: readonly ValidatedFile[], dir: string, lang: Lang): Promise<string[]> {
  // exceljs (which writes the copies) is loaded only when copies are asked for.
  const { annotateWorkbook } = await import('../submissions/annotate.js');
  makeOutputDirectory(dir);
  const written: string[] = [];
  for (const f of files) {
    if (!/\.xlsx$/i.test(f.path) || f.parsed.diagnostics.length === 0 || !f.parsed.kind) continue;
    const target = join(dir, basename(f.path));
    // A workbook too broken to open has nothing to mark up; its problems are listed on screen.
    const copy = await annotateWorkbook(await readFile(f.path), f.parsed.diagnostics, lang).catch(() => undefined);
    if (!copy) continue;
    writeFileAtomically(target, copy);
    written.push(target);
  }
  return written;
}

export async function validateCommand(ctx: CommandContext, files: string[], flags: ValidateFlags): Promise<number> {
  const { lang, out } = ctx;
  const period = flags.period ? parsePeriod(flags.period) : undefined;
  if (flags.annotate) checkOutputDirectory(flags.annotate);
  const asOf = flags.asOf ? parseInstant(flags.asOf) : ctx.now;
  const report = await validateFiles(files, {
    asOf,
    ...(period ? { period: period.id } : {}),
    ...(flags.unit ? { unitCode: flags.unit } : {}),
    ...(flags.kind ? { kind: flags.kind } : {}),
  });
  const annotated = flags.annotate ? await annotate(report.files, flags.annotate, lang) : [];
  const errorCount = report.files.reduce((n, f) => n + errorsOf(f.parsed.diagnostics).length, 0);
  const warningCount = report.files.reduce((n, f) => n + warningsOf(f.parsed.diagnostics).length, 0);

  if (ctx.json) {
    out.document({
      files: report.files.map((f) => ({
        file: f.parsed.file,
        unit: f.parsed.unit?.code ?? null,
        period: f.parsed.period ?? null,
        kind: f.parsed.kind ?? null,
        deadline: f.countdown ?? null,
        errors: errorsOf(f.parsed.diagnostics).map((d) => diagnosticJson(d, lang)),
        warnings: warningsOf(f.parsed.diagnostics).map((d) => diagnosticJson(d, lang)),
      })),
      summary: { errors: errorCount, warnings: warningCount, byCode: report.countsByCode, byUnit: report.countsByUnit },
      skipped: skippedJson(report.skipped, lang),
      annotated,
    });
    return errorCount > 0 ? EXIT_PROBLEMS : EXIT_OK;
  }

  if (period) out.line(t(lang, `Kỳ báo cáo: ${period.id} (${periodName(period, lang)})`, `Reporting period: ${period.id} (${periodName(period, lang)})`));
  for (const f of report.files) {
    out.line(fileHeader(f, lang));
    const e = errorsOf(f.parsed.diagnostics).length;
    const w = warningsOf(f.parsed.diagnostics).length;
    out.line(
      e + w === 0
        ? t(lang, '  Không có lỗi. Tệp sẵn sàng để nộp.', '  No problems. The file is ready to send.')
        : t(lang, `  ${formatCount(e, lang)} lỗi, ${formatCount(w, lang)} cảnh báo.`, `  ${e} error(s), ${w} warning(s).`),
    );
    if (f.countdown) out.line(`  ${countdownText(f.countdown, lang)}`);
    const problems = f.parsed.diagnostics.map((d) => ({ ...d, file: undefined }));
    for (const line of problemLines(problems, lang, flags.verbose)) out.line(`  ${line}`);
    out.line();
  }
  renderSkipped(report.skipped, out);
  out.line(
    t(lang, `Tổng cộng: ${report.files.length} tệp, ${errorCount} lỗi, ${warningCount} cảnh báo.`, `Total: ${report.files.length} file(s), ${errorCount} error(s), ${warningCount} warning(s).`),
  );
  if (report.countsByCode.length > 0) {
    out.line(t(lang, 'Theo mã lỗi:', 'By code:'));
    for (const c of report.countsByCode) out.line(`  ${c.code}: ${c.errors} ${t(lang, 'lỗi', 'errors')}, ${c.warnings} ${t(lang, 'cảnh báo', 'warnings')}`);
    out.line(t(lang, 'Theo đơn vị:', 'By unit:'));
    for (const c of report.countsByUnit) out.line(`  ${c.unit}: ${c.errors} ${t(lang, 'lỗi', 'errors')}, ${c.warnings} ${t(lang, 'cảnh báo', 'warnings')}`);
  }
  for (const path of annotated) out.line(t(lang, `Bản đánh dấu lỗi: ${printable(path)}`, `Annotated copy: ${printable(path)}`));
  return errorCount > 0 ? EXIT_PROBLEMS : EXIT_OK;
}
