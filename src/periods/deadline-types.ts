import type { ListId, UnitLevel } from '../units/unit-lists.js';

export type TimelinessStatus = 'on_time' | 'late' | 'missing' | 'pending';

/** Whose deadline: the communes', the districts' (2024 list) or the province departments' sector forms. */
export type ReportingLevel = 'commune' | 'district' | 'sector';

/**
 * How one expected report stands against its deadline (PRODUCT §5): the same judgement for a unit's
 * form and a department's sector form (`judgeVersions` in timeliness.ts).
 */
export interface Timeliness {
  /** First accepted version's receipt (ISO, +07:00), if any by the as-of moment. */
  receivedAt?: string;
  /** The moved deadline (yyyy-mm-dd) and the calendar's nominal one. */
  deadline: string;
  nominalDeadline: string;
  status: TimelinessStatus;
  daysLate?: number;
  daysLeft?: number;
  versions: number;
  /** A version received after the deadline that corrects an earlier one. */
  correctedAfterDeadline: boolean;
}

/** Timeliness of one expected unit for one period (PRODUCT §5). */
export interface UnitTimeliness extends Timeliness {
  unitCode: string;
  unitName: string;
  level: UnitLevel;
  /** District of a commune (2024 list), for per-district totals. */
  parentCode?: string;
}

/**
 * Timeliness of one province department's sector form (issue 15): a submission of kind
 * `sector:<sectorId>` whose unit is the province, expected when the department has an item due in
 * the period (templates/sector-forms.yaml).
 */
export interface SectorTimeliness extends Timeliness {
  sectorId: string;
  /** The department's name as templates/sector-forms.yaml writes it (Vietnamese). */
  sectorName: string;
}

/** How many of a set of expected reports are in, on time, late, missing or not yet due. */
export interface TimelinessCounts {
  expected: number;
  received: number;
  onTime: number;
  late: number;
  missing: number;
  pending: number;
  /** received / expected × 100, 2 decimals. */
  completenessRate: number | null;
  /** onTime / expected × 100, 2 decimals. */
  onTimeRate: number | null;
}

/** Totals for a district (the district itself and its communes) or the whole province. */
export interface TimelinessSummary extends TimelinessCounts {
  level: 'district' | 'province';
  unitCode: string;
  unitName: string;
}

/** The deadline that applies to one level of expected reports (levels may differ by calendar override). */
export interface LevelDeadline {
  level: ReportingLevel;
  nominal: string;
  deadline: string;
}

export interface DeadlineReport {
  period: string;
  provinceCode: string;
  provinceName: string;
  list: ListId;
  /** ISO with +07:00. */
  asOf: string;
  /**
   * One entry per level expected in this period: communes, then districts (2024 list only), then
   * the departments' sector forms when any department is expected.
   */
  deadlines: LevelDeadline[];
  units: UnitTimeliness[];
  summaries: TimelinessSummary[];
  /** The departments expected to send a sector form this period, in the order of templates/sector-forms.yaml. */
  sectors: SectorTimeliness[];
  /** Their totals, apart from the units' so the units' rates keep their meaning. */
  sectorSummary: TimelinessCounts;
}
