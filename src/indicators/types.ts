import type { Diagnostic } from '../core/diagnostics.js';
import type { ListId } from '../units/unit-lists.js';

export type UnitLevelName = 'commune' | 'district' | 'province';

/** One published value (PRODUCT §3.4): indicator × unit × disaggregation. */
export interface IndicatorValue {
  indicator: string;
  unitCode: string;
  unitLevel: UnitLevelName;
  /** `total` or `key=value` pairs joined by `;` in key order. */
  disaggregation: string;
  /** Null for a ratio with a zero denominator. */
  value: number | null;
  /** Ratios only. */
  numerator?: number | null;
  denominator?: number | null;
}

/** A row returned by a metadata check (SQL that returns offending rows). */
export interface CheckFinding {
  indicator: string;
  check: string;
  unitCode?: string;
  /** The offending row, as column=value pairs. */
  detail: string;
}

export interface ComputeResult {
  period: string;
  provinceCode?: string;
  list: ListId;
  window: { start: string; end: string };
  /** Null means everything received. */
  asOf: Date | null;
  values: IndicatorValue[];
  findings: CheckFinding[];
  diagnostics: Diagnostic[];
  /** SHA-256 over every definition file (and the dimension labels), for provenance. */
  definitionsHash: string;
}

/**
 * Metadata of one indicator definition (the YAML block at the top of `indicators/<id>.sql`).
 * Validated with zod in `definition.ts`; this is its parsed shape.
 */
export interface IndicatorMeta {
  id: string;
  /** The circular's annex code where known, e.g. `II-0101`. */
  code: string | null;
  verified: boolean;
  title_vi: string;
  title_en: string;
  /** Unit of measure as shown in reports, e.g. `trẻ em`, `%`, `đồng`. */
  unit: string;
  unit_en: string;
  kind: 'count' | 'sum' | 'ratio';
  /** Dimensions it publishes. */
  dims: string[];
  /** Published combinations of dims; `[]` is the total. */
  disaggregations: string[][];
  frequency: Array<'half-year' | 'annual'>;
  /** Canonical views it reads. */
  source: string[];
  scale: number;
  /** Format preset (`int0`, `vnd0`, `pct2`) mapped to an Excel number format in one place. */
  format: string;
  checks: Array<{ name: string; description_vi: string; description_en: string; detail_vi?: string; detail_en?: string; sql: string }>;
  /** Output columns that identify one row of the SELECT; the engine checks they are unique. */
  grain: string[];
  /** Dims whose column is a list: an entity falls in every category its rows name (categories may sum to more than the total). */
  multi: string[];
  /** What a unit with no contributing rows shows: `zero` (registers: nothing recorded) or `empty` (forms: not reported ≠ 0). */
  no_data: 'zero' | 'empty';
  /** Report section: a `groups` code of the catalogue; none means the closing "other" section. */
  group?: string;
  /** Place within the section (smaller first; ties by id). */
  order: number;
  /** Shown on the report's summary sheet, by area, with a chart. */
  headline: boolean;
  /** How the value is computed, in words, for `indicators show` and the report. */
  description_vi?: string;
  description_en?: string;
  /**
   * Levels it is published at (default all three). `[province]`: its inputs exist only for the
   * province (a department's figure), so no commune or district value is published, not even empty.
   */
  levels: UnitLevelName[];
  /** Where the formula comes from when not from the circular's text (e.g. the statistics office's metadata). */
  definition_source_vi?: string;
  definition_source_en?: string;
  /** Where the inputs come from, in words (which form, which department): `indicators show`, the report. */
  data_from_vi?: string;
  data_from_en?: string;
  /**
   * Ratios only: the numerator is published as a count in its own right ("Số lượng, tỷ lệ …"), under
   * this title and unit; the report prints it as a line of its own, the export has it as `numerator`.
   */
  count?: { title_vi: string; title_en: string; unit: string; unit_en: string };
}

export interface IndicatorDefinition {
  meta: IndicatorMeta;
  /** The SELECT after the metadata comment. */
  sql: string;
  /** Whole file text, for hashing and `indicators show`. */
  text: string;
  file: string;
}
