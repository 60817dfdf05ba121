import { readFileSync } from 'node:fs';
import { basename, dirname, resolve } from 'node:path';
import type { Diagnostic } from '../core/diagnostics.js';
import { Tk13Error, UsageError } from '../core/errors.js';
import { endOfVietnamDay, formatVietnamDate, parseInstant } from '../periods/vietnam-time.js';
import { readCsvRecords } from '../registers/csv.js';
import { decodeRegisterText } from '../registers/decode.js';
import { Problems } from '../registers/problems.js';
import { matchKey } from '../registers/text.js';
import type { CellValue, RecordPlace } from '../registers/table.js';
import { ColumnDateOrder, type DateOrder, type SlashDate, readInOrder, readSlashDate } from '../text/date-order.js';
import { describeCharacter, stripInvisible } from '../text/invisible-characters.js';

/**
 * A manifest CSV `file,received_at` gives each file's receipt time (PRODUCT §5). File paths are
 * relative to the manifest's folder; a bare file name also matches that file anywhere in the batch.
 * It is read like every CSV tk13 reads (issue 12, kind 7): the registers' decoder (UTF-8, BOM,
 * UTF-16, Windows-1258) and CSV reader (`,` `;` or tab), invisible characters stripped with a
 * warning; times as ISO (`2024-05-20T09:30:00+07:00`) or `dd/mm/yyyy [HH:mm[:ss]]` in UTC+7, a
 * date alone meaning the end of that day; the day/month order settled as in registers
 * (src/text/date-order.ts).
 */
export interface Manifest {
  receivedAt(path: string): Date | undefined;
  /** Warnings about how the manifest was read (date order, hidden characters). */
  diagnostics: readonly Diagnostic[];
}

/** What tk13 asks for; the warnings say in words which order was used. */
const DAY_FIRST = 'dd/mm/yyyy';

interface Row {
  line: number;
  file: string;
  time: string;
  slash?: SlashDate;
}

function refuse(problem: Diagnostic, file: string): never {
  throw new Tk13Error('manifest-csv-invalid', { file, line: problem.line ?? 1, code: problem.code });
}

/** `dd/mm/yyyy HH:mm` (read in `order`) or ISO → the instant, in UTC+7; `undefined` if not a time. */
function instantOf(row: Row, order: DateOrder): Date | undefined {
  if (!row.slash) {
    try {
      return parseInstant(row.time);
    } catch (error) {
      if (error instanceof UsageError) return undefined;
      throw error;
    }
  }
  const iso = readInOrder(row.slash, order);
  if (!iso) return undefined;
  if (!row.slash.time) return endOfVietnamDay(iso);
  const [h, m, s = '00'] = row.slash.time.split(':');
  if (Number(h) > 23 || Number(m) > 59 || Number(s) > 59) return undefined;
  return new Date(`${iso}T${h.padStart(2, '0')}:${m}:${s.slice(0, 2)}+07:00`);
}

/** Reads the manifest's records through the shared CSV path; structural problems refuse it. */
function readRows(manifestPath: string, problems: Problems): Row[] {
  const decoded = decodeRegisterText(readFileSync(manifestPath), problems);
  const firstError = () => problems.list.find((d) => d.severity === 'error');
  if (!decoded || firstError()) refuse(firstError() ?? { code: 'register-encoding-invalid', severity: 'error' }, manifestPath);
  const rows: Row[] = [];
  let columns: { file: number; time: number } | undefined;
  const hidden = new Map<string, Diagnostic>();
  const clean = (cell: CellValue, column: string, place: RecordPlace): string => {
    const { text, removed } = stripInvisible(String(cell ?? ''));
    for (const point of removed) {
      const noted = hidden.get(`${column}:${point}`);
      if (noted?.params) noted.params.cells = Number(noted.params.cells) + 1;
      else hidden.set(`${column}:${point}`, problems.warning('register-invisible-character', { line: place.line, column, found: describeCharacter(point), params: { cells: 1 } }));
    }
    return text;
  };
  readCsvRecords(decoded!.text, {
    header(cells, place) {
      const keys = cells.map((c) => matchKey(stripInvisible(String(c ?? '')).text));
      const file = keys.indexOf('file');
      const time = keys.indexOf('received at');
      if (file === -1 || time === -1) throw new Tk13Error('manifest-invalid', { file: manifestPath, line: place.line, detail: 'file,received_at' });
      columns = { file, time };
    },
    record(cells, place) {
      if (!columns) return;
      const file = clean(cells[columns.file] ?? '', 'file', place);
      const time = clean(cells[columns.time] ?? '', 'received_at', place);
      if (file === '' && time === '') return;
      if (file === '' || time === '') throw new Tk13Error('manifest-invalid', { file: manifestPath, line: place.line, detail: 'file,received_at' });
      const slash = readSlashDate(time);
      rows.push({ line: place.line, file, time, ...(slash ? { slash } : {}) });
    },
  }, problems);
  const error = firstError();
  if (error) refuse(error, manifestPath);
  return rows;
}

/** Settles the `received_at` order once for the manifest, warning when it is month-first. */
function settleOrder(rows: readonly Row[], manifestPath: string, problems: Problems): DateOrder {
  const order = new ColumnDateOrder<number>();
  for (const row of rows) {
    if (row.slash && order.observe(row.slash, row.line) === 'contradicts') {
      const decided = order.decision;
      const evidence = decided?.by === 'evidence' ? decided.evidence : decided?.by === 'style' ? decided.padded : undefined;
      throw new Tk13Error('manifest-date-order-contradiction', { file: manifestPath, line: row.line, found: row.time, evidence: evidence?.date.text ?? '', evidenceLine: evidence?.where ?? 1 });
    }
  }
  const decision = order.decideByStyle();
  const column = 'received_at';
  if (decision.order === 'month-first' && decision.by === 'evidence') {
    const { date, where } = decision.evidence;
    problems.warning('register-date-order-month-first', { line: where, column, found: date.text, expected: DAY_FIRST, params: { reading: formatVietnamDate(date.monthFirst ?? '') } });
  } else if (decision.by === 'style' && decision.doubtful) {
    const { date, where } = decision.doubtful;
    problems.warning('register-date-order-doubtful', {
      line: where,
      column,
      found: date.text,
      expected: DAY_FIRST,
      params: { monthFirst: formatVietnamDate(date.monthFirst ?? ''), dayFirst: formatVietnamDate(date.dayFirst ?? '') },
    });
  }
  return decision.order;
}

/**
 * Reads a receipt manifest. Throws `Tk13Error` (exit 1) for a manifest that cannot be read as CSV,
 * lacks the `file` or `received_at` column, holds a time that is not one, or writes dates in two
 * orders; returns the warnings with the times.
 */
export function readManifest(manifestPath: string): Manifest {
  const problems = new Problems(manifestPath);
  const rows = readRows(manifestPath, problems);
  const order = settleOrder(rows, manifestPath, problems);
  const base = dirname(manifestPath);
  const byPath = new Map<string, Date>();
  const byName = new Map<string, Date>();
  for (const row of rows) {
    const when = instantOf(row, order);
    if (!when || Number.isNaN(when.getTime())) throw new Tk13Error('manifest-invalid', { file: manifestPath, line: row.line, detail: row.time });
    byPath.set(resolve(base, row.file), when);
    byName.set(basename(row.file), when);
  }
  return {
    receivedAt: (path) => byPath.get(resolve(path)) ?? byName.get(basename(path)),
    diagnostics: problems.list,
  };
}
