import { type DuckDBAppender, type DuckDBConnection, DuckDBTimestampTZValue } from '@duckdb/node-api';
import type { Diagnostic } from '../core/diagnostics.js';
import type { ParsedSubmission } from '../submissions/types.js';

/**
 * Bulk writers for a batch of accepted files: one Appender per table for the whole batch. Register
 * rows go through temporary staging tables with plain columns (dates as text, lists as JSON) and
 * reach their tables in one INSERT … SELECT: appending DATE and LIST values one by one from
 * JavaScript costs several times more than letting DuckDB convert a whole column.
 */

/** One accepted file as it is stored. */
export interface StoredFile {
  submissionId: number;
  parsed: ParsedSubmission;
  receivedAt: Date;
  rowCount: number;
}

const STAGES = [
  {
    stage: 'abuse_case_stage',
    columns: `submission_id INTEGER, line INTEGER, case_id VARCHAR, child_id VARCHAR, commune_code VARCHAR, detected_on VARCHAR,
      sex VARCHAR, age_years INTEGER, age_group VARCHAR, abuse_forms VARCHAR, environments VARCHAR, supported BOOLEAN,
      ethnicity VARCHAR, perpetrator_relation VARCHAR`,
    insert: `INSERT INTO abuse_case_rows SELECT submission_id, line, case_id, child_id, commune_code, detected_on::DATE, sex, age_years,
      age_group, from_json(abuse_forms, '["VARCHAR"]'), from_json(environments, '["VARCHAR"]'), supported, ethnicity, perpetrator_relation
      FROM abuse_case_stage`,
  },
  {
    stage: 'sanction_stage',
    columns: `submission_id INTEGER, line INTEGER, decision_id VARCHAR, decided_on VARCHAR, commune_code VARCHAR, violator_id VARCHAR,
      violator_type VARCHAR, fine_vnd BIGINT, related_case_id VARCHAR`,
    insert: `INSERT INTO sanction_rows SELECT submission_id, line, decision_id, decided_on::DATE, commune_code, violator_id, violator_type,
      fine_vnd, related_case_id FROM sanction_stage`,
  },
] as const;

function optionalVarchar(appender: DuckDBAppender, value: string | null | undefined): void {
  if (value === undefined || value === null || value === '') appender.appendNull();
  else appender.appendVarchar(value);
}

function optionalBigInt(appender: DuckDBAppender, value: number | null | undefined): void {
  if (value === undefined || value === null) appender.appendNull();
  else appender.appendBigInt(BigInt(value));
}

function optionalInteger(appender: DuckDBAppender, value: number | null | undefined): void {
  if (value === undefined || value === null) appender.appendNull();
  else appender.appendInteger(value);
}

function appendSubmission(a: DuckDBAppender, file: StoredFile, ingestedAt: DuckDBTimestampTZValue): void {
  const { parsed } = file;
  const unit = parsed.unit!;
  a.appendInteger(file.submissionId);
  a.appendVarchar(parsed.sha256);
  a.appendVarchar(parsed.file);
  a.appendVarchar(parsed.kind!);
  a.appendVarchar(unit.code);
  a.appendVarchar(unit.level);
  a.appendVarchar(unit.list);
  a.appendVarchar(unit.provinceCode);
  a.appendVarchar(parsed.period!);
  optionalInteger(a, parsed.templateVersion);
  a.appendInteger(file.rowCount);
  a.appendTimestampTZ(new DuckDBTimestampTZValue(BigInt(file.receivedAt.getTime()) * 1000n));
  a.appendTimestampTZ(ingestedAt);
  a.endRow();
}

function appendDiagnostics(a: DuckDBAppender, id: number, diagnostics: readonly Diagnostic[]): void {
  diagnostics.forEach((d, seq) => {
    a.appendInteger(id);
    a.appendInteger(seq);
    a.appendVarchar(d.code);
    a.appendVarchar(d.severity);
    optionalVarchar(a, d.sheet);
    optionalVarchar(a, d.cell);
    optionalInteger(a, d.line);
    optionalVarchar(a, d.column);
    optionalVarchar(a, d.item);
    optionalVarchar(a, d.found);
    optionalVarchar(a, d.expected);
    optionalVarchar(a, d.params ? JSON.stringify(d.params) : undefined);
    a.endRow();
  });
}

