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
