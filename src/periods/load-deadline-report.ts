import type { DuckDBConnection } from '@duckdb/node-api';
import type { DeadlineReport } from './deadline-types.js';
import type { Period } from './period.js';
import { listForPeriod } from './period-list.js';
import { parsePeriod } from './period.js';
import { assessTimeliness, provinceForPeriod, type Receipt } from './timeliness.js';
import { queryRows } from '../store/database.js';

interface ReceiptRow {
  unit_code: string;
  kind: string;
  submission_id: number;
  version: number;
  received_ms: number;
}

/**
 * Every accepted version (not only the current one) received for a period and province, numbered by
 * the one definition of a version (`submission_versions`, migration 0002), on the
 * period's administrative list: a code means a different unit on the other list. Receipt times are
 * read as epoch milliseconds so no session or host time zone can shift them.
 */
export async function loadReceipts(connection: DuckDBConnection, period: string, provinceCode: string): Promise<Receipt[]> {
  const rows = await queryRows<ReceiptRow>(
    connection,
    `SELECT unit_code, kind, submission_id::INTEGER AS submission_id, version, epoch_ms(received_at)::DOUBLE AS received_ms
       FROM submission_versions(NULL)
      WHERE period = $period AND province_code = $province AND unit_list = $list
      ORDER BY unit_code, kind, version`,
    { period, province: provinceCode, list: listForPeriod(parsePeriod(period)) },
  );
  return rows.map((r) => ({
    unitCode: r.unit_code,
    kind: r.kind,
    submissionId: Number(r.submission_id),
    version: Number(r.version),
    receivedAt: new Date(Number(r.received_ms)),
  }));
}

/** The timeliness of every expected unit and department (sector forms, kind `sector:<id>`, are stored for the province and so are among the receipts) as of a moment: what `deadlines` prints and the report's status sheet shows. */
export async function loadDeadlineReport(
  connection: DuckDBConnection,
  options: { period: Period; provinceCode: string; asOf: Date },
): Promise<DeadlineReport> {
  // Refuse an unknown province before reading anything.
  provinceForPeriod(options.period, options.provinceCode);
  const receipts = await loadReceipts(connection, options.period.id, options.provinceCode);
  return assessTimeliness({ ...options, receipts });
}
