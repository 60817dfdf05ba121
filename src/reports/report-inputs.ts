import type { DuckDBConnection } from '@duckdb/node-api';
import type { Severity } from '../core/diagnostics.js';
import { isoVietnam } from '../periods/vietnam-time.js';
import { SCOPE_CURRENT_VERSIONS, type InputScope, bindScope as bind } from '../store/input-scope.js';
import { queryRows } from '../store/database.js';
import type { Hierarchy } from '../units/hierarchy.js';
import type { AcceptedWarning, InputFile } from './report-model.js';
import { departmentName } from './report-wording.js';

interface InputRow {
  file_name: string;
  unit_code: string;
  kind: string;
  version: number;
  sha256: string;
  received_ms: number;
  row_count: number;
}

export async function loadInputFiles(connection: DuckDBConnection, scope: InputScope, hierarchy: Hierarchy): Promise<InputFile[]> {
  const rows = await queryRows<InputRow>(
    connection,
    `${SCOPE_CURRENT_VERSIONS}
     SELECT file_name, unit_code, kind, version::INTEGER AS version, sha256,
            epoch_ms(received_at)::DOUBLE AS received_ms, row_count::INTEGER AS row_count
       FROM current_versions ORDER BY unit_code, kind`,
    bind(scope),
  );
  return rows.map((r) => ({
    fileName: r.file_name,
    unitCode: r.unit_code,
    // A sector form is sent for the province by a department: the department is who the reader looks for.
    unitName: departmentName(r.kind) ?? hierarchy.unit(r.unit_code)?.name ?? '',
    kind: r.kind,
    version: Number(r.version),
    sha256: r.sha256,
    receivedAt: isoVietnam(new Date(Number(r.received_ms))),
    rowCount: Number(r.row_count),
  }));
}

interface WarningRow {
  file_name: string;
  unit_code: string;
  kind: string;
  code: string;
  severity: Severity;
  sheet: string | null;
  cell: string | null;
  line: number | null;
  column_name: string | null;
  item: string | null;
  found: string | null;
  expected: string | null;
  params_json: string | null;
}

/** The warnings stored with the current versions: what the province accepted along with the data. */
export async function loadAcceptedWarnings(connection: DuckDBConnection, scope: InputScope): Promise<AcceptedWarning[]> {
  const rows = await queryRows<WarningRow>(
    connection,
    `${SCOPE_CURRENT_VERSIONS}
     SELECT c.file_name, c.unit_code, c.kind, d.code, d.severity, d.sheet, d.cell, d.line::INTEGER AS line,
            d.column_name, d.item, d.found, d.expected, d.params_json
       FROM submission_diagnostics d JOIN current_versions c USING (submission_id)
      WHERE d.severity <> 'error'
      ORDER BY c.unit_code, c.kind, d.seq`,
    bind(scope),
  );
  return rows.map((r) => ({
    fileName: r.file_name,
    unitCode: r.unit_code,
    kind: r.kind,
    code: r.code,
    severity: r.severity,
    ...(r.sheet !== null ? { sheet: r.sheet } : {}),
    ...(r.cell !== null ? { cell: r.cell } : {}),
    ...(r.line !== null ? { line: Number(r.line) } : {}),
    ...(r.column_name !== null ? { column: r.column_name } : {}),
    ...(r.item !== null ? { item: r.item } : {}),
    ...(r.found !== null ? { found: r.found } : {}),
    ...(r.expected !== null ? { expected: r.expected } : {}),
    ...(r.params_json ? { params: JSON.parse(r.params_json) as Record<string, string | number> } : {}),
  }));
}
