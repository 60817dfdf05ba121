import type { CommandContext } from '../cli/context.js';
import { diagnosticJson, diagnosticLines, t } from '../cli/output.js';
import { progressReporter } from '../cli/progress.js';
import { ingestCounts, ingestJson, renderIngest, skippedJson } from '../cli/render-ingest.js';
import { EXIT_OK, EXIT_PROBLEMS } from '../core/errors.js';
import { parsePeriod } from '../periods/period.js';
import { withStore } from '../store/database.js';
import { ingestFiles } from '../ingest/ingest.js';
import { collectSubmissionFiles } from '../submissions/collect-files.js';
import { receiptClock } from '../submissions/receipt-times.js';

interface IngestFlags {
  receivedAt?: string;
  manifest?: string;
  period?: string;
  verbose?: boolean;
}

export async function ingestCommand(ctx: CommandContext, paths: string[], flags: IngestFlags): Promise<number> {
  if (flags.period) parsePeriod(flags.period);
  const { files, skipped } = await collectSubmissionFiles(paths);
  const clock = receiptClock({ ...flags, folders: paths }, ctx.now);
  const progress = progressReporter(ctx.lang);
  progress.stage(t(ctx.lang, 'Nạp tệp', 'Loading files'));
  const outcomes = await withStore(ctx.db, {}, (store) =>
    ingestFiles(store, files.map((path) => ({ path, receivedAt: clock(path) })), {
      ...(flags.period ? { period: parsePeriod(flags.period).id } : {}),
      onFile: (done, total) => progress.files(done, total),
    }),
  ).finally(() => progress.end());
  if (ctx.json) {
    const manifest = clock.diagnostics.map((d) => diagnosticJson(d, ctx.lang));
    ctx.out.document({ files: ingestJson(outcomes, ctx.lang), skipped: skippedJson(skipped, ctx.lang), counts: ingestCounts(outcomes), ...(manifest.length ? { manifest } : {}) });
  } else {
    for (const d of clock.diagnostics) for (const line of diagnosticLines(d, ctx.lang)) ctx.out.line(line);
    renderIngest(outcomes, ctx.out, { verbose: flags.verbose, skipped });
  }
  return ingestCounts(outcomes).rejected > 0 ? EXIT_PROBLEMS : EXIT_OK;
}
