import { REGISTER_LIMITS } from './limits.js';
import type { ProblemFields, Problems } from './problems.js';
import type { RegisterColumn, RegisterLayout } from './spec.js';
import { type CellValue, columnLetters, type PendingRecord, type RecordPlace } from './table.js';
import { matchKey } from './text.js';
import { cellText } from './values.js';

/** A layout column found in the file: which cell of each record holds it, and its header as written. */
export interface ColumnBinding {
  column: RegisterColumn;
  index: number;
  header: string;
}

/** Where cell `index` (0-based) of a record is: a CSV line, or a sheet cell. */
export function cellPlace(place: RecordPlace, index: number, column: string): ProblemFields {
  return place.sheet ? { sheet: place.sheet, cell: `${columnLetters(index + 1)}${place.line}`, column } : { line: place.line, column };
}

/**
 * Matches the header record against the layout. Unknown columns and columns that identify a person
 * are dropped with a warning (nothing of their cells is ever read); a missing required column or a
 * column given twice is an error.
 */
export function bindHeaders(cells: readonly CellValue[], place: RecordPlace, layout: RegisterLayout, problems: Problems): ColumnBinding[] {
  const bindings: ColumnBinding[] = [];
  cells.forEach((cell, index) => {
    const header = cellText(cell);
    if (header === '') return;
    const where = cellPlace(place, index, header.slice(0, 100));
    if (header.length > REGISTER_LIMITS.maxCellChars) {
      problems.error('register-cell-too-long', { ...where, found: String(header.length), expected: `≤ ${REGISTER_LIMITS.maxCellChars}` });
      return;
    }
    const key = layout.headerLookup.get(matchKey(header));
    const column = key === undefined ? undefined : layout.columns.find((c) => c.key === key);
    if (!column) {
      problems.warning(layout.isPersonalData(header) ? 'personal-data-column-dropped' : 'register-column-unknown', { ...where, found: header.slice(0, 100) });
      return;
    }
    const first = bindings.find((b) => b.column.key === column.key);
    if (first) {
      problems.error('register-column-duplicate', { ...where, item: column.key, found: header, params: { first: first.header } });
      return;
    }
    bindings.push({ column, index, header });
  });
  for (const column of layout.columns) {
    if (column.required && !bindings.some((b) => b.column.key === column.key)) {
      problems.error('register-column-missing', {
        ...(place.sheet ? { sheet: place.sheet } : { line: place.line }),
        column: column.label,
        item: column.key,
        expected: column.label,
      });
    }
  }
  return bindings;
}

/**
 * How many non-empty rows from the top the header row is looked for in: registers laid out for
 * printing carry a title, a unit line and blank lines above it.
 */
export const HEADER_SEARCH_ROWS = 20;

/** True when a record names at least two layout columns: the header row, not a title above it. */
export function looksLikeHeader(cells: readonly CellValue[], layout: RegisterLayout): boolean {
  return recognisedHeaderCount(cells, layout) >= 2;
}

const SHOWN_CHARS = 60;

/**
 * Which of the first non-empty records (at most HEADER_SEARCH_ROWS, in order) is the header: the
 * first that looks like one, else the first record. Rows skipped above it are reported once
 * (`register-rows-above-header`), naming their lines and the first text on them.
 * The one header search of CSV and xlsx registers.
 */
export function chooseHeader(candidates: readonly PendingRecord[], isHeader: (cells: readonly CellValue[]) => boolean, problems: Problems): number {
  const found = candidates.findIndex((c) => isHeader(c.cells));
  if (found <= 0) return 0;
  const skipped = candidates.slice(0, found);
  const header = candidates[found].place;
  const titled = skipped.find((c) => c.cells.some((cell) => cellText(cell) !== '')) ?? skipped[0];
  const index = Math.max(titled.cells.findIndex((cell) => cellText(cell) !== ''), 0);
  const first = cellText(titled.cells[index] ?? null);
  problems.warning('register-rows-above-header', {
    ...(titled.place.sheet ? { sheet: titled.place.sheet, cell: `${columnLetters(index + 1)}${titled.place.line}` } : { line: titled.place.line }),
    found: first.length > SHOWN_CHARS ? `${first.slice(0, SHOWN_CHARS)}…` : first,
    params: { rows: skipped.map((c) => c.place.line).join(', '), header: header.line },
  });
  return found;
}

/** How many cells of a record name a layout column: tells the header row from title rows above it. */
export function recognisedHeaderCount(cells: readonly CellValue[], layout: RegisterLayout): number {
  let count = 0;
  for (const cell of cells) {
    if (typeof cell === 'string' && cell.length <= 200 && layout.headerLookup.has(matchKey(cell))) count++;
  }
  return count;
}
