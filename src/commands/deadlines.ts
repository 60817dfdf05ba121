import type { CommandContext } from '../cli/context.js';
import { textTable } from '../cli/text-table.js';
import { t } from '../cli/output.js';
import { formatCount, formatPercent } from '../cli/number-format.js';
import { suggestSimilar } from '../core/did-you-mean.js';
import { EXIT_OK, EXIT_PROBLEMS, UsageError } from '../core/errors.js';
import type { Lang } from '../i18n/messages.js';
import type { DeadlineReport, LevelDeadline, Timeliness, TimelinessCounts } from '../periods/deadline-types.js';
import { parsePeriod } from '../periods/period.js';
import { formatVietnamDate, formatVietnamDateTime, parseInstant } from '../periods/vietnam-time.js';
import { withStore } from '../store/database.js';
import { loadDeadlineReport } from '../periods/load-deadline-report.js';
import { provinceForPeriod } from '../periods/timeliness.js';
import { countHeadings, departmentsTitle, statusWithDays, timelinessHeadings } from '../reports/status-wording.js';

interface DeadlinesFlags {
  period: string;
  province?: string;
  asOf?: string;
  strict?: boolean;
  only?: string;
}

const STATUSES = ['on_time', 'late', 'missing', 'pending'] as const;
type Status = (typeof STATUSES)[number];

/** `--only late,missing`: the statuses to list, or a usage error naming the valid ones. */
function onlyStatuses(flag: string | undefined): Set<Status> | undefined {
  if (flag === undefined) return undefined;
  const wanted = flag.split(',').map((s) => s.trim().toLowerCase().replace('-', '_')).filter(Boolean);
  const unknown = wanted.find((s) => !(STATUSES as readonly string[]).includes(s));
  if (unknown !== undefined || wanted.length === 0) {
    const near = suggestSimilar(unknown ?? flag, STATUSES);
    throw new UsageError('option-value-invalid', { option: '--only', found: unknown ?? flag, expected: STATUSES.join(', '), ...(near.length ? { suggestion: near.join(', ') } : {}) });
  }
  return new Set(wanted as Status[]);
}

/**
 * One row of a timeliness table: a unit with its code and name, or a department by its name alone
 * (`code` undefined: its id in templates/sector-forms.yaml is tk13's, not the reader's).
 */
interface Listed {
  code?: string;
  name: string;
  timeliness: Timeliness;
}

/**
 * The units' table and the departments' table: the same columns and status words, worded as the
 * report's status sheet; like the sheet's, the departments' table has no code column.
 */
function timelinessRows(rows: readonly Listed[], lang: Lang, withCode: boolean): string[] {
  const header = timelinessHeadings([...(withCode ? ['code' as const] : []), 'name', 'receivedAt', 'deadline', 'status', 'versions', 'corrected'], lang);
  const lines = rows.map(({ code, name, timeliness: u }) => [
    ...(withCode ? [code ?? ''] : []),
    name,
    u.receivedAt ? formatVietnamDateTime(new Date(u.receivedAt)) : '',
    formatVietnamDate(u.deadline),
    statusWithDays(u, lang),
    String(u.versions),
    u.correctedAfterDeadline ? '*' : '',
  ]);
  return textTable(header, lines);
}

function summaryRows(rows: ReadonlyArray<{ code: string; name: string; counts: TimelinessCounts }>, lang: Lang): string[] {
  const header = countHeadings(['code', 'name', 'expected', 'received', 'onTime', 'late', 'missing', 'pending', 'completenessRate', 'onTimeRate'], lang);
  const lines = rows.map(({ code, name, counts: s }) => [
    code,
    name,
    ...[s.expected, s.received, s.onTime, s.late, s.missing, s.pending].map((n) => formatCount(n, lang)),
    formatPercent(s.completenessRate, lang),
    formatPercent(s.onTimeRate, lang),
  ]);
  return textTable(header, lines);
}

function levelLabel(level: LevelDeadline['level'], lang: Lang): string {
  switch (level) {
    case 'district':
      return t(lang, 'Cấp huyện', 'Districts');
    case 'sector':
      return t(lang, 'Sở, ngành', 'Departments');
    default:
      return t(lang, 'Cấp xã', 'Communes');
  }
}