function appendRows(appenders: Record<string, DuckDBAppender>, id: number, parsed: ParsedSubmission): void {
  const { form_values: f, sector_values: v, abuse_case_stage: c, sanction_stage: s } = appenders;
  for (const v of parsed.formValues ?? []) {
    f.appendInteger(id);
    f.appendVarchar(v.item);
    f.appendVarchar(v.disaggregation);
    optionalVarchar(f, v.sex);
    optionalVarchar(f, v.ageGroup);
    optionalVarchar(f, v.category);
    optionalBigInt(f, v.value);
    f.appendVarchar(v.cell);
    f.endRow();
  }
  for (const x of parsed.sectorValues ?? []) {
    v.appendInteger(id);
    v.appendVarchar(x.item);
    v.appendVarchar(x.areaCode);
    v.appendVarchar(x.areaLevel);
    optionalBigInt(v, x.value);
    v.appendVarchar(x.cell);
    v.endRow();
  }
  for (const r of parsed.abuseCases ?? []) {
    c.appendInteger(id);
    c.appendInteger(r.line);
    c.appendVarchar(r.caseId);
    c.appendVarchar(r.childId);
    c.appendVarchar(r.communeCode);
    c.appendVarchar(r.detectedOn);
    c.appendVarchar(r.sex);
    c.appendInteger(r.ageYears);
    optionalVarchar(c, r.ageGroup);
    c.appendVarchar(JSON.stringify(r.abuseForms));
    c.appendVarchar(JSON.stringify(r.environments));
    c.appendBoolean(r.supported);
    optionalVarchar(c, r.ethnicity);
    optionalVarchar(c, r.perpetratorRelation);
    c.endRow();
  }
  for (const r of parsed.sanctions ?? []) {
    s.appendInteger(id);
    s.appendInteger(r.line);
    s.appendVarchar(r.decisionId);
    s.appendVarchar(r.decidedOn);
    s.appendVarchar(r.communeCode);
    s.appendVarchar(r.violatorId);
    s.appendVarchar(r.violatorType);
    optionalBigInt(s, r.fineVnd);
    optionalVarchar(s, r.relatedCaseId);
    s.endRow();
  }
}

/**
 * Writes the files and all their rows. Runs inside the caller's transaction: constraint errors
 * surface at the flush, and the caller then rolls the whole batch back.
 */
export async function writeFiles(connection: DuckDBConnection, files: readonly StoredFile[]): Promise<void> {
  // now() is the transaction's start, as a single INSERT … now() would have recorded it.
  const reader = await connection.runAndReadAll('SELECT epoch_us(now()) AS us');
  const ingestedAt = new DuckDBTimestampTZValue(reader.getRows()[0][0] as bigint);
  for (const { stage, columns } of STAGES) await connection.run(`CREATE OR REPLACE TEMP TABLE ${stage} (${columns})`);
  const appenders: Record<string, DuckDBAppender> = {};
  let flushed = false;
  try {
    for (const table of ['submissions', 'submission_diagnostics', 'form_values', 'sector_values']) appenders[table] = await connection.createAppender(table);
    for (const { stage } of STAGES) appenders[stage] = await connection.createAppender(stage, 'main', 'temp');
    for (const file of files) {
      appendSubmission(appenders.submissions, file, ingestedAt);
      appendDiagnostics(appenders.submission_diagnostics, file.submissionId, file.parsed.diagnostics);
      appendRows(appenders, file.submissionId, file.parsed);
    }
    for (const appender of Object.values(appenders)) appender.flushSync();
    flushed = true;
  } finally {
    for (const appender of Object.values(appenders)) {
      try {
        appender.closeSync();
      } catch (error) {
        // After a failed flush the flush's error is the one worth reporting.
        if (flushed) throw error;
      }
    }
  }
  for (const { stage, insert } of STAGES) {
    await connection.run(insert);
    await connection.run(`DROP TABLE temp.main.${stage}`);
  }
}
