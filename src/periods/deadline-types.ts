import type { ListId, UnitLevel } from '../units/unit-lists.js';

export type TimelinessStatus = 'on_time' | 'late' | 'missing' | 'pending';

/** Timeliness of one expected unit for one period (PRODUCT §5). */
export interface UnitTimeliness {
  unitCode: string;
  unitName: string;
  level: UnitLevel;
  /** District of a commune (2024 list), for per-district totals. */
  parentCode?: string;
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

/** Totals for a district (the district itself and its communes) or the whole province. */
export interface TimelinessSummary {
  level: 'district' | 'province';
  unitCode: string;
  unitName: string;
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

/** The deadline that applies to one level of expected units (levels may differ by calendar override). */
export interface LevelDeadline {
  level: 'commune' | 'district';
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
  /** One entry per level expected in this period: communes, then districts (2024 list only). */
  deadlines: LevelDeadline[];
  units: UnitTimeliness[];
  summaries: TimelinessSummary[];
}
