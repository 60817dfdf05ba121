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
 * A `WITH` clause naming `current_versions`: the current version of each unit and kind of the scope's
 * period, province and list, as the one definition (`submission_versions`, migration 0002) gives it
 * as of the scope's moment. Bind with `bindScope`.
 */
export const SCOPE_CURRENT_VERSIONS = `
  WITH current_versions AS (
    SELECT * FROM submission_versions($as_of::TIMESTAMPTZ)
     WHERE is_current AND period = $period AND province_code = $province AND unit_list = $list)`;

export function bindScope(scope: InputScope) {
  return { period: scope.period, province: scope.provinceCode, list: scope.list, as_of: scope.asOf };
}
