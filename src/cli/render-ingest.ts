import type { IngestOutcome } from '../ingest/ingest.js';
import { isoVietnam } from '../periods/vietnam-time.js';
import type { Lang } from '../i18n/messages.js';
import { formatCount } from './number-format.js';
import { diagnosticJson, diagnosticLines, type Output, t } from './output.js';

export function ingestCounts(outcomes: readonly IngestOutcome[]) {
  return {
    accepted: outcomes.filter((o) => o.status === 'accepted').length,
    rejected: outcomes.filter((o) => o.status === 'rejected').length,
    unchanged: outcomes.filter((o) => o.status === 'unchanged').length,
  };
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

/** The counts line, first thing a person reads after ingest or run. */
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
    const who = o.unitCode ? ` (${o.unitCode}${o.unitName ? ` ${o.unitName}` : ''}, ${o.period}, ${o.kind})` : '';
    if (o.status === 'accepted') {
      const warnings = o.diagnostics.length;
      out.line(
        t(lang, `  Đã nhận   ${o.file}${who}, phiên bản ${o.version}`, `  Accepted  ${o.file}${who}, version ${o.version}`) +
          (warnings ? t(lang, `, ${warnings} cảnh báo`, `, ${warnings} warning(s)`) : ''),
      );
      for (const d of o.diagnostics) for (const line of diagnosticLines({ ...d, file: undefined }, lang)) out.line(`      ${line}`);
    } else if (o.status === 'unchanged') {
      out.line(t(lang, `  Không đổi ${o.file}: đã nạp đúng tệp này trước đó`, `  Unchanged ${o.file}: this exact file was loaded before`));
    } else {
      out.line(t(lang, `  TỪ CHỐI   ${o.file}${who}:`, `  REJECTED  ${o.file}${who}:`));
      for (const d of o.diagnostics.filter((x) => x.severity === 'error')) {
        for (const line of diagnosticLines({ ...d, file: undefined }, lang)) out.line(`      ${line}`);
      }
    }
  }
  if (!verbose && outcomes.length > rejected.length && rejected.length > 0) {
    out.line(t(lang, '(Thêm --verbose để xem cả các tệp đã nhận và cảnh báo của chúng.)', '(Add --verbose to list the accepted files and their warnings too.)'));
  }
}

/** `ingest`: the counts first, then the rejected files (everything with `verbose`). */
export function renderIngest(outcomes: readonly IngestOutcome[], out: Output, verbose = false): void {
  const { lang } = out;
  out.line(ingestSummaryLine(outcomes, lang));
  const c = ingestCounts(outcomes);
  if (outcomes.length > 0 && c.unchanged === outcomes.length) {
    out.line(t(lang, 'Không có gì thay đổi: mọi tệp đã được nạp trước đó.', 'Nothing changed: every file was already loaded.'));
  }
  renderIngestFiles(outcomes, out, verbose);
}
