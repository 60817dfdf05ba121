import { compareAddresses } from './cell-address.js';
import type { ReportIdentity } from './report-model.js';
import { readReportIdentity } from './read-provenance.js';
import { showInstant } from './report-wording.js';
import { loadWorkbook, type SheetSnapshot, snapshotWorkbook, type WorkbookSnapshot } from './workbook-snapshot.js';

/** What changes from one run to the next without the report changing: the tool version and the as-of moment. */
function placeholders(identity: ReportIdentity | undefined): (text: string) => string {
  if (!identity) return (text) => text;
  const pairs: Array<[string, string]> = [
    [identity.asOf, '[as-of]'],
    [showInstant(identity.asOf), '[as-of]'],
    // Document dates keep whole seconds only.
    [new Date(Math.floor(new Date(identity.asOf).getTime() / 1000) * 1000).toISOString(), '[as-of]'],
    [`tk13 ${identity.tk13Version}`, 'tk13 [version]'],
    [JSON.stringify(identity.tk13Version), '"[version]"'],
  ];
  return (text) => pairs.reduce((out, [from, to]) => out.split(from).join(to), text);
}

function sheetLines(sheet: SheetSnapshot, index: number): string[] {
  const lines = [`# sheet ${index + 1}: ${sheet.name}`, `columns: ${sheet.widths.join(' ')}`, ...sheet.layout];
  lines.push(`merges: ${sheet.merges.join(' ') || '-'}`);
  const addresses = [...sheet.cells.keys()].sort(compareAddresses);
  for (const address of addresses) {
    const cell = sheet.cells.get(address)!;
    lines.push(`${address} | ${cell.type} | ${cell.value} | ${cell.numFmt}`);
  }
  return lines;
}

export function formatSnapshot(snapshot: WorkbookSnapshot, identity?: ReportIdentity): string {
  const lines = [...snapshot.properties, ...snapshot.sheets.flatMap((sheet, index) => ['', ...sheetLines(sheet, index)])];
  const replace = placeholders(identity);
  return `${lines.map(replace).join('\n')}\n`;
}

/**
 * A normalised text dump of a workbook (sheet order, every non-empty cell `A1 | type | value |
 * numFmt`, merges, column widths, print setup), with the tk13 version and the as-of moment replaced
 * by placeholders. Golden tests compare these instead of xlsx bytes.
 */
export async function dumpWorkbook(bytes: Uint8Array): Promise<string> {
  const workbook = await loadWorkbook(bytes);
  return formatSnapshot(snapshotWorkbook(workbook), readReportIdentity(workbook));
}
