import type { DuckDBConnection } from '@duckdb/node-api';
import type { Diagnostic } from '../core/diagnostics.js';
import { itemRef } from '../forms/spec.js';
import { SCOPE_CURRENT_VERSIONS, type InputScope, bindScope } from '../store/input-scope.js';
import { queryRows } from '../store/database.js';

interface MismatchRow {
  file_name: string;
  district_code: string;
  item: string;
  disaggregation: string;
  cell: string;
  district_value: number;
  communes_sum: number;
  communes_reported: number;
  communes_expected: number;
}

/**
 * A district's own form (before July 2025) against the sum of its communes' current forms: every
 * item where they differ is a warning naming the item, the district's value and the communes' sum,
 * and how many of the district's communes reported it (a missing commune explains many gaps).
 */
export async function reconcileDistrictForms(connection: DuckDBConnection, scope: InputScope): Promise<Diagnostic[]> {
  if (scope.list !== '2024') return [];
  const rows = await queryRows<MismatchRow>(
    connection,
    `${SCOPE_CURRENT_VERSIONS}, current AS (SELECT * FROM current_versions WHERE kind = 'form')
     , district AS (
       SELECT c.file_name, c.unit_code AS district_code, f.item, f.disaggregation, f.cell, f.value
         FROM form_values f JOIN current c USING (submission_id)
        WHERE c.unit_level = 'district' AND f.value IS NOT NULL
     ), communes AS (
       SELECT u.parent_code AS district_code, f.item, f.disaggregation,
              sum(f.value) AS communes_sum, count(f.value) AS communes_reported
         FROM form_values f JOIN current c USING (submission_id)
         JOIN units u ON u.list_id = c.unit_list AND u.code = c.unit_code
        WHERE c.unit_level = 'commune'
        GROUP BY ALL
     ), expected AS (
       SELECT parent_code AS district_code, count(*) AS communes_expected
         FROM units WHERE list_id = $list AND level = 'commune' GROUP BY ALL
     )
     SELECT d.file_name, d.district_code, d.item, d.disaggregation, d.cell,
            d.value::DOUBLE AS district_value, coalesce(c.communes_sum, 0)::DOUBLE AS communes_sum,
            coalesce(c.communes_reported, 0)::INTEGER AS communes_reported, e.communes_expected::INTEGER AS communes_expected
       FROM district d
       LEFT JOIN communes c USING (district_code, item, disaggregation)
       JOIN expected e USING (district_code)
      WHERE d.value <> coalesce(c.communes_sum, 0)
      ORDER BY d.district_code, d.item, d.disaggregation`,
    bindScope(scope),
  );
  return rows.map((r) => ({
    code: 'district-total-mismatch',
    severity: 'warning',
    file: r.file_name,
    cell: r.cell,
    unit: r.district_code,
    item: itemRef(r.item, r.disaggregation),
    found: String(r.district_value),
    expected: String(r.communes_sum),
    params: { reported: r.communes_reported, communes: r.communes_expected },
  }));
}
