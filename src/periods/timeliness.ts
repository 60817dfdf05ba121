import { hierarchyFor } from '../units/hierarchy.js';
import type { Unit } from '../units/unit-lists.js';
import { type CalendarSpec, defaultCalendar } from './calendar.js';
import { countdownTo, deadlineFor } from './deadline.js';
import type {
  DeadlineReport,
  LevelDeadline,
  ReportingLevel,
  SectorTimeliness,
  Timeliness,
  TimelinessCounts,
  TimelinessSummary,
  UnitTimeliness,
} from './deadline-types.js';
import { defaultHolidays, type HolidayCalendar } from './holidays.js';
import type { Period } from './period.js';
import { listForPeriod } from './period-list.js';
import { endOfVietnamDay, isoVietnam, vietnamDate } from './vietnam-time.js';
import { daysBetween } from './working-days.js';
import { unknownUnitError } from '../units/find-unit.js';
import { sectorFormSpec, type SectorFormSpec, type SectorSpec, sectorsDue } from '../sector-forms/spec.js';
import { sectorKind } from '../submissions/types.js';

/** One accepted submission version as the store recorded it. */
export interface Receipt {
  unitCode: string;
  receivedAt: Date;
  submissionId: number;
  /** 1, 2, … in receipt order, as `submission_versions` (migration 0002) numbers it. */
  version: number;
  /** `form` (the mandatory aggregate report), `abuse-cases`, `sanctions` or a department's `sector:<id>`. */
  kind: string;
}

export interface TimelinessInput {
  period: Period;
  provinceCode: string;
  asOf: Date;
  receipts: Receipt[];
  calendar?: CalendarSpec;
  holidays?: HolidayCalendar;
  /** Which department supplies what (templates/sector-forms.yaml unless given). */
  sectorForms?: SectorFormSpec;
}

/** The province of a period's administrative list, or `province-unknown` (91 means different provinces in 2024 and 2025). */
export function provinceForPeriod(period: Period, provinceCode: string): Unit {
  const province = hierarchyFor(listForPeriod(period)).unit(provinceCode);
  if (province?.level !== 'province') throw unknownUnitError(listForPeriod(period), provinceCode, period.id, 'province');
  return province;
}

/**
 * The versions of one expected report received by `asOf`, in version order (the store's numbering:
 * receipt time, then ingest order): a unit's forms (`kind` `form`; registers alone never make a unit
 * on time) or a department's sector forms (`sector:<id>`, whose unit is the province).
 */
function versionsOf(receipts: Receipt[], unitCode: string, kind: string, asOf: Date): Receipt[] {
  return receipts
    .filter((r) => r.unitCode === unitCode && r.kind === kind && r.receivedAt.getTime() <= asOf.getTime())
    .sort((a, b) => a.version - b.version);
}

/**
 * The one definition of timeliness (PRODUCT §5), for a unit's form and a department's sector form
 * alike: the first accepted version judges on time or late (whole Vietnamese days after the moved
 * deadline); later versions received after the deadline only raise the correction flag; with nothing
 * received, pending (days left) until the deadline's last second, missing after it.
 */
function judgeVersions(versions: Receipt[], due: LevelDeadline, asOf: Date): Timeliness {
  const base = { deadline: due.deadline, nominalDeadline: due.nominal, versions: versions.length };
  const [first, ...corrections] = versions;
  if (!first) {
    const countdown = countdownTo(due.deadline, asOf);
    return countdown.daysLate === undefined
      ? { ...base, status: 'pending', daysLeft: countdown.daysLeft, correctedAfterDeadline: false }
      : { ...base, status: 'missing', correctedAfterDeadline: false };
  }
  const closesAt = endOfVietnamDay(due.deadline).getTime();
  const correctedAfterDeadline = corrections.some((r) => r.receivedAt.getTime() > closesAt);
  const receivedAt = isoVietnam(first.receivedAt);
  if (first.receivedAt.getTime() <= closesAt) return { ...base, receivedAt, status: 'on_time', correctedAfterDeadline };
  return { ...base, receivedAt, status: 'late', daysLate: daysBetween(due.deadline, vietnamDate(first.receivedAt)), correctedAfterDeadline };
}

