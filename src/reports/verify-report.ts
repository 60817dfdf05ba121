import type { DuckDBConnection } from '@duckdb/node-api';
import { checkRecordedAsOf } from './report-as-of.js';
import type ExcelJS from 'exceljs';
import { strFromU8, unzipSync } from 'fflate';
import { Tk13Error } from '../core/errors.js';
import { tryParsePeriod } from '../periods/period.js';
import { buildReportModel } from './build-report-model.js';
import { compareAddresses } from './cell-address.js';
import { readReportIdentity } from './read-provenance.js';
import { renderReport } from './render-report.js';
import type { ReportIdentity } from './report-model.js';
import { toolVersion } from './tool-version.js';
import { type CellSnapshot, loadWorkbook, type SheetSnapshot, snapshotWorkbook } from './workbook-snapshot.js';

export interface CellDifference {
  sheet: string;
  cell: string;
  /** What the database gives today; empty when the cell should be empty. */
  expected: string;
  found: string;
}

export interface VerifyResult {
  match: boolean;
  /** Same bytes as a fresh rendering (the strongest form of a match). */
  identical: boolean;
  identity: ReportIdentity;
  /** Cells whose value differs (numbers compared to 15 significant digits), in sheet and cell order. */
  differences: CellDifference[];
  /** Sheets of the report that the file lacks: a value difference too. */
  missingSheets: string[];
  /** Differences that change no value: merges, column widths, print, view and number-format settings. */
  layoutDifferences: string[];
  /** The program that last saved the file when it was not tk13 (docProps/app.xml), e.g. `LibreOffice/7.4…`. */
  savedBy?: string;
  current: { definitionsHash: string; calendarHash: string; tk13Version: string };
  definitionsChanged: boolean;
  calendarChanged: boolean;
}

function show(cell: CellSnapshot | undefined): string {
  if (!cell) return '';
  return cell.type === 's' || cell.type === 'r' ? (JSON.parse(cell.value) as string) : cell.value;
}

/**
 * Two numbers agree to 15 significant digits: they differ by at most one unit of the 15th digit of
 * the larger. Excel and LibreOffice write 15 significant digits when they re-save, rounding half up
 * on the decimal text (72.57462686567165 becomes 72.5746268656717), so comparing rounded strings
 * would call a halfway value changed.
 */
export function sameTo15Digits(a: number, b: number): boolean {
  if (a === b) return true;
  const scale = Math.max(Math.abs(a), Math.abs(b));
  return Math.abs(a - b) <= 10 ** (Math.floor(Math.log10(scale)) - 14);
}

/**
 * Two cells hold the same value when a reader sees the same figure or text: numbers to 15
 * significant digits (sameTo15Digits), text exactly, an empty text the same as no cell. Number
 * formats and styles are presentation, not values.
 */
function sameValue(a: CellSnapshot | undefined, b: CellSnapshot | undefined): boolean {
  const text = (c: CellSnapshot | undefined) => (c === undefined ? '' : show(c));
  if (a?.type === 'n' && b?.type === 'n') return sameTo15Digits(Number(a.value), Number(b.value));
  if (a?.type === 'n' || b?.type === 'n' || a?.type === 'f' || b?.type === 'f') return a?.type === b?.type && a?.value === b?.value;
  return text(a) === text(b);
}

