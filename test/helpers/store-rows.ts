/**
 * Puts submissions and their rows straight into a tk13 store, for tests that need data in the
 * canonical views without going through files and ingest. Row fields use the store's column names.
 *
 *   const store = await openStore(':memory:');
 *   await insertSubmission(store.connection, { kind: 'abuse-cases', unit: '899', period: '2024-H1',
 *     rows: [{ case_id: 'C1', child_id: 'K1', commune_code: '30733', detected_on: '2024-01-10', sex: 'female',
 *              age_years: 8, abuse_forms: ['violence'], environments: ['family'], supported: true }] });
 */
import { BOOLEAN, DOUBLE, type DuckDBConnection, type DuckDBType, type DuckDBValue, INTEGER, LIST, VARCHAR, listValue } from '@duckdb/node-api';
import { formatDisaggregation } from '../../src/indicators/dimensions.js';
import { periodWindow } from '../../src/periods/calendar.js';
import { parsePeriod } from '../../src/periods/period.js';
import { listForPeriod } from '../../src/periods/period-list.js';
import { hierarchyFor } from '../../src/units/hierarchy.js';
import type { ListId } from '../../src/units/unit-lists.js';

export interface FormValueInput {
  item: string;
  sex?: string;
  age_group?: string;
  category?: string;
  /** null = the cell was left blank (not reported). */
  value: number | null;
  cell?: string;
}

export interface AbuseCaseInput {
  case_id: string;
  child_id: string;
  commune_code: string;
  detected_on: string;
  sex: string;
  age_years: number;
  /** Derived from age_years when absent (0-5, 6-10, 11-15; null from 16). */
  age_group?: string | null;
  abuse_forms: string[];
  environments: string[];
  supported: boolean;
  line?: number;
}

export interface SanctionInput {
  decision_id: string;
  decided_on: string;
  commune_code: string;
  violator_id: string;
  violator_type: string;
  fine_vnd: number | null;
  related_case_id?: string;
  line?: number;
}

/** One cell of a sector form: an item for the province or for one commune. */
export interface SectorValueInput {
  item: string;
  /** The province code or a commune code of the submission's list. */
  area_code: string;
  /** Defaults from the code: 2 digits is the province, otherwise a commune. */
  area_level?: 'province' | 'commune';
  /** null = the cell was left blank (not reported). */
  value: number | null;
  cell?: string;
}

export interface SubmissionInput {
  /** `sector:<department id>` is a department's sector form; its unit is the province. */
  kind: 'form' | 'abuse-cases' | 'sanctions' | `sector:${string}`;
  /** Submitting unit (commune, district or, for registers and sector forms, province) in `list`. */
  unit: string;
  period: string;
  /** Defaults to the period's list. */
  list?: ListId;
  /** ISO date-time; defaults to noon (UTC+7) on the last day of the period's window. */
  received_at?: string;
  file_name?: string;
  /** Form values or register rows, by kind. */
  rows?: Array<FormValueInput | AbuseCaseInput | SanctionInput | SectorValueInput>;
}

export function ageGroupOf(years: number): string | null {
  if (years <= 5) return '0-5';
  if (years <= 10) return '6-10';
  if (years <= 15) return '11-15';
  return null;
}

let fileCounter = 0;

type Column = { values: DuckDBValue[]; type: DuckDBType };

/**
 * One INSERT per table and submission: each column is bound as a typed list and unnested, so a
 * submission of thousands of rows costs one statement, not thousands.
 */
async function insertColumns(connection: DuckDBConnection, table: string, id: number, columns: Array<[string, Column, string?]>): Promise<void> {
  if (columns[0][1].values.length === 0) return;
  const select = columns.map(([name, , cast]) => `unnest($${name})${cast ? `::${cast}` : ''}`).join(', ');
  const values: Record<string, DuckDBValue> = { id };
  const types: Record<string, DuckDBType> = { id: INTEGER };
  for (const [name, column] of columns) {
    values[name] = listValue(column.values);
    types[name] = LIST(column.type);
  }
  await connection.run(`INSERT INTO ${table} SELECT $id, ${select}`, values, types);
}

const text = (values: Array<string | null | undefined>): Column => ({ values: values.map((v) => v ?? null), type: VARCHAR });
const numbers = (values: Array<number | null | undefined>): Column => ({ values: values.map((v) => v ?? null), type: DOUBLE });