function writeTable(ctx: CommandContext, rows: readonly Listed[], withCode: boolean): void {
  const { lang, out } = ctx;
  for (const line of timelinessRows(rows, lang, withCode)) out.line(line);
  if (rows.some((r) => r.timeliness.correctedAfterDeadline)) {
    out.line(t(lang, '* có bản sửa nhận sau hạn; tính đúng hạn theo lần nộp đầu tiên.',
      '* a correction arrived after the deadline; timeliness is judged on the first version.'));
  }
}

/** `sectorsExpected`: how many departments the period expects, whatever `--only` kept. */
function render(ctx: CommandContext, report: DeadlineReport, sectorsExpected: number): void {
  const { lang, out } = ctx;
  const asOf = formatVietnamDateTime(new Date(report.asOf));
  out.line(t(lang, `Hạn nộp báo cáo kỳ ${report.period} — ${report.provinceName} (${report.provinceCode}), tính đến ${asOf}`,
    `Reporting deadlines for ${report.period} — ${report.provinceName} (${report.provinceCode}), as of ${asOf}`));
  for (const d of report.deadlines) {
    const moved = d.deadline === d.nominal ? '' : t(lang, ` (theo lịch ${formatVietnamDate(d.nominal)}, lùi vì trùng ngày nghỉ)`,
      ` (calendar ${formatVietnamDate(d.nominal)}, moved off a day off)`);
    out.line(`${levelLabel(d.level, lang)}: ${formatVietnamDate(d.deadline)}${moved}`);
  }
  out.line();
  writeTable(ctx, report.units.map((u) => ({ code: u.unitCode, name: u.level === 'district' ? u.unitName.toUpperCase() : u.unitName, timeliness: u })), true);
  if (sectorsExpected > 0) {
    out.line();
    out.line(`${departmentsTitle(lang)}:`);
    writeTable(ctx, report.sectors.map((s) => ({ name: s.sectorName, timeliness: s })), false);
  }
  out.line();
  const totals: Array<{ code: string; name: string; counts: TimelinessCounts }> = report.summaries.map((s) => ({
    code: s.unitCode,
    name: s.level === 'province' ? `${t(lang, 'TOÀN TỈNH', 'WHOLE PROVINCE')}: ${s.unitName}` : s.unitName,
    counts: s,
  }));
  if (sectorsExpected > 0) totals.push({ code: '', name: departmentsTitle(lang).toLocaleUpperCase('vi'), counts: report.sectorSummary });
  for (const line of summaryRows(totals, lang)) out.line(line);
}

export async function deadlinesCommand(ctx: CommandContext, flags: DeadlinesFlags): Promise<number> {
  const period = parsePeriod(flags.period);
  if (!flags.province) throw new UsageError('deadlines-province-required');
  provinceForPeriod(period, flags.province);
  const only = onlyStatuses(flags.only);
  const asOf = flags.asOf ? parseInstant(flags.asOf) : ctx.now;
  const full = await withStore(ctx.db, { readOnly: true }, (store) =>
    loadDeadlineReport(store.connection, { period, provinceCode: flags.province as string, asOf }),
  );
  // The summaries stay whole: --only narrows the lists of units and departments, not the totals.
  const report = only ? { ...full, units: full.units.filter((u) => only.has(u.status)), sectors: full.sectors.filter((s) => only.has(s.status)) } : full;

  if (ctx.json) {
    const communes = report.deadlines.find((d) => d.level === 'commune');
    ctx.out.document({
      period: report.period,
      province: report.provinceCode,
      provinceName: report.provinceName,
      list: report.list,
      asOf: report.asOf,
      deadline: communes?.deadline ?? null,
      deadlines: report.deadlines,
      units: report.units,
      summaries: report.summaries,
      sectors: report.sectors,
      sectorSummary: report.sectorSummary,
    });
  } else {
    render(ctx, report, full.sectors.length);
  }
  const overdue = [...full.units, ...full.sectors].some((u) => u.status === 'late' || u.status === 'missing');
  return flags.strict && overdue ? EXIT_PROBLEMS : EXIT_OK;
}
