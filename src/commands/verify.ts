import { existsSync, readFileSync, statSync } from 'node:fs';
import type { CommandContext } from '../cli/context.js';
import { t } from '../cli/output.js';
import { EXIT_OK, EXIT_PROBLEMS, Tk13Error, UsageError } from '../core/errors.js';
import type { Lang } from '../i18n/messages.js';
import { formatVietnamDateTime } from '../periods/vietnam-time.js';
import { type VerifyResult, verifyReport } from '../reports/verify-report.js';
import { withStore } from '../store/database.js';
import { FILE_LIMITS, REPORT_WORKBOOK_LIMITS } from '../workbook/limits.js';
import { workbookShapeProblem } from '../workbook/check-limits.js';

function notes(result: VerifyResult, lang: Lang): string[] {
  const lines: string[] = [];
  if (result.definitionsChanged) {
    lines.push(t(lang, 'Định nghĩa chỉ tiêu đã thay đổi kể từ khi lập báo cáo (mã băm khác).', 'The indicator definitions changed since the report was made (different hash).'));
  }
  if (result.calendarChanged) {
    lines.push(t(lang, 'Lịch báo cáo hoặc ngày nghỉ đã thay đổi kể từ khi lập báo cáo (mã băm khác).', 'The reporting calendar or holidays changed since the report was made (different hash).'));
  }
  if (result.identity.tk13Version !== result.current.tk13Version) {
    lines.push(t(lang, `Báo cáo lập bằng tk13 ${result.identity.tk13Version}, đang chạy tk13 ${result.current.tk13Version}.`, `Report made with tk13 ${result.identity.tk13Version}, running tk13 ${result.current.tk13Version}.`));
  }
  return lines;
}

/** `tk13 verify REPORT.xlsx`: exit 0 when the database gives the same report today, 1 with every differing cell otherwise. */
export async function verifyCommand(ctx: CommandContext, reportPath: string): Promise<number> {
  const { lang, out } = ctx;
  if (!existsSync(reportPath)) throw new UsageError('path-not-found', { found: reportPath });
  const size = statSync(reportPath).size;
  if (size > FILE_LIMITS.maxFileBytes) throw new Tk13Error('file-too-large', { found: size, expected: `≤ ${FILE_LIMITS.maxFileBytes}` });
  const bytes = new Uint8Array(readFileSync(reportPath));
  // A file claiming to be a report is measured before it is opened: it may be a zip bomb (issue 8).
  const tooBig = await workbookShapeProblem(bytes, REPORT_WORKBOOK_LIMITS);
  if (tooBig && tooBig.code !== 'file-corrupt-zip') throw new Tk13Error(tooBig.code, { found: tooBig.found ?? '', expected: tooBig.expected ?? '', sheet: tooBig.sheet ?? '' });
  const result = await withStore(ctx.db, { readOnly: true }, (store) => verifyReport(store.connection, bytes, reportPath, ctx.now));
  const { identity } = result;
  if (ctx.json) {
    out.document({
      file: reportPath,
      match: result.match,
      identical: result.identical,
      period: identity.period,
      province: identity.province,
      asOf: identity.asOf,
      differences: result.differences,
      missingSheets: result.missingSheets,
      layoutDifferences: result.layoutDifferences,
      savedBy: result.savedBy ?? null,
      definitionsChanged: result.definitionsChanged,
      calendarChanged: result.calendarChanged,
      reportVersion: identity.tk13Version,
      currentVersion: result.current.tk13Version,
    });
    return result.match ? EXIT_OK : EXIT_PROBLEMS;
  }
  const asOf = formatVietnamDateTime(new Date(identity.asOf));
  out.line(t(lang, `Báo cáo tỉnh ${identity.province}, kỳ ${identity.period}, số liệu đến ${asOf}.`, `Report for province ${identity.province}, period ${identity.period}, data up to ${asOf}.`));
  const program = result.savedBy ?? t(lang, 'một chương trình khác', 'another program');
  if (result.identical) out.line(t(lang, 'KHỚP: tính lại từ cơ sở dữ liệu cho đúng tệp này, từng byte.', 'MATCH: recomputing from the database gives this exact file, byte for byte.'));
  else if (result.match) {
    out.line(t(lang, 'KHỚP: mọi số liệu và chữ trong báo cáo đều đúng như tính lại từ cơ sở dữ liệu.', 'MATCH: every figure and text of the report agrees with what the database gives.'));
    out.line(
      t(
        lang,
        `Tệp đã được mở và lưu lại (bằng ${program}), nên không giống từng byte; cách trình bày (khổ in, độ rộng cột, định dạng số) có thể khác nhưng không ô nào bị sửa.`,
        `The file was opened and saved again (by ${program}), so its bytes differ; presentation (print setup, column widths, number formats) may differ, but no cell was changed.`,
      ),
    );
  } else {
    const count = result.differences.length;
    out.line(t(lang, `KHÔNG KHỚP: ${count} ô có giá trị khác với số liệu tính lại từ cơ sở dữ liệu.`, `MISMATCH: ${count} cell(s) hold a value other than what the database gives.`));
    for (const name of result.missingSheets) out.line(t(lang, `  Thiếu trang "${name}" của báo cáo.`, `  The report's sheet "${name}" is missing.`));
    for (const d of result.differences) {
      const expected = d.expected === '' ? t(lang, '(trống)', '(empty)') : d.expected;
      const found = d.found === '' ? t(lang, '(trống)', '(empty)') : d.found;
      out.line(t(lang, `  Trang "${d.sheet}", ô ${d.cell}: trong tệp ${found}, tính lại ${expected}`, `  Sheet "${d.sheet}", cell ${d.cell}: file has ${found}, recomputed ${expected}`));
    }
    if (result.savedBy) out.line(t(lang, `Tệp được lưu lần cuối bằng ${result.savedBy}, không phải tk13.`, `The file was last saved by ${result.savedBy}, not by tk13.`));
  }
  for (const line of notes(result, lang)) out.line(t(lang, `Lưu ý: ${line}`, `Note: ${line}`));
  return result.match ? EXIT_OK : EXIT_PROBLEMS;
}
