/**
 * Limits that keep a hostile or broken file from exhausting time or memory, or from carrying a value the
 * store cannot hold (issue 8, docs/reliability.md).
 */
export const FILE_LIMITS = {
  /** Bytes on disk. */
  maxFileBytes: 50 * 1024 * 1024,
  /** Bytes an xlsx really inflates to, every part counted as it streams out (zip bomb guard). */
  maxUncompressedBytes: 400 * 1024 * 1024,
} as const;

/** What a workbook may hold before a workbook library is allowed to open it. */
export interface WorkbookLimits {
  maxUncompressedBytes: number;
  /** Worksheets (exceljs builds an object per sheet). */
  maxSheets: number;
  /** Per sheet: `<row>` elements or the highest row number, whichever is larger. */
  maxRows?: number;
  /** Per sheet: highest column number. */
  maxColumns?: number;
  /** All sheets together: exceljs's full reader holds about 0.5 kB per cell. */
  maxCells?: number;
  /** Characters of one cell's text, value or formula (inline or shared). */
  maxCellChars?: number;
  /**
   * Entries of the shared strings table, as its `count`/`uniqueCount` attributes declare them and as
   * counted: a table cannot usefully hold more distinct texts than the workbook may hold cells.
   */
  maxSharedStrings: number;
}

/**
 * An aggregate form is about 60 rows × 6 columns and 60 kB unzipped. These bounds leave room for
 * everything people add (notes, extra sheets, a logo) while keeping exceljs under ~100 MB.
 */
export const FORM_WORKBOOK_LIMITS: WorkbookLimits = {
  maxUncompressedBytes: 20 * 1024 * 1024,
  maxSheets: 50,
  maxRows: 5_000,
  maxColumns: 256,
  maxCells: 200_000,
  maxCellChars: 10_000,
  maxSharedStrings: 200_000,
};

/**
 * An xlsx register: the register reader counts rows and cells itself (`src/registers/limits.ts`) and reports
 * long cells by line and column, so only what it cannot see is checked here.
 */
export const REGISTER_WORKBOOK_LIMITS: WorkbookLimits = {
  maxUncompressedBytes: FILE_LIMITS.maxUncompressedBytes,
  maxSheets: 50,
  /** REGISTER_LIMITS.maxXlsxCells (src/registers/limits.ts): no register holds more texts than cells. */
  maxSharedStrings: 1_500_000,
};

/**
 * A province report given to `verify`: tk13's own reports are a few MB at most (one sheet per table,
 * a column per unit in bands); anything far bigger is not one, and must not be opened whole.
 */
export const REPORT_WORKBOOK_LIMITS: WorkbookLimits = {
  maxUncompressedBytes: 100 * 1024 * 1024,
  maxSheets: 50,
  maxRows: 200_000,
  maxColumns: 1_000,
  maxCells: 1_000_000,
  maxCellChars: 32_767,
  maxSharedStrings: 1_000_000,
};

/**
 * The largest count a form cell may hold: far above any commune's or district's figures, far below
 * what the store's BIGINT and JavaScript's exact integers hold (a typo of twenty nines stops here).
 */
export const FORM_VALUE_LIMITS = { maxCount: 10_000_000 } as const;

/**
 * A sector form (issue 15) has a column per commune of its province (547 for Thanh Hóa on the 2024
 * list) and a `_meta` row per input cell (items × communes): the commune form's bounds, with room
 * for those columns and rows.
 */
export const SECTOR_FORM_WORKBOOK_LIMITS: WorkbookLimits = {
  ...FORM_WORKBOOK_LIMITS,
  maxRows: 20_000,
  maxColumns: 1_024,
};

/**
 * The largest count a sector form cell may hold: a province figure can be its whole population
 * (Thành phố Hồ Chí Minh had about 14 million in 2025), so the bound is the order of the country's
 * population rather than a commune's.
 */
export const SECTOR_FORM_VALUE_LIMITS = { maxCount: 200_000_000 } as const;
