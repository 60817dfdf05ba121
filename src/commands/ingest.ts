import type { CommandContext } from '../cli/context.js';
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
}

export async function ingestCommand(ctx: CommandContext, paths: string[], flags: IngestFlags): Promise<number> {
  if (flags.period) parsePeriod(flags.period);
  const { files, skipped } = await collectSubmissionFiles(paths);
  const clock = receiptClock({ ...flags, folders: paths }, ctx.now);
  const outcomes = await withStore(ctx.db, {}, (store) =>
    ingestFiles(store, files.map((path) => ({ path, receivedAt: clock(path) })), flags.period ? { period: flags.period } : {}),
  );
  if (ctx.json) ctx.out.document({ files: ingestJson(outcomes, ctx.lang), skipped: skippedJson(skipped, ctx.lang), counts: ingestCounts(outcomes) });
  else renderIngest(outcomes, ctx.out, skipped);
  return ingestCounts(outcomes).rejected > 0 ? EXIT_PROBLEMS : EXIT_OK;
}
