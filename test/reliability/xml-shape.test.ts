import { describe, expect, it } from 'vitest';
import { XmlShapeScanner } from '../../src/workbook/part-size-scan.js';

/**
 * The measurer behind the workbook limits reads sheet XML as it streams out of the zip, in chunks cut
 * anywhere: what it finds must not depend on where the cuts fall.
 */
const SHEET = [
  '<?xml version="1.0" encoding="UTF-8"?><worksheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main">',
  '<sheetData><row r="1" spans="1:3"><c r="A1" t="s"><v>0</v></c><c r="C1" s="2"><f>SUM(A1:B1)</f><v>3</v></c></row>',
  '<row r="7"><c r="B7" t="inlineStr"><is><t xml:space="preserve">Phường Vĩnh Thanh ghi chú</t></is></c><c/></row>',
  '<x:row><x:c><x:v>1</x:v></x:c></x:row></sheetData></worksheet>',
].join('');

function measure(chunks: string[]) {
  const scanner = new XmlShapeScanner();
  for (const chunk of chunks) scanner.push(new TextEncoder().encode(chunk));
  return scanner.finish();
}

describe('measuring sheet XML', () => {
  it('counts rows, cells, the last row and column, and the longest text with its cell', () => {
    expect(measure([SHEET])).toEqual({
      rows: 3,
      lastRow: 8,
      lastColumn: 3,
      lastColumnCell: 'C1',
      cells: 5,
      longestText: 'Phường Vĩnh Thanh ghi chú'.length,
      longestTextCell: 'B7',
      doctype: false,
    });
  });

  it('finds the same wherever the stream is cut', () => {
    const whole = measure([SHEET]);
    const bytes = new TextEncoder().encode(SHEET);
    for (let cut = 1; cut < bytes.length; cut++) {
      const scanner = new XmlShapeScanner();
      scanner.push(bytes.subarray(0, cut));
      scanner.push(bytes.subarray(cut));
      expect(scanner.finish(), `cut at ${cut}`).toEqual(whole);
    }
  });

  it('sees a DOCTYPE, a lone cell far down, and a CDATA section as long text', () => {
    expect(measure(['<?xml version="1.0"?><!DOCTYPE x [<!ENTITY a "b">]><worksheet/>']).doctype).toBe(true);
    expect(measure(['<sheetData><row r="1048576"><c r="XFD1048576"><v>1</v></c></row></sheetData>'])).toMatchObject({ rows: 1, lastRow: 1_048_576, lastColumn: 16_384 });
    expect(measure([`<c r="A1" t="inlineStr"><is><t><![CDATA[${'x<'.repeat(6000)}]]></t></is></c>`]).longestText).toBeGreaterThan(10_000);
  });
});
