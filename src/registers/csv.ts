import { type CsvError, parse } from 'csv-parse/sync';
import { REGISTER_LIMITS } from './limits.js';
import { HEADER_SEARCH_ROWS, chooseHeader } from './headers.js';
import type { Problems } from './problems.js';
import type { CellValue, PendingRecord, RecordSink } from './table.js';

const DELIMITERS = [',', ';', '\t'] as const;

/** The separator used most often outside quotes on the first non-empty line; `,` when none is. */
export function detectDelimiter(text: string): string {
  const start = text.search(/[^\n]/);
  const end = text.indexOf('\n', start);
  const header = start === -1 ? '' : text.slice(start, end === -1 ? undefined : end);
  const counts = new Map<string, number>(DELIMITERS.map((d) => [d, 0]));
  let quoted = false;
  for (const char of header) {
    if (char === '"') quoted = !quoted;
    else if (!quoted && counts.has(char)) counts.set(char, (counts.get(char) ?? 0) + 1);
  }
  let best: string = ',';
  for (const d of DELIMITERS) if ((counts.get(d) ?? 0) > (counts.get(best) ?? 0)) best = d;
  return best;
}

function newlinesIn(fields: readonly string[]): number {
  let count = 0;
  for (const field of fields) {
    if (!field.includes('\n')) continue;
    for (let at = field.indexOf('\n'); at !== -1; at = field.indexOf('\n', at + 1)) count++;
  }
  return count;
}

/** Characters per chunk handed to csv-parse: records of one chunk die young, which keeps GC cheap. */
const CHUNK_CHARS = 1 << 20;

/**
 * Whether text[from, to) ends inside a quoted field, starting `inside` or not, read the way csv-parse
 * reads with relax_quotes: a quote opens a field only at its start, `""` inside is an escaped quote.
 */
function endsInsideQuotes(text: string, from: number, to: number, inside: boolean, delimiter: string): boolean {
  for (let at = text.indexOf('"', from); at !== -1 && at < to; at = text.indexOf('"', at + 1)) {
    if (inside) {
      if (text[at + 1] === '"') at++;
      else inside = false;
    } else if (at === 0 || text[at - 1] === delimiter || text[at - 1] === '\n') {
      inside = true;
    }
  }
  return inside;
}

/** Slices of whole lines, each ending outside quotes, so no record is cut between two slices. */
function* recordChunks(text: string, delimiter: string): Generator<string> {
  for (let start = 0; start < text.length; ) {
    let end = start;
    let inside = false;
    do {
      const next = text.indexOf('\n', Math.max(end, start + CHUNK_CHARS - 1));
      const stop = next === -1 ? text.length : next + 1;
      inside = endsInsideQuotes(text, end, stop, inside, delimiter);
      end = stop;
    } while (inside && end < text.length);
    yield text.slice(start, end);
    start = end;
  }
}

/**
 * The first non-empty line past the row limit (header + maxRows), found by counting lines before
 * any parsing: a hostile file is refused in milliseconds and csv-parse never holds it.
 */
function lineBeyondRowLimit(text: string): number | undefined {
  let line = 0;
  let nonEmpty = 0;
  for (let start = 0; start < text.length; ) {
    const end = text.indexOf('\n', start);
    const stop = end === -1 ? text.length : end;
    line++;
    if (stop > start && ++nonEmpty > REGISTER_LIMITS.maxRows + 1) return line;
    start = stop + 1;
  }
  return undefined;
}

/**
 * Hands non-empty records to `sink`: the header first, found among the first HEADER_SEARCH_ROWS by
 * `isHeader` (title lines above it are skipped and reported, see chooseHeader), then each record
 * with as many fields as the header. Returns false once the file is refused.
 */
class HeaderThenRecords {
  private headerWidth: number | undefined;
  private readonly pending: PendingRecord[] = [];

  constructor(
    private readonly sink: RecordSink,
    private readonly problems: Problems,
    private readonly isHeader: ((cells: readonly CellValue[]) => boolean) | undefined,
  ) {}

