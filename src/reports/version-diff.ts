import type { DuckDBConnection } from '@duckdb/node-api';
import { queryRows } from '../store/database.js';
import { compareAddresses } from './cell-address.js';

/** One form input cell whose value differs between two versions; null is a blank ("not reported"). */
export interface FormChange {
  item: string;
  disaggregation: string;
  cell: string;
  old: number | null;
  new: number | null;
}

/** One sector form input (an item for one area) whose value differs between two versions; null is a blank. */
export interface SectorChange {
  item: string;
  /** The province code or a commune code of the form's list. */
  areaCode: string;
  areaLevel: 'province' | 'commune';
  cell: string;
  old: number | null;
  new: number | null;
}

export interface RegisterChanges {
  added: number;
  removed: number;
  changed: number;
}

interface ChangeRow {
  item: string;
  disaggregation: string;
  cell: string | null;
  old_value: number | null;
  new_value: number | null;
}

/** Cell-level differences between two versions of a form, matched by item and disaggregation (not by position). */
export async function formChanges(connection: DuckDBConnection, oldId: number, newId: number): Promise<FormChange[]> {
  const rows = await queryRows<ChangeRow>(
    connection,
    `SELECT coalesce(n.item, o.item) AS item, coalesce(n.disaggregation, o.disaggregation) AS disaggregation,
            coalesce(n.cell, o.cell) AS cell, o.value::DOUBLE AS old_value, n.value::DOUBLE AS new_value
       FROM (SELECT * FROM form_values WHERE submission_id = $old) o
       FULL OUTER JOIN (SELECT * FROM form_values WHERE submission_id = $new) n
         ON n.item = o.item AND n.disaggregation = o.disaggregation
      WHERE o.value IS DISTINCT FROM n.value`,
    { old: oldId, new: newId },
  );
  return rows
    .map((r) => ({ item: r.item, disaggregation: r.disaggregation, cell: r.cell ?? '', old: r.old_value, new: r.new_value }))
    .sort((a, b) => compareAddresses(a.cell, b.cell) || a.item.localeCompare(b.item) || a.disaggregation.localeCompare(b.disaggregation));
}

interface SectorChangeRow {
  item: string;
  area_code: string;
  area_level: 'province' | 'commune';
  cell: string | null;
  old_value: number | null;
  new_value: number | null;
}

/** Differences between two versions of a department's sector form, matched by item and area (not by cell). */
export async function sectorChanges(connection: DuckDBConnection, oldId: number, newId: number): Promise<SectorChange[]> {
  const rows = await queryRows<SectorChangeRow>(
    connection,
    `SELECT coalesce(n.item, o.item) AS item, coalesce(n.area_code, o.area_code) AS area_code,
            coalesce(n.area_level, o.area_level) AS area_level, coalesce(n.cell, o.cell) AS cell,
            o.value::DOUBLE AS old_value, n.value::DOUBLE AS new_value
       FROM (SELECT * FROM sector_values WHERE submission_id = $old) o
       FULL OUTER JOIN (SELECT * FROM sector_values WHERE submission_id = $new) n
         ON n.item = o.item AND n.area_code = o.area_code
      WHERE o.value IS DISTINCT FROM n.value`,
    { old: oldId, new: newId },
  );
  return rows
    .map((r) => ({ item: r.item, areaCode: r.area_code, areaLevel: r.area_level, cell: r.cell ?? '', old: r.old_value, new: r.new_value }))
    // In the form's order (a row per item, a column per area), then by item and area where no cell is known.
    .sort((a, b) => compareAddresses(a.cell, b.cell) || a.item.localeCompare(b.item) || Number(a.areaLevel !== 'province') - Number(b.areaLevel !== 'province') || a.areaCode.localeCompare(b.areaCode));
}

/** How a register row is identified across versions, and what else it says. */
const REGISTERS: Record<string, { table: string; key: string; rest: string }> = {
  'abuse-cases': {
    table: 'abuse_case_rows',
    key: `case_id || '|' || child_id`,
    rest: `to_json([commune_code, detected_on::VARCHAR, sex, age_years::VARCHAR, abuse_forms::VARCHAR, environments::VARCHAR,
                    supported::VARCHAR, ethnicity, perpetrator_relation])::VARCHAR`,
  },
  sanctions: {
    table: 'sanction_rows',
    key: `decision_id || '|' || violator_id`,
    rest: `to_json([decided_on::VARCHAR, commune_code, violator_type, fine_vnd::VARCHAR, related_case_id])::VARCHAR`,
  },
};

interface KeyedRow {
  key: string;
  rest: string;
}

function byKey(rows: KeyedRow[]): Map<string, string> {
  const grouped = new Map<string, string[]>();
  for (const row of rows) grouped.set(row.key, [...(grouped.get(row.key) ?? []), row.rest]);
  return new Map([...grouped].map(([key, rests]) => [key, JSON.stringify(rests.sort())]));
}

/**
 * Rows added, removed and changed between two versions of a register. A row is matched by its
 * record key (case and child, or decision and violator); a key whose other fields differ is changed.
 */
export async function registerChanges(connection: DuckDBConnection, kind: string, oldId: number, newId: number): Promise<RegisterChanges> {
  const spec = REGISTERS[kind];
  if (!spec) return { added: 0, removed: 0, changed: 0 };
  const read = async (id: number) =>
    byKey(await queryRows<KeyedRow>(connection, `SELECT ${spec.key} AS key, ${spec.rest} AS rest FROM ${spec.table} WHERE submission_id = $id`, { id }));
  const before = await read(oldId);
  const after = await read(newId);
  const rowsOf = (rests: string) => (JSON.parse(rests) as string[]).length;
  let added = 0;
  let removed = 0;
  let changed = 0;
  for (const [key, rests] of after) {
    const old = before.get(key);
    if (old === undefined) added += rowsOf(rests);
    else if (old !== rests) changed += 1;
  }
  for (const [key, rests] of before) if (!after.has(key)) removed += rowsOf(rests);
  return { added, removed, changed };
}
