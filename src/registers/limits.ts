import { FILE_LIMITS } from '../workbook/limits.js';

/**
 * Bounds on what one register may hold, so that a broken or hostile file is refused quickly with a
 * message saying which bound it hit, instead of exhausting time or memory (issue 8).
 */
export const REGISTER_LIMITS = {
  maxFileBytes: FILE_LIMITS.maxFileBytes,
  /** Data rows (the header not counted). */
  maxRows: 2_000_000,
  maxColumns: 200,
  maxCellChars: 10_000,
  /**
   * Cells of an xlsx register: exceljs's full reader holds the whole sheet in memory (measured about
   * 0.5 kB a cell), so a bigger register must come as CSV.
   */
  maxXlsxCells: 1_500_000,
  /** Rows of an xlsx register, for the same reason (about 1 kB a row on top of its cells). */
  maxXlsxRows: 300_000,
} as const;
