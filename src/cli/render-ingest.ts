import type { IngestOutcome } from '../ingest/ingest.js';
import { dirname, sep } from 'node:path';
import { isoVietnam } from '../periods/vietnam-time.js';
import { printable } from '../core/printable.js';
import { type Lang, renderMessage } from '../i18n/messages.js';
import { type SkippedFile, skippedMessage } from '../submissions/collect-files.js';
import { kindWithDepartment } from '../reports/report-wording.js';
import { formatCount } from './number-format.js';
import { diagnosticJson, diagnosticLines, type Output, t } from './output.js';

export function ingestCounts(outcomes: readonly IngestOutcome[]) {
  return {
    accepted: outcomes.filter((o) => o.status === 'accepted').length,
    rejected: outcomes.filter((o) => o.status === 'rejected').length,
    unchanged: outcomes.filter((o) => o.status === 'unchanged').length,
  };
}

/** Files of the input folders that were not read, each with its reason (`file-skipped-*`). */
export function skippedJson(skipped: readonly SkippedFile[], lang: Lang) {
  return skipped.map((s) => {
    const { code, params } = skippedMessage(s);
    return { file: s.path, code, message: renderMessage(code, { params }, lang).message };
  });
}

/** The deepest folder holding every one of `paths` (files of one period usually share their period's folder). */
function commonFolder(paths: readonly string[]): string {
  return paths.map((p) => dirname(p)).reduce((common, folder) => {
    while (common !== dirname(common) && folder !== common && !folder.startsWith(`${common}${sep}`)) common = dirname(common);
    return common;
  });
}

/** Above this many files of one other period, they are counted in one line (per period) instead of listed. */
const LISTED_OTHER_PERIOD_FILES = 3;

/**
 * One line per skipped entry: nothing in an input folder is passed over in silence. Files of another
 * period (a folder holding a whole year) are counted per period with the folders they are in, so the
 * reasons that need a look are not buried under a hundred lines; `--json` still lists each file.
 */
export function renderSkipped(skipped: readonly SkippedFile[], out: Output): void {
  const byPeriod = new Map<string, SkippedFile[]>();
  for (const s of skipped) if (s.reason === 'other-period' && s.period) byPeriod.set(s.period.found, [...(byPeriod.get(s.period.found) ?? []), s]);
  const grouped = new Set([...byPeriod.values()].filter((files) => files.length > LISTED_OTHER_PERIOD_FILES).flat());
  for (const s of skipped) {
    if (grouped.has(s)) continue;
    const { code, params } = skippedMessage(s);
    out.line(`  ${renderMessage(code, { params }, out.lang).message}`);
  }
  for (const [period, files] of byPeriod) {
    if (files.length <= LISTED_OTHER_PERIOD_FILES) continue;
    const params = { count: formatCount(files.length, out.lang), period, expected: files[0].period!.expected, folders: commonFolder(files.map((f) => f.path)) };
    out.line(`  ${renderMessage('file-skipped-other-period-group', { params }, out.lang).message}`);
  }
}

export function ingestJson(outcomes: readonly IngestOutcome[], lang: Lang) {
  return outcomes.map((o) => ({
    file: o.file,
    status: o.status,
    unit: o.unitCode ?? null,
    period: o.period ?? null,
    kind: o.kind ?? null,
    version: o.version ?? null,
    sha256: o.sha256,
    receivedAt: isoVietnam(o.receivedAt),
    errors: o.diagnostics.filter((d) => d.severity === 'error').map((d) => diagnosticJson(d, lang)),
    warnings: o.diagnostics.filter((d) => d.severity !== 'error').map((d) => diagnosticJson(d, lang)),
  }));
}

/** The counts line, and whether anything changed at all: what a person reads first after ingest or run. */
export function ingestSummary(outcomes: readonly IngestOutcome[], lang: Lang): string[] {
  const c = ingestCounts(outcomes);
  const nothing = outcomes.length > 0 && c.unchanged === outcomes.length;
  return [ingestSummaryLine(outcomes, lang), ...(nothing ? [t(lang, 'Không có gì thay đổi: mọi tệp đã được nạp trước đó.', 'Nothing changed: every file was already loaded.')] : [])];
}

/** The counts line. */
export function ingestSummaryLine(outcomes: readonly IngestOutcome[], lang: Lang): string {
  const c = ingestCounts(outcomes);
  return t(
    lang,
    `Tệp: ${formatCount(c.accepted, lang)} đã nhận, ${formatCount(c.rejected, lang)} bị từ chối, ${formatCount(c.unchanged, lang)} không đổi.`,
    `Files: ${c.accepted} accepted, ${c.rejected} rejected, ${c.unchanged} unchanged.`,
  );
}

/**
 * The files after the summary: only the rejected ones with every reason; with `verbose` also each
 * accepted file (and its warnings) and each unchanged one.
 */
export function renderIngestFiles(outcomes: readonly IngestOutcome[], out: Output, verbose = false): void {
  const { lang } = out;
  const rejected = outcomes.filter((o) => o.status === 'rejected');
  if (rejected.length > 0) out.line(t(lang, 'Tệp bị từ chối:', 'Rejected files:'));
  for (const o of verbose ? outcomes : rejected) {
    const file = printable(o.file);
    const kind = o.kind ? `, ${kindWithDepartment(o.kind, lang)}` : '';
    const who = o.unitCode ? ` (${o.unitCode}${o.unitName ? ` ${printable(o.unitName)}` : ''}, ${o.period}${kind})` : '';
    if (o.status === 'accepted') {
      const warnings = o.diagnostics.length;
      out.line(
        t(lang, `  Đã nhận   ${file}${who}, phiên bản ${o.version}`, `  Accepted  ${file}${who}, version ${o.version}`) +
          (warnings ? t(lang, `, ${warnings} cảnh báo`, `, ${warnings} warning(s)`) : ''),
      );
      for (const d of o.diagnostics) for (const line of diagnosticLines({ ...d, file: undefined }, lang)) out.line(`      ${line}`);
    } else if (o.status === 'unchanged') {
      out.line(t(lang, `  Không đổi ${file}: đã nạp đúng tệp này trước đó`, `  Unchanged ${file}: this exact file was loaded before`));
    } else {
      out.line(t(lang, `  TỪ CHỐI   ${file}${who}:`, `  REJECTED  ${file}${who}:`));
      for (const d of o.diagnostics.filter((x) => x.severity === 'error')) {
        for (const line of diagnosticLines({ ...d, file: undefined }, lang)) out.line(`      ${line}`);
      }
    }
  }
  if (!verbose && outcomes.length > rejected.length && rejected.length > 0) {
    out.line(t(lang, '(Thêm --verbose để xem cả các tệp đã nhận và cảnh báo của chúng.)', '(Add --verbose to list the accepted files and their warnings too.)'));
  }
}

/** `ingest`: the counts first, then the rejected files (everything with `verbose`), then what was skipped. */
export function renderIngest(outcomes: readonly IngestOutcome[], out: Output, options: { verbose?: boolean; skipped?: readonly SkippedFile[] } = {}): void {
  const verbose = options.verbose ?? false;
  const { lang } = out;
  for (const line of ingestSummary(outcomes, lang)) out.line(line);
  renderIngestFiles(outcomes, out, verbose);
  renderSkipped(options.skipped ?? [], out);
}
