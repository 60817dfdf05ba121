import type { DuckDBConnection } from '@duckdb/node-api';
import type { Receipt } from '../../src/periods/timeliness.js';
import type { ListId } from '../../src/units/unit-lists.js';
import { hierarchyFor } from '../../src/units/hierarchy.js';

export interface StoredReceipt extends Receipt {
  period: string;
  provinceCode: string;
  list: ListId;
}

/** Writes receipts into `submissions` the way ingest records accepted files (one row per version). */
export async function insertReceipts(connection: DuckDBConnection, receipts: StoredReceipt[]): Promise<void> {
  for (const r of receipts) {
    await connection.run(
      `INSERT INTO submissions VALUES ($id, $sha, $file, $kind, $unit, $level, $list, $province, $period, NULL, 0,
         $received::TIMESTAMPTZ, TIMESTAMPTZ '2026-01-01 00:00:00+07:00')`,
      {
        id: r.submissionId,
        sha: `sha-${r.submissionId}`,
        file: `${r.unitCode}_${r.period}_${r.kind}.xlsx`,
        kind: r.kind,
        unit: r.unitCode,
        level: hierarchyFor(r.list).unit(r.unitCode)?.level ?? 'commune',
        list: r.list,
        province: r.provinceCode,
        period: r.period,
        received: r.receivedAt.toISOString(),
      },
    );
  }
}