function assessUnit(unit: Unit, due: LevelDeadline, receipts: Receipt[], asOf: Date): UnitTimeliness {
  return {
    unitCode: unit.code,
    unitName: unit.name,
    level: unit.level,
    ...(unit.level === 'commune' && unit.parentCode !== unit.provinceCode ? { parentCode: unit.parentCode } : {}),
    ...judgeVersions(versionsOf(receipts, unit.code, 'form', asOf), due, asOf),
  };
}

function assessSector(sector: SectorSpec, provinceCode: string, due: LevelDeadline, receipts: Receipt[], asOf: Date): SectorTimeliness {
  const versions = versionsOf(receipts, provinceCode, sectorKind(sector.id), asOf);
  return { sectorId: sector.id, sectorName: sector.name, ...judgeVersions(versions, due, asOf) };
}

function rate(part: number, whole: number): number | null {
  return whole === 0 ? null : Math.round((part / whole) * 10_000) / 100;
}

function countStatuses(reports: readonly Timeliness[]): TimelinessCounts {
  const count = (status: Timeliness['status']) => reports.filter((r) => r.status === status).length;
  const onTime = count('on_time');
  const late = count('late');
  return {
    expected: reports.length,
    received: onTime + late,
    onTime,
    late,
    missing: count('missing'),
    pending: count('pending'),
    completenessRate: rate(onTime + late, reports.length),
    onTimeRate: rate(onTime, reports.length),
  };
}

function summarize(level: TimelinessSummary['level'], unit: Unit, units: UnitTimeliness[]): TimelinessSummary {
  return { level, unitCode: unit.code, unitName: unit.name, ...countStatuses(units) };
}

/**
 * Who is on time, late, missing or still has time, for every unit a province must hear from in a
 * period (PRODUCT §5): its communes and, on the 2024 list, its districts; and every department with
 * an item due that period (issue 15), judged by the same rule against the `sector` deadline. Only
 * what was received by `asOf` counts, and every day boundary is Vietnam's (UTC+7) whatever the
 * host's zone.
 */
export function assessTimeliness(input: TimelinessInput): DeadlineReport {
  const { period, provinceCode, asOf, receipts } = input;
  const calendar = input.calendar ?? defaultCalendar();
  const holidays = input.holidays ?? defaultHolidays();
  const province = provinceForPeriod(period, provinceCode);
  const hierarchy = hierarchyFor(listForPeriod(period));
  const districts = hierarchy.districts(provinceCode);

  const sectors = sectorsDue(input.sectorForms ?? sectorFormSpec(), period.type);
  const levels: ReportingLevel[] = [
    'commune',
    ...(districts.length > 0 ? (['district'] as const) : []),
    ...(sectors.length > 0 ? (['sector'] as const) : []),
  ];
  const deadlines = levels.map((level) => ({ level, ...deadlineFor(period, { provinceCode, level }, calendar, holidays) }));
  const dueFor = (level: ReportingLevel) => deadlines.find((d) => d.level === level) as LevelDeadline;
  const assess = (unit: Unit) => assessUnit(unit, dueFor(unit.level === 'district' ? 'district' : 'commune'), receipts, asOf);

  // Each district followed by its communes reads like the province's own list; without districts, communes in code order.
  const groups = districts.length > 0
    ? districts.map((district) => ({ district, units: [district, ...hierarchy.communesUnder(district.code)].map(assess) }))
    : [{ district: undefined, units: hierarchy.communesUnder(provinceCode).map(assess) }];
  const units = groups.flatMap((g) => g.units);
  const summaries = groups.flatMap((g) => (g.district ? [summarize('district', g.district, g.units)] : []));
  summaries.push(summarize('province', province, units));
  const sectorReports = sectors.map((sector) => assessSector(sector, provinceCode, dueFor('sector'), receipts, asOf));

  return {
    period: period.id,
    provinceCode,
    provinceName: province.name,
    list: hierarchy.list,
    asOf: isoVietnam(asOf),
    deadlines,
    units,
    summaries,
    sectors: sectorReports,
    sectorSummary: countStatuses(sectorReports),
  };
}
