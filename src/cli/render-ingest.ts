import type { IngestOutcome } from '../ingest/ingest.js';
import { printable } from '../core/printable.js';
import { isoVietnam } from '../periods/vietnam-time.js';
import { type Lang, renderMessage } from '../i18n/messages.js';
import { type SkippedFile, skippedMessage } from '../submissions/collect-files.js';
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

/** One line per skipped entry: nothing in an input folder is passed over in silence. */
export function renderSkipped(skipped: readonly SkippedFile[], out: Output): void {
  for (const s of skipped) {
    const { code, params } = skippedMessage(s);
    out.line(`  ${renderMessage(code, { params }, out.lang).message}`);
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

/** One line per file (the rejected ones with every reason), then the counts. */
export function renderIngest(outcomes: readonly IngestOutcome[], out: Output, skipped: readonly SkippedFile[] = []): void {
  const { lang } = out;
  const listUnchanged = outcomes.filter((o) => o.status === 'unchanged').length <= 10;
  for (const o of outcomes) {
    const file = printable(o.file);
    const who = o.unitCode ? ` (${o.unitCode}${o.unitName ? ` ${printable(o.unitName)}` : ''}, ${o.period}, ${o.kind})` : '';
    if (o.status === 'accepted') {
      const warnings = o.diagnostics.length;
      out.line(
        t(lang, `  Đã nhận   ${file}${who}, phiên bản ${o.version}`, `  Accepted  ${file}${who}, version ${o.version}`) +
          (warnings ? t(lang, `, ${warnings} cảnh báo`, `, ${warnings} warning(s)`) : ''),
      );
    } else if (o.status === 'unchanged') {
      // A rerun of a whole batch would otherwise print one line per file: the total says it.
      if (!listUnchanged) continue;
      out.line(t(lang, `  Không đổi ${file}: đã nạp đúng tệp này trước đó`, `  Unchanged ${file}: this exact file was loaded before`));
    } else {
      out.line(t(lang, `  TỪ CHỐI   ${file}${who}:`, `  REJECTED  ${file}${who}:`));
      for (const d of o.diagnostics.filter((x) => x.severity === 'error')) {
        for (const line of diagnosticLines({ ...d, file: undefined }, lang)) out.line(`      ${line}`);
      }
    }
  }
  renderSkipped(skipped, out);
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