/** Inserts one submission (one accepted file version) and its rows; returns its submission_id. */
export async function insertSubmission(connection: DuckDBConnection, input: SubmissionInput): Promise<number> {
  const period = parsePeriod(input.period);
  const list = input.list ?? listForPeriod(period);
  const unit = hierarchyFor(list).unit(input.unit);
  if (!unit) throw new Error(`store-rows: no unit ${input.unit} in list ${list}`);
  const rows = input.rows ?? [];
  const receivedAt = input.received_at ?? `${periodWindow(period).end}T12:00:00+07:00`;
  fileCounter += 1;
  const fileName = input.file_name ?? `${input.unit}_${input.period}_${input.kind}_${fileCounter}.csv`;
  const reader = await connection.runAndReadAll(
    `INSERT INTO submissions VALUES (nextval('submission_id_seq'), $sha, $file, $kind, $unit, $level, $list, $province, $period,
       NULL, $rows, $received::TIMESTAMPTZ, $received::TIMESTAMPTZ) RETURNING submission_id`,
    {
      sha: `test-${fileCounter}-${fileName}`,
      file: fileName,
      kind: input.kind,
      unit: unit.code,
      level: unit.level,
      list,
      province: unit.provinceCode,
      period: period.id,
      rows: rows.length,
      received: receivedAt,
    },
  );
  const id = Number(reader.getRowObjectsJson()[0].submission_id);
  if (input.kind === 'form') {
    const form = rows as FormValueInput[];
    const disaggregation = (r: FormValueInput) =>
      formatDisaggregation([
        ...(r.age_group ? [['age_group', r.age_group] as [string, string]] : []),
        ...(r.category ? [['category', r.category] as [string, string]] : []),
        ...(r.sex ? [['sex', r.sex] as [string, string]] : []),
      ]);
    await insertColumns(connection, 'form_values', id, [
      ['item', text(form.map((r) => r.item))],
      ['disaggregation', text(form.map(disaggregation))],
      ['sex', text(form.map((r) => r.sex))],
      ['age_group', text(form.map((r) => r.age_group))],
      ['category', text(form.map((r) => r.category))],
      ['value', numbers(form.map((r) => r.value)), 'BIGINT'],
      ['cell', text(form.map((r) => r.cell))],
    ]);
  } else if (input.kind.startsWith('sector:')) {
    const cells = rows as SectorValueInput[];
    await insertColumns(connection, 'sector_values', id, [
      ['item', text(cells.map((r) => r.item))],
      ['area_code', text(cells.map((r) => r.area_code))],
      ['area_level', text(cells.map((r) => r.area_level ?? (r.area_code.length === 2 ? 'province' : 'commune')))],
      ['value', numbers(cells.map((r) => r.value)), 'BIGINT'],
      ['cell', text(cells.map((r) => r.cell))],
    ]);
  } else if (input.kind === 'abuse-cases') {
    const cases = rows as AbuseCaseInput[];
    await insertColumns(connection, 'abuse_case_rows', id, [
      ['line', numbers(cases.map((r, i) => r.line ?? i + 2)), 'INTEGER'],
      ['case_id', text(cases.map((r) => r.case_id))],
      ['child_id', text(cases.map((r) => r.child_id))],
      ['commune_code', text(cases.map((r) => r.commune_code))],
      ['detected_on', text(cases.map((r) => r.detected_on)), 'DATE'],
      ['sex', text(cases.map((r) => r.sex))],
      ['age_years', numbers(cases.map((r) => r.age_years)), 'INTEGER'],
      ['age_group', text(cases.map((r) => (r.age_group === undefined ? ageGroupOf(r.age_years) : r.age_group)))],
      ['abuse_forms', { values: cases.map((r) => listValue(r.abuse_forms)), type: LIST(VARCHAR) }],
      ['environments', { values: cases.map((r) => listValue(r.environments)), type: LIST(VARCHAR) }],
      ['supported', { values: cases.map((r) => r.supported), type: BOOLEAN }],
      ['ethnicity', text(cases.map(() => null))],
      ['perpetrator_relation', text(cases.map(() => null))],
    ]);
  } else {
    const sanctions = rows as SanctionInput[];
    await insertColumns(connection, 'sanction_rows', id, [
      ['line', numbers(sanctions.map((r, i) => r.line ?? i + 2)), 'INTEGER'],
      ['decision_id', text(sanctions.map((r) => r.decision_id))],
      ['decided_on', text(sanctions.map((r) => r.decided_on)), 'DATE'],
      ['commune_code', text(sanctions.map((r) => r.commune_code))],
      ['violator_id', text(sanctions.map((r) => r.violator_id))],
      ['violator_type', text(sanctions.map((r) => r.violator_type))],
      ['fine_vnd', numbers(sanctions.map((r) => r.fine_vnd)), 'BIGINT'],
      ['related_case_id', text(sanctions.map((r) => r.related_case_id))],
    ]);
  }
  return id;
}

export async function insertSubmissions(connection: DuckDBConnection, inputs: readonly SubmissionInput[]): Promise<number[]> {
  const ids: number[] = [];
  for (const input of inputs) ids.push(await insertSubmission(connection, input));
  return ids;
}

/** Empties every submission and result table (the unit lists stay), so one store can serve many scenarios. */
export async function clearSubmissions(connection: DuckDBConnection): Promise<void> {
  for (const table of ['form_values', 'sector_values', 'abuse_case_rows', 'sanction_rows', 'submission_diagnostics', 'submissions', 'indicator_values', 'check_results', 'compute_runs']) {
    await connection.run(`DELETE FROM ${table}`);
  }
}
