import type { DuckDBConnection } from '@duckdb/node-api';
import { unitReference } from '../units/unit-lists.js';

/** Loads both administrative lists and the old→new mapping (PRODUCT §7) into the store. */
export async function loadReferenceData(connection: DuckDBConnection): Promise<void> {
  const reference = unitReference();
  for (const list of Object.values(reference.lists)) {
    await connection.run('INSERT INTO unit_lists VALUES ($id, $from::DATE, $to::DATE, $source)', {
      id: list.id,
      from: list.validFrom,
      to: list.validTo ?? null,
      source: `data/dvhc/units-${list.id}.csv`,
    });
  }
  const units = await connection.createAppender('units');
  try {
    for (const list of Object.values(reference.lists)) {
      for (const unit of list.units.values()) {
        units.appendVarchar(list.id);
        units.appendVarchar(unit.code);
        units.appendVarchar(unit.level);
        units.appendVarchar(unit.name);
        if (unit.parentCode) units.appendVarchar(unit.parentCode);
        else units.appendNull();
        units.appendVarchar(unit.provinceCode);
        units.endRow();
      }
    }
    units.flushSync();
  } finally {
    units.closeSync();
  }
  const merges = await connection.createAppender('commune_merges');
  try {
    for (const merge of reference.merges) {
      merges.appendVarchar(merge.oldCode);
      merges.appendVarchar(merge.newCode);
      merges.appendVarchar(merge.mergeType);
      merges.endRow();
    }
    merges.flushSync();
  } finally {
    merges.closeSync();
  }
}
