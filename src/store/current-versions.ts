import type { ListId } from '../units/unit-lists.js';

/** Which submissions a report (or a check made for it) sees. */
export interface InputScope {
  period: string;
  provinceCode: string;
  list: ListId;
  /** ISO instant; versions received later do not exist for this report. */
  asOf: string;
}

/**
 * The version of each unit, period and kind that was current at the as-of moment, numbered among
 * the versions received by then. Same rule as the `current_submissions` view with `tk13_as_of`,
 * written with a bound parameter so no session variable is left behind on a shared connection.
 */
export const CURRENT_VERSIONS = `
  WITH numbered AS (
    SELECT s.*,
           row_number() OVER (PARTITION BY s.unit_code, s.period, s.kind ORDER BY s.received_at, s.submission_id) AS version,
           row_number() OVER (PARTITION BY s.unit_code, s.period, s.kind ORDER BY s.received_at DESC, s.submission_id DESC) AS newest_first
      FROM submissions s
     WHERE s.period = $period AND s.province_code = $province AND s.unit_list = $list
       AND s.received_at <= $as_of::TIMESTAMPTZ
  ), current_versions AS (SELECT * FROM numbered WHERE newest_first = 1)`;

export function bindScope(scope: InputScope) {
  return { period: scope.period, province: scope.provinceCode, list: scope.list, as_of: scope.asOf };
}
