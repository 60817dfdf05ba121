import ExcelJS from 'exceljs';

/** One non-empty cell as the reader sees it. `type` is a short tag: s n d b f r e h. */
export interface CellSnapshot {
  type: string;
  value: string;
  numFmt: string;
}

/** What a worksheet shows and how it prints, without the bytes that do not matter (zip order, styles ids). */
export interface SheetSnapshot {
  name: string;
  cells: Map<string, CellSnapshot>;
  merges: string[];
  widths: string[];
  layout: string[];
}

export interface WorkbookSnapshot {
  properties: string[];
  sheets: SheetSnapshot[];
}

const TYPE_TAGS: Record<number, string> = {
  [ExcelJS.ValueType.Number]: 'n',
  [ExcelJS.ValueType.String]: 's',
  [ExcelJS.ValueType.SharedString]: 's',
  [ExcelJS.ValueType.Date]: 'd',
  [ExcelJS.ValueType.Boolean]: 'b',
  [ExcelJS.ValueType.Formula]: 'f',
  [ExcelJS.ValueType.RichText]: 'r',
  [ExcelJS.ValueType.Error]: 'e',
  [ExcelJS.ValueType.Hyperlink]: 'h',
};

function cellValue(cell: ExcelJS.Cell): string {
  const value = cell.value;
  if (cell.type === ExcelJS.ValueType.Date && value instanceof Date) return value.toISOString();
  if (cell.type === ExcelJS.ValueType.Formula) {
    const formula = cell.formula ?? '';
    return JSON.stringify(`=${formula}`);
  }
  if (typeof value === 'string') return JSON.stringify(value);
  if (typeof value === 'number' || typeof value === 'boolean') return String(value);
  return JSON.stringify(cell.text);
}

function snapshotCells(sheet: ExcelJS.Worksheet): Map<string, CellSnapshot> {
  const cells = new Map<string, CellSnapshot>();
  sheet.eachRow({ includeEmpty: false }, (row) => {
    row.eachCell({ includeEmpty: false }, (cell) => {
      const type = TYPE_TAGS[cell.type];
      if (!type) return;
      cells.set(cell.address, { type, value: cellValue(cell), numFmt: cell.numFmt || 'General' });
    });
  });
  return cells;
}

/** exceljs reads conditional formats into a property its type declarations omit. */
type WithConditionalFormats = { conditionalFormattings?: ExcelJS.ConditionalFormattingOptions[] };

function layoutOf(sheet: ExcelJS.Worksheet): string[] {
  const p = sheet.pageSetup;
  const view = sheet.views[0] ?? {};
  const frozen = view.state === 'frozen' ? `frozen x=${view.xSplit ?? 0} y=${view.ySplit ?? 0}` : 'not frozen';
  return [
    `print: paper=${p.paperSize ?? '-'} ${p.orientation} fitToPage=${Boolean(p.fitToPage)} width=${p.fitToWidth ?? '-'} height=${p.fitToHeight ?? '-'}`,
    `print titles: ${p.printTitlesRow ?? '-'}`,
    `view: ${frozen} gridlines=${view.showGridLines !== false}`,
    `footer: ${JSON.stringify(sheet.headerFooter?.oddFooter ?? '')}`,
    ...((sheet as unknown as WithConditionalFormats).conditionalFormattings ?? []).map(
      (cf) => `conditional ${cf.ref}: ${cf.rules.map((r) => `${r.type} ${JSON.stringify('formulae' in r ? r.formulae : [])}`).join('; ')}`,
    ),
  ];
}

function sheetSnapshot(sheet: ExcelJS.Worksheet): SheetSnapshot {
  const merges = [...sheet.model.merges].sort((a, b) => a.localeCompare(b, 'en', { numeric: true }));
  const widths = (sheet.columns ?? []).map((c) => `${c.letter}=${c.width ?? '-'}`);
  return { name: sheet.name, cells: snapshotCells(sheet), merges, widths, layout: layoutOf(sheet) };
}

/** Reads a workbook with exceljs's full reader (its streaming reader is unreliable). */
export async function loadWorkbook(bytes: Uint8Array): Promise<ExcelJS.Workbook> {
  const workbook = new ExcelJS.Workbook();
  await workbook.xlsx.load(Buffer.from(bytes) as unknown as ArrayBuffer);
  return workbook;
}

export function snapshotWorkbook(workbook: ExcelJS.Workbook): WorkbookSnapshot {
  return {
    properties: [
      `creator: ${workbook.creator ?? ''}`,
      `created: ${workbook.created?.toISOString() ?? '-'}`,
      `modified: ${workbook.modified?.toISOString() ?? '-'}`,
    ],
    sheets: workbook.worksheets.map(sheetSnapshot),
  };
}
