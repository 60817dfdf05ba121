import type { DuckDBConnection } from '@duckdb/node-api';
import type { Period } from '../periods/period.js';
import { listForPeriod } from '../periods/period-list.js';
import { isoVietnam } from '../periods/vietnam-time.js';
import { queryRows } from '../store/database.js';
import { hierarchyFor } from '../units/hierarchy.js';
import { type FormChange, formChanges, type RegisterChanges, registerChanges, type SectorChange, sectorChanges } from './version-diff.js';
import { sectorOfKind } from '../submissions/types.js';
import { unknownUnitError } from '../units/find-unit.js';

export interface HistoryVersion {
  kind: string;
  /** 1 for the first version of this kind received. */
  version: number;
  submissionId: number;
  /** ISO-8601 with +07:00. */
  receivedAt: string;
  sha256: string;
  fileName: string;
  rowCount: number;
  /** What changed since the previous version of the same kind (absent for the first). */
  formChanges?: FormChange[];
  /** A department's sector form: what changed per item and area. */
  sectorChanges?: SectorChange[];
  registerChanges?: RegisterChanges;
}

export interface UnitHistory {
  unitCode: string;
  unitName: string;
  period: string;
  versions: HistoryVersion[];
}

interface VersionRow {
  submission_id: number;
  version: number;
  kind: string;
  received_ms: number;
  sha256: string;
  file_name: string;
  row_count: number;
}

/**
 * Every version received for one unit and period (forms and registers; for a province, its
 * departments' sector forms and the registers it sent), oldest first within each kind, numbered by the
 * one definition of a version (`submission_versions`, migration 0002), with what changed between
 * consecutive versions: cell by cell for forms, item by area for sector forms, row counts for
 * registers. Nothing is ever deleted, so this is the full record an auditor asks for.
 */
export async function unitHistory(connection: DuckDBConnection, unitCode: string, period: Period): Promise<UnitHistory> {
  const unit = hierarchyFor(listForPeriod(period)).unit(unitCode);
  if (!unit) throw unknownUnitError(listForPeriod(period), unitCode, period.id, 'unit');
  const rows = await queryRows<VersionRow>(
    connection,
    `SELECT submission_id::INTEGER AS submission_id, version, kind, epoch_ms(received_at)::DOUBLE AS received_ms,
            sha256, file_name, row_count::INTEGER AS row_count
       FROM submission_versions(NULL) WHERE unit_code = $unit AND period = $period AND unit_list = $list
      ORDER BY kind, version`,
    { unit: unitCode, period: period.id, list: unit.list },
  );
  const versions: HistoryVersion[] = [];
  for (const [index, row] of rows.entries()) {
    const previous = index > 0 && rows[index - 1].kind === row.kind ? rows[index - 1] : undefined;
    const version: HistoryVersion = {
      kind: row.kind,
      version: Number(row.version),
      submissionId: Number(row.submission_id),
      receivedAt: isoVietnam(new Date(Number(row.received_ms))),
      sha256: row.sha256,
      fileName: row.file_name,
      rowCount: Number(row.row_count),
    };
    if (previous && row.kind === 'form') version.formChanges = await formChanges(connection, Number(previous.submission_id), version.submissionId);
    else if (previous && sectorOfKind(row.kind) !== undefined) version.sectorChanges = await sectorChanges(connection, Number(previous.submission_id), version.submissionId);
    else if (previous) version.registerChanges = await registerChanges(connection, row.kind, Number(previous.submission_id), version.submissionId);
    versions.push(version);
  }
  return { unitCode, unitName: unit.name, period: period.id, versions };
}
