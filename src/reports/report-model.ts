import type { Severity } from '../core/diagnostics.js';
import type { CheckFinding, IndicatorMeta, IndicatorValue } from '../indicators/types.js';
import type { DeadlineReport, ReportingLevel } from '../periods/deadline-types.js';
import type { ListId } from '../units/unit-lists.js';

/**
 * Everything the province workbook shows, as plain data. The renderer turns it into bytes and
 * nothing else, so the same model always gives the same file and `verify` can rebuild it.
 */
export interface ReportModel {
  province: { code: string; name: string; list: ListId };
  period: {
    id: string;
    type: 'half-year' | 'annual';
    /** Inclusive local dates, yyyy-mm-dd. */
    window: { start: string; end: string };
    /** The (moved) deadline of each expected level (communes, districts, departments), yyyy-mm-dd. */
    deadlines: Array<{ level: ReportingLevel; deadline: string }>;
  };
  /** ISO-8601 with +07:00, whole seconds: only what was received by then is in the report. */
  asOf: string;
  generatedBy: { tool: 'tk13'; version: string };
  /** The columns of the indicator tables: the province, then its districts (2024 list) or communes. */
  areas: ReportArea[];
  indicators: IndicatorMeta[];
  /** Indicators not computed for this type of period (the annual-only ones in a half-year report): the notes sheet and cover say so. */
  notDue: IndicatorMeta[];
  values: IndicatorValue[];
  findings: CheckFinding[];
  deadlines: DeadlineReport;
  warnings: AcceptedWarning[];
  provenance: Provenance;
}

export interface ReportArea {
  code: string;
  name: string;
  level: 'province' | 'district' | 'commune';
}

/** A warning stored with a submission that is current at the as-of moment. */
export interface AcceptedWarning {
  fileName: string;
  unitCode: string;
  kind: string;
  code: string;
  severity: Severity;
  sheet?: string;
  cell?: string;
  line?: number;
  column?: string;
  item?: string;
  found?: string;
  expected?: string;
  params?: Record<string, string | number>;
}

/** One input file a report was computed from: the current version of its unit, period and kind. */
export interface InputFile {
  fileName: string;
  unitCode: string;
  /** The unit's name; for a sector form, the department that sent it for the province. */
  unitName: string;
  kind: string;
  /** 1 for the first version received for that unit, period and kind. */
  version: number;
  sha256: string;
  /** ISO-8601 with +07:00. */
  receivedAt: string;
  rowCount: number;
}

export interface Provenance {
  inputs: InputFile[];
  definitionsHash: string;
  calendarHash: string;
}

/** The report's own identity, written to and read back from the provenance sheet. */
export interface ReportIdentity {
  format: string;
  period: string;
  province: string;
  asOf: string;
  lang: 'vi' | 'en';
  tk13Version: string;
  definitionsHash: string;
  calendarHash: string;
  unitList: string;
}

/** Written in the provenance sheet so `verify` can tell a tk13 report from any other workbook. */
export const REPORT_FORMAT = 'tk13-province-report/1';
