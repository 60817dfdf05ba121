import type { CommandContext } from '../cli/context.js';
import { textTable } from '../cli/text-table.js';
import { diagnosticJson, diagnosticLines, t } from '../cli/output.js';
import { hasErrors } from '../core/diagnostics.js';
import { EXIT_OK, EXIT_PROBLEMS, UsageError } from '../core/errors.js';
import { loadDefinitions } from '../indicators/definitions.js';
import { type DimensionCatalogue, dimensionTitle } from '../indicators/dimensions.js';
import { numberFormatFor } from '../indicators/formats.js';
import { analyseSql } from '../indicators/sql-analysis.js';
import type { IndicatorMeta } from '../indicators/types.js';
import type { Lang } from '../i18n/messages.js';
import { suggestSimilar } from '../core/did-you-mean.js';

const NUMERALS = ['I', 'II', 'III', 'IV', 'V', 'VI', 'VII', 'VIII', 'IX', 'X', 'XI', 'XII'];

function title(meta: IndicatorMeta, lang: Lang): string {
  return lang === 'en' ? meta.title_en : meta.title_vi;
}

function frequencyText(meta: IndicatorMeta, lang: Lang): string {
  return meta.frequency.map((f) => (f === 'annual' ? t(lang, 'năm', 'annual') : t(lang, '6 tháng', 'half-year'))).join(', ');
}

/** "tỉnh" for an indicator published for the province only, else the levels from the commune up. */
function levelsText(meta: IndicatorMeta, lang: Lang): string {
  const names = { commune: t(lang, 'xã', 'commune'), district: t(lang, 'huyện', 'district'), province: t(lang, 'tỉnh', 'province') };
  return [...meta.levels].reverse().map((level) => names[level]).join(', ');
}

/** The report section of an indicator, numbered as the report numbers it (I, II, …), or null. */
function groupOf(meta: IndicatorMeta, catalogue: DimensionCatalogue, lang: Lang): { code: string; number: number; title: string } | null {
  const index = catalogue.groups.findIndex((g) => g.code === meta.group);
  if (index < 0) return null;
  const group = catalogue.groups[index];
  return { code: group.code, number: index + 1, title: lang === 'en' ? group.en : group.vi };
}

function printDiagnostics(ctx: CommandContext, diagnostics: Parameters<typeof diagnosticLines>[0][]): void {
  for (const d of diagnostics) for (const line of diagnosticLines(d, ctx.lang)) ctx.out.note(line);
}

/**
 * `tk13 indicators list`: every definition (no database needed), by report section, with its code
 * where known and whether it was checked against the circular.
 */