  take(fields: string[], line: number): boolean {
    if (this.headerWidth !== undefined) {
      this.record(fields, line);
      return true;
    }
    // A line of empty cells above the header (what Excel saves for a blank row) is no candidate.
    if (fields.every((f) => f.trim() === '')) return true;
    if (fields.length > REGISTER_LIMITS.maxColumns) {
      this.problems.error('register-too-many-columns', { line, found: String(fields.length), expected: `≤ ${REGISTER_LIMITS.maxColumns}` });
      return false;
    }
    this.pending.push({ cells: fields, place: { line } });
    if (!this.isHeader || this.isHeader(fields) || this.pending.length >= HEADER_SEARCH_ROWS) this.settle();
    return true;
  }

  /** No more records: a file shorter than the header search still gets its header. */
  end(): void {
    if (this.headerWidth === undefined && this.pending.length > 0) this.settle();
  }

  private settle(): void {
    const index = this.isHeader ? chooseHeader(this.pending, this.isHeader, this.problems) : 0;
    const header = this.pending[index];
    this.headerWidth = header.cells.length;
    this.sink.header(header.cells, header.place);
    for (const later of this.pending.slice(index + 1)) this.record(later.cells as string[], later.place.line);
    this.pending.length = 0;
  }

  private record(fields: string[], line: number): void {
    const headerWidth = this.headerWidth ?? 0;
    let width = fields.length;
    while (width > headerWidth && fields[width - 1].trim() === '') width--;
    if (width !== headerWidth && !fields.every((f) => f.trim() === '')) {
      this.problems.error('register-csv-field-count', { line, found: String(width), expected: String(headerWidth) });
      return;
    }
    this.sink.record(fields, { line });
  }
}

/**
 * Reads CSV text record by record into `sink`, with the line each record starts on as a text editor
 * numbers it. Records are parsed chunk by chunk without csv-parse's per-record callback (which costs
 * a third of the time), so empty lines are kept as records to count lines. The header is the first
 * record, or with `isHeader` the first of the top records that looks like one (title lines above it
 * are skipped with a warning). An unclosed quote is reported where it opened; a record with the
 * wrong number of fields is reported and not passed on; more non-empty lines than the row limit,
 * or too many columns, refuse the file.
 */
export function readCsvRecords(text: string, sink: RecordSink, problems: Problems, isHeader?: (cells: readonly CellValue[]) => boolean): void {
  const beyond = lineBeyondRowLimit(text);
  if (beyond !== undefined) {
    problems.error('register-too-many-rows', { line: beyond, expected: `≤ ${REGISTER_LIMITS.maxRows}` });
    return;
  }
  const delimiter = detectDelimiter(text);
  const records = new HeaderThenRecords(sink, problems, isHeader);
  let linesBefore = 0;
  for (const chunk of recordChunks(text, delimiter)) {
    let unclosedQuote = false;
    const parsed: string[][] = parse(chunk, {
      delimiter,
      relax_column_count: true,
      relax_quotes: true,
      skip_records_with_error: true,
      // With relax_quotes and relax_column_count an unclosed quote is the only error csv-parse can
      // raise (a stray quote is kept as text, as Excel does); anything else is a bug, not bad input.
      on_skip: (error: CsvError | undefined) => {
        if (error?.code !== 'CSV_QUOTE_NOT_CLOSED') throw error;
        unclosedQuote = true;
      },
    });
    let lastLine = linesBefore;
    for (const fields of parsed) {
      const line = lastLine + 1;
      lastLine = line + newlinesIn(fields);
      if (fields.length === 1 && fields[0] === '') continue;
      if (!records.take(fields, line)) return;
    }
    // The unclosed quote swallowed the rest of the chunk after its last good record: it opened on the next line.
    if (unclosedQuote) problems.error('register-csv-quote-unclosed', { line: lastLine + 1 });
    linesBefore += newlinesIn([chunk]);
  }
  records.end();
}
