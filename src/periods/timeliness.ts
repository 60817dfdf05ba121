import { hierarchyFor } from '../units/hierarchy.js';
import type { Unit } from '../units/unit-lists.js';
import { type CalendarSpec, defaultCalendar } from './calendar.js';
import { countdownTo, deadlineFor } from './deadline.js';
import type { DeadlineReport, LevelDeadline, TimelinessSummary, UnitTimeliness } from './deadline-types.js';
import { defaultHolidays, type HolidayCalendar } from './holidays.js';
import type { Period } from './period.js';
import { listForPeriod } from './period-list.js';
import { endOfVietnamDay, isoVietnam, vietnamDate } from './vietnam-time.js';
import { daysBetween } from './working-days.js';
import { unknownUnitError } from '../units/find-unit.js';

/** One accepted submission version as the store recorded it. */
export interface Receipt {
  unitCode: string;
  receivedAt: Date;
  submissionId: number;
  /** 1, 2, … in receipt order, as `submission_versions` (migration 0002) numbers it. */
  version: number;
  /** `form` (the mandatory aggregate report), `abuse-cases` or `sanctions`. */
  kind: string;
}

export interface TimelinessInput {
  period: Period;
  provinceCode: string;
  asOf: Date;
  receipts: Receipt[];
  calendar?: CalendarSpec;
  holidays?: HolidayCalendar;
}

type ReportingLevel = LevelDeadline['level'];

/** The province of a period's administrative list, or `province-unknown` (91 means different provinces in 2024 and 2025). */
export function provinceForPeriod(period: Period, provinceCode: string): Unit {
  const province = hierarchyFor(listForPeriod(period)).unit(provinceCode);
  if (province?.level !== 'province') throw unknownUnitError(listForPeriod(period), provinceCode, period.id, 'province');
  return province;
}

/**
 * Form versions of one unit received by `asOf`, in version order (the store's numbering: receipt
 * time, then ingest order). Registers alone never make a unit on time.
 */
function formVersions(receipts: Receipt[], unitCode: string, asOf: Date): Receipt[] {
  return receipts
    .filter((r) => r.unitCode === unitCode && r.kind === 'form' && r.receivedAt.getTime() <= asOf.getTime())
    .sort((a, b) => a.version - b.version);
}

function assessUnit(unit: Unit, due: LevelDeadline, receipts: Receipt[], asOf: Date): UnitTimeliness {
  const versions = formVersions(receipts, unit.code, asOf);
  const closesAt = endOfVietnamDay(due.deadline).getTime();
  const base = {
    unitCode: unit.code,
    unitName: unit.name,
    level: unit.level,
    ...(unit.level === 'commune' && unit.parentCode !== unit.provinceCode ? { parentCode: unit.parentCode } : {}),
    deadline: due.deadline,
    nominalDeadline: due.nominal,
    versions: versions.length,
  };
  const [first, ...corrections] = versions;
  if (!first) {
    const countdown = countdownTo(due.deadline, asOf);
    return countdown.daysLate === undefined
      ? { ...base, status: 'pending', daysLeft: countdown.daysLeft, correctedAfterDeadline: false }
      : { ...base, status: 'missing', correctedAfterDeadline: false };
  }
  // Timeliness is judged on the first accepted version; later ones only raise the correction flag.
  const correctedAfterDeadline = corrections.some((r) => r.receivedAt.getTime() > closesAt);
  const receivedAt = isoVietnam(first.receivedAt);
  if (first.receivedAt.getTime() <= closesAt) return { ...base, receivedAt, status: 'on_time', correctedAfterDeadline };
  return { ...base, receivedAt, status: 'late', daysLate: daysBetween(due.deadline, vietnamDate(first.receivedAt)), correctedAfterDeadline };
}

function rate(part: number, whole: number): number | null {
  return whole === 0 ? null : Math.round((part / whole) * 10_000) / 100;
}

function summarize(level: TimelinessSummary['level'], unit: Unit, units: UnitTimeliness[]): TimelinessSummary {
  const count = (status: UnitTimeliness['status']) => units.filter((u) => u.status === status).length;
  const onTime = count('on_time');
  const late = count('late');
  return {
    level,
    unitCode: unit.code,
    unitName: unit.name,
    expected: units.length,
    received: onTime + late,
    onTime,
    late,
    missing: count('missing'),
    pending: count('pending'),
    completenessRate: rate(onTime + late, units.length),
    onTimeRate: rate(onTime, units.length),
  };
}

/**
 * Who is on time, late, missing or still has time, for every unit a province must hear from in a
 * period (PRODUCT §5): its communes and, on the 2024 list, its districts. Only what was received by
 * `asOf` counts, and every day boundary is Vietnam's (UTC+7) whatever the host's zone.
 */
export function assessTimeliness(input: TimelinessInput): DeadlineReport {
  const { period, provinceCode, asOf, receipts } = input;
  const calendar = input.calendar ?? defaultCalendar();
  const holidays = input.holidays ?? defaultHolidays();
  const province = provinceForPeriod(period, provinceCode);
  const hierarchy = hierarchyFor(listForPeriod(period));
  const districts = hierarchy.districts(provinceCode);

  const levels: ReportingLevel[] = districts.length > 0 ? ['commune', 'district'] : ['commune'];
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

  return {
    period: period.id,
    provinceCode,
    provinceName: province.name,
    list: hierarchy.list,
    asOf: isoVietnam(asOf),
    deadlines,
    units,
    summaries,
  };
}
