import type { CommandContext } from '../cli/context.js';
import { textTable } from '../cli/text-table.js';
import { diagnosticJson, diagnosticLines, t } from '../cli/output.js';
import { hasErrors } from '../core/diagnostics.js';
import { EXIT_OK, EXIT_PROBLEMS, UsageError } from '../core/errors.js';
import { loadDefinitions } from '../indicators/definitions.js';
import { dimensionTitle } from '../indicators/dimensions.js';
import { numberFormatFor } from '../indicators/formats.js';
import { analyseSql } from '../indicators/sql-analysis.js';
import type { IndicatorMeta } from '../indicators/types.js';
import type { Lang } from '../i18n/messages.js';
import { suggestSimilar } from '../core/did-you-mean.js';

function title(meta: IndicatorMeta, lang: Lang): string {
  return lang === 'en' ? meta.title_en : meta.title_vi;
}

function printDiagnostics(ctx: CommandContext, diagnostics: Parameters<typeof diagnosticLines>[0][]): void {
  for (const d of diagnostics) for (const line of diagnosticLines(d, ctx.lang)) ctx.out.note(line);
}

/** `tk13 indicators list`: every definition (no database needed). */
export async function indicatorsListCommand(ctx: CommandContext): Promise<number> {
  const { definitions, diagnostics } = loadDefinitions();
  const exit = hasErrors(diagnostics) ? EXIT_PROBLEMS : EXIT_OK;
  if (ctx.json) {
    ctx.out.document({
      indicators: definitions.map(({ meta }) => ({ id: meta.id, code: meta.code, verified: meta.verified, kind: meta.kind, title: title(meta, ctx.lang), unit: ctx.lang === 'en' ? meta.unit_en : meta.unit, dims: meta.dims, frequency: meta.frequency })),
      diagnostics: diagnostics.map((d) => diagnosticJson(d, ctx.lang)),
    });
    return exit;
  }
  const lang = ctx.lang;
  const header = ['ID', t(lang, 'Mã', 'Code'), t(lang, 'Đã đối chiếu', 'Verified'), t(lang, 'Loại', 'Kind'), t(lang, 'Tên chỉ tiêu', 'Title')];
  const rows = definitions.map(({ meta }) => [meta.id, meta.code ?? '—', meta.verified ? t(lang, 'có', 'yes') : t(lang, 'chưa', 'no'), meta.kind, title(meta, lang)]);
  for (const line of textTable(header, rows)) ctx.out.line(line);
  printDiagnostics(ctx, diagnostics);
  return exit;
}

/** What the SQL reads, from DuckDB's own parser (an in-memory instance: no database file needed). */
async function readsOf(sql: string): Promise<string[]> {
  // Loaded here, not at the top: `indicators list` needs no DuckDB.
  const { DuckDBInstance } = await import('@duckdb/node-api');
  const instance = await DuckDBInstance.create(':memory:');
  try {
    const connection = await instance.connect();
    try {
      return (await analyseSql(connection, sql)).reads;
    } finally {
      connection.closeSync();
    }
  } finally {
    instance.closeSync();
  }
}

/** `tk13 indicators show ID`: metadata, what the SQL reads, and the SQL. */
export async function indicatorsShowCommand(ctx: CommandContext, id: string): Promise<number> {
  const { definitions } = loadDefinitions();
  const definition = definitions.find((d) => d.meta.id === id);
  if (!definition) {
    const near = suggestSimilar(id, definitions.map((d) => d.meta.id));
    throw new UsageError('indicator-unknown', { found: id, ...(near.length ? { suggestion: near.join(', ') } : {}) });
  }
  const { meta } = definition;
  const reads = await readsOf(definition.sql);
  if (ctx.json) {
    ctx.out.document({ file: definition.file, meta, reads, sql: definition.sql });
    return EXIT_OK;
  }
  const lang = ctx.lang;
  const labelled = (combo: string[]) => (combo.length === 0 ? t(lang, 'Tổng số', 'Total') : combo.map((d) => dimensionTitle(d, lang)).join(' × '));
  const fields: Array<[string, string]> = [
    ['id', meta.id],
    [t(lang, 'Mã', 'Code'), `${meta.code ?? '—'} (${meta.verified ? t(lang, 'đã đối chiếu với Thông tư', 'checked against the circular') : t(lang, 'chưa đối chiếu', 'not verified')})`],
    [t(lang, 'Tên', 'Title'), title(meta, lang)],
    [t(lang, 'Đơn vị tính', 'Unit'), lang === 'en' ? meta.unit_en : meta.unit],
    [t(lang, 'Loại', 'Kind'), meta.kind === 'ratio' ? `ratio × ${meta.scale}` : meta.kind],
    [t(lang, 'Phân tổ', 'Disaggregations'), meta.disaggregations.map(labelled).join('; ')],
    [t(lang, 'Nhiều nhóm một lúc', 'Multi-category'), meta.multi.join(', ') || '—'],
    [t(lang, 'Kỳ', 'Frequency'), meta.frequency.join(', ')],
    [t(lang, 'Mức chi tiết', 'Grain'), meta.grain.join(', ')],
    [t(lang, 'Không có dữ liệu', 'No data'), meta.no_data === 'zero' ? '0' : t(lang, 'để trống', 'empty')],
    [t(lang, 'Định dạng', 'Format'), `${meta.format} (${numberFormatFor(meta.format)})`],
    [t(lang, 'Đọc từ', 'Reads'), reads.join(', ')],
    [t(lang, 'Tệp', 'File'), definition.file],
  ];
  for (const [label, value] of fields) ctx.out.line(`${label}: ${value}`);
  const description = lang === 'en' ? meta.description_en : meta.description_vi;
  if (description) ctx.out.line(`\n${description}`);
  if (meta.checks.length > 0) {
    ctx.out.line(`\n${t(lang, 'Kiểm tra', 'Checks')}:`);
    for (const check of meta.checks) ctx.out.line(`  ${check.name}: ${lang === 'en' ? check.description_en : check.description_vi}`);
  }
  ctx.out.line(`\nSQL:\n${definition.sql}`);
  return EXIT_OK;
}
