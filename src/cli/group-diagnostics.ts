import type { Diagnostic } from '../core/diagnostics.js';
import type { Lang } from '../i18n/catalog-types.js';
import { renderMessage } from '../i18n/messages.js';
import { formatCount } from './number-format.js';
import { diagnosticLines, t } from './output.js';

const CELL = /^([A-Z]+)(\d+)$/;

/**
 * A1 cells as column runs: `E14, E15, …, E20, F14` → `E14:E20, F14`. Cells that are not plain
 * A1 addresses are kept as they are. Ordered by column, then row.
 */
export function cellRanges(cells: readonly string[]): string[] {
  const byColumn = new Map<string, number[]>();
  const other: string[] = [];
  for (const cell of new Set(cells)) {
    const match = CELL.exec(cell);
    if (!match) other.push(cell);
    else byColumn.set(match[1], [...(byColumn.get(match[1]) ?? []), Number(match[2])]);
  }
  const columns = [...byColumn.keys()].sort((a, b) => a.length - b.length || (a < b ? -1 : 1));
  const ranges: string[] = [];
  for (const column of columns) {
    const rows = byColumn.get(column)!.sort((a, b) => a - b);
    let start = rows[0];
    for (let i = 1; i <= rows.length; i++) {
      if (i < rows.length && rows[i] === rows[i - 1] + 1) continue;
      const end = rows[i - 1];
      ranges.push(start === end ? `${column}${start}` : `${column}${start}:${column}${end}`);
      start = rows[i];
    }
  }
  return [...ranges, ...other];
}

/** Lines 2, 3, 4, 9 → `2–4, 9`. */
function lineRanges(lines: readonly number[]): string[] {
  const sorted = [...new Set(lines)].sort((a, b) => a - b);
  const ranges: string[] = [];
  for (let i = 0, start = 0; i < sorted.length; i++) {
    if (i + 1 < sorted.length && sorted[i + 1] === sorted[i] + 1) continue;
    ranges.push(start === i ? String(sorted[i]) : `${sorted[start]}–${sorted[i]}`);
    start = i + 1;
  }
  return ranges;
}

const SHOWN_RANGES = 8;

/**
 * Problems of one file as a person should read them: every error on its own (first), then the
 * warnings; a warning code that occurs more than once (in one register column) becomes one group with its count and where
 * (`CẢNH BÁO 54 ô — E14:E20, F14:F20, …`), its first message as an example and the hint.
 * `verbose` lists every warning on its own instead.
 */
export function problemLines(diagnostics: readonly Diagnostic[], lang: Lang, verbose = false): string[] {
  const errors = diagnostics.filter((d) => d.severity === 'error');
  const warnings = diagnostics.filter((d) => d.severity !== 'error');
  const lines = errors.flatMap((d) => diagnosticLines(d, lang));
  if (verbose) return [...lines, ...warnings.flatMap((d) => diagnosticLines(d, lang))];
  // One group per code, and per column for a register's line-level warnings: a warning about the
  // column "Ngày sinh" is not an example of the same warning about "Ngày phát hiện".
  const byCode = new Map<string, Diagnostic[]>();
  for (const d of warnings) {
    const key = d.cell || !d.column ? d.code : `${d.code}\u0000${d.column}`;
    byCode.set(key, [...(byCode.get(key) ?? []), d]);
  }
  for (const group of byCode.values()) {
    if (group.length === 1) {
      lines.push(...diagnosticLines(group[0], lang));
      continue;
    }
    const cells = group.filter((d) => d.cell).map((d) => d.cell!);
    const rows = group.filter((d) => !d.cell && d.line !== undefined).map((d) => d.line!);
    const where = [...cellRanges(cells), ...(rows.length ? [`${t(lang, 'dòng', 'lines')} ${lineRanges(rows).join(', ')}`] : [])];
    const shown = where.length > SHOWN_RANGES ? [...where.slice(0, SHOWN_RANGES), '…'] : where;
    const unit = cells.length === group.length ? t(lang, 'ô', 'cells') : t(lang, 'lần', 'times');
    const label = group[0].severity === 'warning' ? t(lang, 'CẢNH BÁO', 'WARNING') : t(lang, 'GHI CHÚ', 'NOTE');
    const { message, hint } = renderMessage(group[0].code, group[0], lang);
    lines.push(`${label} ${formatCount(group.length, lang)} ${unit}${shown.length ? ` — ${shown.join(', ')}` : ''}`);
    lines.push(`    ${t(lang, 'vd:', 'e.g.')} ${message}`);
    if (hint) lines.push(`    → ${hint}`);
  }
  return lines;
}
