import type { IngestOutcome } from '../ingest/ingest.js';
import { isoVietnam } from '../periods/vietnam-time.js';
import type { Lang } from '../i18n/messages.js';
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

/** One line per file (the rejected ones with every reason), then the counts. */
export function renderIngest(outcomes: readonly IngestOutcome[], out: Output): void {
  const { lang } = out;
  const listUnchanged = outcomes.filter((o) => o.status === 'unchanged').length <= 10;
  for (const o of outcomes) {
    const who = o.unitCode ? ` (${o.unitCode}${o.unitName ? ` ${o.unitName}` : ''}, ${o.period}, ${o.kind})` : '';
    if (o.status === 'accepted') {
      const warnings = o.diagnostics.length;
      out.line(
        t(lang, `  Đã nhận   ${o.file}${who}, phiên bản ${o.version}`, `  Accepted  ${o.file}${who}, version ${o.version}`) +
          (warnings ? t(lang, `, ${warnings} cảnh báo`, `, ${warnings} warning(s)`) : ''),
      );
    } else if (o.status === 'unchanged') {
      // A rerun of a whole batch would otherwise print one line per file: the total says it.
      if (!listUnchanged) continue;
      out.line(t(lang, `  Không đổi ${o.file}: đã nạp đúng tệp này trước đó`, `  Unchanged ${o.file}: this exact file was loaded before`));
    } else {
      out.line(t(lang, `  TỪ CHỐI   ${o.file}${who}:`, `  REJECTED  ${o.file}${who}:`));
      for (const d of o.diagnostics.filter((x) => x.severity === 'error')) {
        for (const line of diagnosticLines({ ...d, file: undefined }, lang)) out.line(`      ${line}`);
      }
    }
  }
  const c = ingestCounts(outcomes);
  out.line(
    t(
      lang,
      `Tệp: ${c.accepted} đã nhận, ${c.rejected} bị từ chối, ${c.unchanged} không đổi.`,
      `Files: ${c.accepted} accepted, ${c.rejected} rejected, ${c.unchanged} unchanged.`,
    ),
  );
  if (outcomes.length > 0 && c.unchanged === outcomes.length) {
    out.line(t(lang, 'Không có gì thay đổi: mọi tệp đã được nạp trước đó.', 'Nothing changed: every file was already loaded.'));
  }
}
