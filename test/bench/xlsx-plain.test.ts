/**
 * The plain workbook reader (src/workbook/xml-workbook.ts) reads forms many times faster than
 * exceljs; it must give exactly what exceljs gives, or decline. Every form scenario of the form
 * reader's tests is read both ways and compared cell by cell, and hand-edited XML exercises what
 * people's spreadsheet programs write: rich text, inline strings, shared formulas, dates, merges.
 */
import { strFromU8, strToU8, unzipSync, zipSync } from 'fflate';
import { describe, expect, it, vi } from 'vitest';
import { openWithExcelJS } from '../../src/workbook/open-workbook.js';
import type { SheetBook } from '../../src/workbook/sheet-access.js';
import { readPlainWorkbook } from '../../src/workbook/xml-workbook.js';
import { formBytes } from '../forms/helpers/forms.js';

const captured: Uint8Array[] = [];
vi.mock('../forms/helpers/forms.js', async (importOriginal) => {
  const original = await importOriginal<typeof import('../forms/helpers/forms.js')>();
  return {
    ...original,
    readBytes: (bytes: Uint8Array, ...rest: Parameters<typeof original.readBytes> extends [unknown, ...infer R] ? R : never) => {
      captured.push(bytes);
      return original.readBytes(bytes, ...rest);
    },
  };
});
const { loadScenario, runScenario, scenarioNames } = await import('../forms/helpers/scenarios.js');

/** Everything the form reader can see: sheet order and names, every visited cell, every cell by address. */
function dump(book: SheetBook) {
  return book.worksheets.map((sheet) => {
    const rows: unknown[] = [];
    sheet.eachRow((row, number) => {
      const cells: unknown[] = [];
      row.eachCell((cell, column) => cells.push([column, cell.value, row.getCell(column).value]));
      rows.push([number, cells]);
    });
    const grid = ['A1', 'B1', 'C3', 'D14', 'E14', 'F14', 'D20', 'F9', 'B2', 'A60'].map((a) => sheet.getCell(a).value);
    return { name: sheet.name, found: book.getWorksheet(sheet.name)?.name, rows, grid };
  });
}

async function bothWays(bytes: Uint8Array) {
  const plain = readPlainWorkbook(bytes);
  const excel = await openWithExcelJS(bytes);
  return { plain: plain && dump(plain), excel: 'workbook' in excel ? dump(excel.workbook) : excel };
}

/** The form with its parts edited as text (the XML a spreadsheet program would have written). */
function edited(bytes: Uint8Array, edits: Record<string, (xml: string) => string>): Uint8Array {
  const parts = unzipSync(bytes);
  for (const [name, edit] of Object.entries(edits)) parts[name] = strToU8(edit(strFromU8(parts[name])));
  return zipSync(parts);
}

const SHEET = 'xl/worksheets/sheet1.xml';
const STRINGS = 'xl/sharedStrings.xml';
/** Puts cells into row 14 of the data sheet, replacing what exceljs wrote there. */
const row14 = (cells: string) => (xml: string) => xml.replace(/<row r="14"([^>]*)>[\s\S]*?<\/row>/, `<row r="14"$1>${cells}</row>`);

describe('plain workbook reader', () => {
  it('reads every form scenario exactly as exceljs does, or leaves it to exceljs', async () => {
    for (const name of scenarioNames()) {
      const { scenario, dir } = loadScenario(name);
      await runScenario(scenario, dir);
    }
    // Scenarios that bring a workbook file of their own, or go through file detection, do not reach the form reader's helper.
    const built = scenarioNames().filter((name) => { const { scenario } = loadScenario(name); return scenario.input === undefined && scenario.through === 'form'; });
    expect(captured.length).toBe(built.length);
    let plainCount = 0;
    for (const bytes of captured) {
      const { plain, excel } = await bothWays(bytes);
      if (!plain) continue;
      plainCount++;
      expect(plain).toEqual(excel);
    }
    // Every scenario but the file that is no workbook at all is read plainly.
    expect(plainCount).toBe(captured.length - 1);
  });

  it('mirrors what spreadsheet programs write: shared formulas, cached results of 0, booleans, errors, entities, escapes', async () => {
    const bytes = edited(await formBytes(), {
      [SHEET]: row14(
        '<c r="D14" s="3"><f t="shared" ref="D14:D15" si="7">E14+F14</f><v>0</v></c><c r="E14" t="b"><v>1</v></c>' +
          '<c r="F14" t="e"><v>#DIV/0!</v></c><c r="G14" t="str"><f>"a"&amp;"b"</f><v>a&amp;amp;b</v></c><c r="H14" s="3"><f t="shared" si="7"/><v>12</v></c>' +
          '<c r="I14" t="s"><v>0</v></c><c r="J14"><v>1.5E+3</v></c><c r="K14" s="2"/>',
      ),
      [STRINGS]: (xml) => xml.replace(/<si><t>[^<]*<\/t><\/si>/, '<si><t xml:space="preserve"> Tổng &amp; số_x000D_ &#8211; </t></si>'),
    });
    const { plain, excel } = await bothWays(bytes);
    expect(plain).toBeDefined();
    expect(plain).toEqual(excel);
  });

  it('gives merged cells their master value, whatever the hidden cells held', async () => {
    const bytes = edited(await formBytes(), {
      [SHEET]: (xml) => row14('<c r="D14" t="s"><v>3</v></c><c r="E14"><v>7</v></c>')(xml).replace('<mergeCells count="', '<mergeCells count="1').replace('</mergeCells>', '<mergeCell ref="D14:F15"/></mergeCells>'),
    });
    const { plain, excel } = await bothWays(bytes);
    expect(plain).toBeDefined();
    expect(plain).toEqual(excel);
  });

  it.each([
    ['rich text', { [STRINGS]: (xml: string) => xml.replace(/<si><t>([^<]*)<\/t><\/si>/, '<si><r><rPr><b/></rPr><t>$1</t></r></si>') }],
    ['an inline string', { [SHEET]: row14('<c r="D14" t="inlineStr"><is><t>12</t></is></c>') }],
    ['a number formatted as a date', { [SHEET]: row14('<c r="D14" s="99"><v>45400</v></c>'), 'xl/styles.xml': (xml: string) => xml.replace(/<\/cellXfs>/, `${'<xf numFmtId="14"/>'.repeat(100)}</cellXfs>`) }],
    ['an array formula', { [SHEET]: row14('<c r="D14"><f t="array" ref="D14">SUM(E14:F14)</f><v>3</v></c>') }],
    ['a hyperlink', { [SHEET]: (xml: string) => xml.replace('</sheetData>', '</sheetData><hyperlinks><hyperlink ref="A1" r:id="rId9"/></hyperlinks>') }],
    ['a prefixed worksheet', { [SHEET]: (xml: string) => xml.replace(/<(\/?)worksheet\b/g, '<$1x:worksheet').replace('xmlns="', 'xmlns:x="') }],
    ['a bare cell no merge claims', { [SHEET]: row14('<c r="D14"/>') }],
    ['a merge written bottom-right first', { [SHEET]: (xml: string) => xml.replace('</mergeCells>', '<mergeCell ref="F20:E19"/></mergeCells>') }],
    ['overlapping merges', { [SHEET]: (xml: string) => xml.replace('</mergeCells>', '<mergeCell ref="A1:A2"/></mergeCells>') }],
  ])('leaves a workbook with %s to exceljs', async (_, edits) => {
    expect(readPlainWorkbook(edited(await formBytes(), edits))).toBeUndefined();
  });
});
