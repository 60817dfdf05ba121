import type { DuckDBConnection } from '@duckdb/node-api';
import { checkRecordedAsOf } from './report-as-of.js';
import type ExcelJS from 'exceljs';
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
  differences: CellDifference[];
  /** Differences outside cell values: sheets, merges, column widths, print setup. */
  layoutDifferences: string[];
  current: { definitionsHash: string; calendarHash: string; tk13Version: string };
  definitionsChanged: boolean;
  calendarChanged: boolean;
}

function show(cell: CellSnapshot | undefined, other: CellSnapshot | undefined): string {
  if (!cell) return '';
  const value = cell.type === 's' ? JSON.parse(cell.value) as string : cell.value;
  const kind = cell.type !== 's' && cell.type !== 'n' ? ` (${cell.type})` : other && other.type !== cell.type ? ` (${cell.type === 's' ? 'text' : 'number'})` : '';
  const format = other && other.numFmt !== cell.numFmt ? ` [${cell.numFmt}]` : '';
  return `${value}${kind}${format}`;
}

function sameCell(a: CellSnapshot | undefined, b: CellSnapshot | undefined): boolean {
  return a?.type === b?.type && a?.value === b?.value && a?.numFmt === b?.numFmt;
}

function compareSheets(expected: SheetSnapshot, found: SheetSnapshot): { cells: CellDifference[]; layout: string[] } {
  const addresses = [...new Set([...expected.cells.keys(), ...found.cells.keys()])].sort(compareAddresses);
  const cells = addresses
    .filter((address) => !sameCell(expected.cells.get(address), found.cells.get(address)))
    .map((address) => ({
      sheet: expected.name,
      cell: address,
      expected: show(expected.cells.get(address), found.cells.get(address)),
      found: show(found.cells.get(address), expected.cells.get(address)),
    }));
  const layout: string[] = [];
  const lines = (s: SheetSnapshot) => [`merges: ${s.merges.join(' ')}`, `columns: ${s.widths.join(' ')}`, ...s.layout];
  const wanted = lines(expected);
  const got = lines(found);
  wanted.forEach((line, i) => {
    if (line !== got[i]) layout.push(`${expected.name}: ${line} ≠ ${got[i] ?? '—'}`);
  });
  return { cells, layout };
}

function identityOf(workbook: ExcelJS.Workbook | undefined, source: string): ReportIdentity {
  const identity = workbook ? readReportIdentity(workbook) : undefined;
  const valid = identity && tryParsePeriod(identity.period) && !Number.isNaN(new Date(identity.asOf).getTime());
  if (!identity || !valid) throw new Tk13Error('report-not-tk13', { file: source });
  return identity;
}

/**
 * Rebuilds a report from the database as of the moment its provenance sheet records, renders it
 * again and compares: identical bytes, or every cell that differs. A report made by another tk13
 * version is rendered with that version's label, so only real changes show.
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
  const layoutDifferences: string[] = [];
  if (!identical) {
    const expected = snapshotWorkbook(await loadWorkbook(rebuilt)).sheets;
    const found = snapshotWorkbook(workbook!).sheets;
    const names = (sheets: SheetSnapshot[]) => sheets.map((s) => s.name).join(', ');
    if (names(expected) !== names(found)) layoutDifferences.push(`sheets: ${names(expected)} ≠ ${names(found)}`);
    for (const sheet of expected) {
      const other = found.find((s) => s.name === sheet.name);
      if (!other) continue;
      const compared = compareSheets(sheet, other);
      differences.push(...compared.cells);
      layoutDifferences.push(...compared.layout);
    }
  }
  return {
    match: identical || (differences.length === 0 && layoutDifferences.length === 0),
    identical,
    identity,
    differences,
    layoutDifferences,
    current,
    definitionsChanged: identity.definitionsHash !== current.definitionsHash,
    calendarChanged: identity.calendarHash !== current.calendarHash,
  };
}
