/** What a CSV or xlsx reader hands to the row builder, one record at a time. */
export type CellValue = string | number | boolean | Date | null;

/** Where a record was read: its first CSV line, or its worksheet row. */
export interface RecordPlace {
  /** CSV line as a text editor numbers it, or the worksheet row number. */
  line: number;
  /** Set for xlsx records: cells are then addressed as `B7` on this sheet. */
  sheet?: string;
}

export interface RecordSink {
  header(cells: readonly CellValue[], place: RecordPlace): void;
  /** One data record; cell i is in column i + 1. */
  record(cells: readonly CellValue[], place: RecordPlace): void;
}

/** A record met before the header row was settled. */
export interface PendingRecord {
  cells: readonly CellValue[];
  place: RecordPlace;
}

/** Spreadsheet column letters of a 1-based column number: 1 → A, 28 → AB. */
export function columnLetters(column: number): string {
  let letters = '';
  for (let n = column; n > 0; n = Math.floor((n - 1) / 26)) letters = String.fromCharCode(65 + ((n - 1) % 26)) + letters;
  return letters;
}