export async function indicatorsListCommand(ctx: CommandContext): Promise<number> {
  const { definitions, diagnostics, dimensions } = loadDefinitions();
  const exit = hasErrors(diagnostics) ? EXIT_PROBLEMS : EXIT_OK;
  const lang = ctx.lang;
  if (ctx.json) {
    ctx.out.document({
      indicators: definitions.map(({ meta }) => ({
        id: meta.id,
        group: groupOf(meta, dimensions, lang)?.code ?? null,
        group_title: groupOf(meta, dimensions, lang)?.title ?? null,
        code: meta.code,
        verified: meta.verified,
        kind: meta.kind,
        title: title(meta, lang),
        unit: lang === 'en' ? meta.unit_en : meta.unit,
        dims: meta.dims,
        frequency: meta.frequency,
        levels: meta.levels,
        source: meta.source,
        ...(meta.count ? { count: { title: lang === 'en' ? meta.count.title_en : meta.count.title_vi, unit: lang === 'en' ? meta.count.unit_en : meta.count.unit } } : {}),
      })),
      diagnostics: diagnostics.map((d) => diagnosticJson(d, lang)),
    });
    return exit;
  }
  const header = ['ID', t(lang, 'Mã', 'Code'), t(lang, 'Đã đối chiếu', 'Verified'), t(lang, 'Loại', 'Kind'), t(lang, 'Kỳ', 'Frequency'), t(lang, 'Cấp', 'Levels'), t(lang, 'Tên chỉ tiêu', 'Title')];
  const rows = definitions.map(({ meta }) => [
    meta.id,
    meta.code ?? '—',
    meta.verified ? t(lang, 'có', 'yes') : t(lang, 'chưa', 'no'),
    meta.kind,
    frequencyText(meta, lang),
    levelsText(meta, lang),
    title(meta, lang),
  ]);
  const [head, rule, ...body] = textTable(header, rows);
  ctx.out.line(`  ${head}`);
  ctx.out.line(`  ${rule}`);
  // Definitions come in publication order, so each section's rows follow its heading.
  let previous: string | undefined;
  definitions.forEach(({ meta }, i) => {
    const group = groupOf(meta, dimensions, lang);
    const heading = group ? `${NUMERALS[group.number - 1] ?? group.number}. ${group.title}` : t(lang, 'Chỉ tiêu khác', 'Other indicators');
    if (heading !== previous) ctx.out.line(heading);
    previous = heading;
    ctx.out.line(`  ${body[i]}`);
  });
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
  const { definitions, dimensions } = loadDefinitions();
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
  const pick = (vi: string | undefined, en: string | undefined) => (lang === 'en' ? en : vi);
  const group = groupOf(meta, dimensions, lang);
  const labelled = (combo: string[]) => (combo.length === 0 ? t(lang, 'Tổng số', 'Total') : combo.map((d) => dimensionTitle(d, lang)).join(' × '));
  const fields: Array<[string, string]> = [
    ['id', meta.id],
    [t(lang, 'Mã', 'Code'), `${meta.code ?? '—'} (${meta.verified ? t(lang, 'đã đối chiếu với Thông tư', 'checked against the circular') : t(lang, 'chưa đối chiếu', 'not verified')})`],
    [t(lang, 'Tên', 'Title'), title(meta, lang)],
    [t(lang, 'Nhóm', 'Group'), group ? `${NUMERALS[group.number - 1] ?? group.number}. ${group.title}` : '—'],
    [t(lang, 'Đơn vị tính', 'Unit'), lang === 'en' ? meta.unit_en : meta.unit],
    [t(lang, 'Loại', 'Kind'), meta.kind === 'ratio' ? `ratio × ${meta.scale}` : meta.kind],
    ...(meta.count ? [[t(lang, 'Công bố kèm số lượng', 'Also published as a count'), `${pick(meta.count.title_vi, meta.count.title_en)} (${pick(meta.count.unit, meta.count.unit_en)}) = ${t(lang, 'tử số', 'the numerator')}`] as [string, string]] : []),
    [t(lang, 'Cấp công bố', 'Published for'), levelsText(meta, lang)],
    [t(lang, 'Phân tổ', 'Disaggregations'), meta.disaggregations.map(labelled).join('; ')],
    [t(lang, 'Nhiều nhóm một lúc', 'Multi-category'), meta.multi.join(', ') || '—'],
    [t(lang, 'Kỳ', 'Frequency'), frequencyText(meta, lang)],
    [t(lang, 'Mức chi tiết', 'Grain'), meta.grain.join(', ')],
    [t(lang, 'Không có dữ liệu', 'No data'), meta.no_data === 'zero' ? '0' : t(lang, 'để trống', 'empty')],
    [t(lang, 'Định dạng', 'Format'), `${meta.format} (${numberFormatFor(meta.format)})`],
    [t(lang, 'Đọc từ', 'Reads'), reads.join(', ')],
    ...(meta.data_from_vi ? [[t(lang, 'Nguồn số liệu', 'Data from'), pick(meta.data_from_vi, meta.data_from_en)!] as [string, string]] : []),
    ...(meta.definition_source_vi ? [[t(lang, 'Nguồn định nghĩa', 'Definition from'), pick(meta.definition_source_vi, meta.definition_source_en)!] as [string, string]] : []),
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