function compareSheets(expected: SheetSnapshot, found: SheetSnapshot): { cells: CellDifference[]; layout: string[] } {
  const addresses = [...new Set([...expected.cells.keys(), ...found.cells.keys()])].sort(compareAddresses);
  const cells = addresses
    .filter((address) => !sameValue(expected.cells.get(address), found.cells.get(address)))
    .map((address) => ({ sheet: expected.name, cell: address, expected: show(expected.cells.get(address)), found: show(found.cells.get(address)) }));
  const layout: string[] = [];
  const lines = (s: SheetSnapshot) => [`merges: ${s.merges.join(' ')}`, `columns: ${s.widths.join(' ')}`, ...s.layout];
  const wanted = lines(expected);
  const got = lines(found);
  wanted.forEach((line, i) => {
    if (line !== got[i]) layout.push(`${expected.name}: ${line} ≠ ${got[i] ?? '—'}`);
  });
  const formats = addresses.filter((a) => expected.cells.get(a) && found.cells.get(a) && expected.cells.get(a)!.numFmt !== found.cells.get(a)!.numFmt).length;
  if (formats > 0) layout.push(`${expected.name}: number formats of ${formats} cells`);
  return { cells, layout };
}

/** `Application` (and `AppVersion`) of docProps/app.xml: which program saved the file last. */
function savingProgram(bytes: Uint8Array): string | undefined {
  try {
    const part = unzipSync(bytes, { filter: (file) => file.name === 'docProps/app.xml' })['docProps/app.xml'];
    if (!part) return undefined;
    const xml = strFromU8(part);
    const application = /<Application>([^<]*)<\/Application>/.exec(xml)?.[1]?.trim();
    return application || undefined;
  } catch {
    return undefined;
  }
}

function identityOf(workbook: ExcelJS.Workbook | undefined, source: string): ReportIdentity {
  const identity = workbook ? readReportIdentity(workbook) : undefined;
  const valid = identity && tryParsePeriod(identity.period) && !Number.isNaN(new Date(identity.asOf).getTime());
  if (!identity || !valid) throw new Tk13Error('report-not-tk13', { file: source });
  return identity;
}

/**
 * Rebuilds a report from the database as of the moment its provenance records, renders it again and
 * compares: identical bytes, or every cell whose value differs. A genuine report re-saved by Excel or
 * LibreOffice without edits still matches (values to 15 significant digits; print, view and style
 * settings are listed but do not count). A report made by another tk13 version is rendered with that
 * version's label, so only real changes show.
 */
export async function verifyReport(connection: DuckDBConnection, bytes: Uint8Array, source = 'báo cáo', now = new Date()): Promise<VerifyResult> {
  const workbook = await loadWorkbook(bytes).catch(() => undefined);
  const identity = identityOf(workbook, source);
  checkRecordedAsOf(new Date(identity.asOf), now, source);
  const period = tryParsePeriod(identity.period)!;
  const model = await buildReportModel(connection, { period, provinceCode: identity.province, asOf: new Date(identity.asOf) });
  const current = { definitionsHash: model.provenance.definitionsHash, calendarHash: model.provenance.calendarHash, tk13Version: toolVersion() };
  model.generatedBy = { ...model.generatedBy, version: identity.tk13Version };
  const rebuilt = await renderReport(model, identity.lang);
  const identical = Buffer.from(rebuilt).equals(Buffer.from(bytes));
  const differences: CellDifference[] = [];
  const missingSheets: string[] = [];
  const layoutDifferences: string[] = [];
  if (!identical) {
    const expected = snapshotWorkbook(await loadWorkbook(rebuilt)).sheets;
    const found = snapshotWorkbook(workbook!).sheets;
    for (const sheet of expected) {
      const other = found.find((s) => s.name === sheet.name);
      if (!other) {
        missingSheets.push(sheet.name);
        continue;
      }
      const compared = compareSheets(sheet, other);
      differences.push(...compared.cells);
      layoutDifferences.push(...compared.layout);
    }
  }
  const savedBy = identical ? undefined : savingProgram(bytes);
  return {
    match: identical || (differences.length === 0 && missingSheets.length === 0),
    identical,
    identity,
    differences,
    missingSheets,
    layoutDifferences,
    ...(savedBy && !savedBy.startsWith('tk13') ? { savedBy } : {}),
    current,
    definitionsChanged: identity.definitionsHash !== current.definitionsHash,
    calendarChanged: identity.calendarHash !== current.calendarHash,
  };
}
