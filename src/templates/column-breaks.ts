/**
 * Manual page breaks between columns, which exceljs cannot write (it writes row breaks only): added
 * to the saved sheet part as `<colBreaks>`, where the schema puts it (after `headerFooter` and any
 * `rowBreaks`). `afterColumns` are 1-based: a break after column 14 starts a page at column 15.
 */
export function addColumnBreaks(parts: Record<string, Uint8Array>, sheetPart: string, afterColumns: readonly number[]): void {
  const xml = new TextDecoder().decode(parts[sheetPart]);
  const breaks = afterColumns.map((column) => `<brk id="${column}" max="1048575" man="1"/>`).join('');
  const element = `<colBreaks count="${afterColumns.length}" manualBreakCount="${afterColumns.length}">${breaks}</colBreaks>`;
  const anchor = /<\/rowBreaks>|<\/headerFooter>|<headerFooter[^>]*\/>/.exec(xml);
  if (!anchor) throw new Error(`${sheetPart}: no headerFooter to place column breaks after`);
  const at = anchor.index + anchor[0].length;
  parts[sheetPart] = new TextEncoder().encode(`${xml.slice(0, at)}${element}${xml.slice(at)}`);
}
