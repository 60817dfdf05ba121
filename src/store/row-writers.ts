import { type DuckDBAppender, type DuckDBConnection, DuckDBDateValue, LIST, VARCHAR } from '@duckdb/node-api';
import type { Diagnostic } from '../core/diagnostics.js';
import type { AbuseCaseRow, FormValue, SanctionRow } from '../submissions/types.js';

const VARCHAR_LIST = LIST(VARCHAR);

function date(iso: string): DuckDBDateValue {
  const [year, month, day] = iso.split('-').map(Number);
  return DuckDBDateValue.fromParts({ year, month, day });
}

function optionalVarchar(appender: DuckDBAppender, value: string | null | undefined): void {
  if (value === undefined || value === null || value === '') appender.appendNull();
  else appender.appendVarchar(value);
}

function optionalBigInt(appender: DuckDBAppender, value: number | null | undefined): void {
  if (value === undefined || value === null) appender.appendNull();
  else appender.appendBigInt(BigInt(value));
}

async function appendRows<T>(connection: DuckDBConnection, table: string, rows: readonly T[], write: (a: DuckDBAppender, row: T) => void) {
  if (rows.length === 0) return;
  const appender = await connection.createAppender(table);
  try {
    for (const row of rows) {
      write(appender, row);
      appender.endRow();
    }
    // Constraint errors surface here; the caller's transaction then rolls the whole file back.
    appender.flushSync();
  } finally {
    appender.closeSync();
  }
}

export function writeFormValues(connection: DuckDBConnection, submissionId: number, rows: readonly FormValue[]) {
  return appendRows(connection, 'form_values', rows, (a, v) => {
    a.appendInteger(submissionId);
    a.appendVarchar(v.item);
    a.appendVarchar(v.disaggregation);
    optionalVarchar(a, v.sex);
    optionalVarchar(a, v.ageGroup);
    optionalVarchar(a, v.category);
    optionalBigInt(a, v.value);
    a.appendVarchar(v.cell);
  });
}

export function writeAbuseCases(connection: DuckDBConnection, submissionId: number, rows: readonly AbuseCaseRow[]) {
  return appendRows(connection, 'abuse_case_rows', rows, (a, r) => {
    a.appendInteger(submissionId);
    a.appendInteger(r.line);
    a.appendVarchar(r.caseId);
    a.appendVarchar(r.childId);
    a.appendVarchar(r.communeCode);
    a.appendDate(date(r.detectedOn));
    a.appendVarchar(r.sex);
    a.appendInteger(r.ageYears);
    optionalVarchar(a, r.ageGroup);
    a.appendList(r.abuseForms, VARCHAR_LIST);
    a.appendList(r.environments, VARCHAR_LIST);
    a.appendBoolean(r.supported);
    optionalVarchar(a, r.ethnicity);
    optionalVarchar(a, r.perpetratorRelation);
  });
}

export function writeSanctions(connection: DuckDBConnection, submissionId: number, rows: readonly SanctionRow[]) {
  return appendRows(connection, 'sanction_rows', rows, (a, r) => {
    a.appendInteger(submissionId);
    a.appendInteger(r.line);
    a.appendVarchar(r.decisionId);
    a.appendDate(date(r.decidedOn));
    a.appendVarchar(r.communeCode);
    a.appendVarchar(r.violatorId);
    a.appendVarchar(r.violatorType);
    optionalBigInt(a, r.fineVnd);
    optionalVarchar(a, r.relatedCaseId);
  });
}

export function writeDiagnostics(connection: DuckDBConnection, submissionId: number, diagnostics: readonly Diagnostic[]) {
  return appendRows(connection, 'submission_diagnostics', diagnostics.map((d, seq) => ({ d, seq })), (a, { d, seq }) => {
    a.appendInteger(submissionId);
    a.appendInteger(seq);
    a.appendVarchar(d.code);
    a.appendVarchar(d.severity);
    optionalVarchar(a, d.sheet);
    optionalVarchar(a, d.cell);
    if (d.line === undefined) a.appendNull();
    else a.appendInteger(d.line);
    optionalVarchar(a, d.column);
    optionalVarchar(a, d.item);
    optionalVarchar(a, d.found);
    optionalVarchar(a, d.expected);
    optionalVarchar(a, d.params ? JSON.stringify(d.params) : undefined);
  });
}
