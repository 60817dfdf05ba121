import { afterAll, describe, expect, it, vi } from 'vitest';
import { deadlineCountdown } from '../../src/periods/deadline.js';
import { parsePeriod } from '../../src/periods/period.js';
import { assessTimeliness, type Receipt } from '../../src/periods/timeliness.js';
import { sectorFormSpec } from '../../src/sector-forms/spec.js';
import { calendarWithOverrides, loadScenario } from './scenarios.js';

// The host runs on Los Angeles time: midnight in Vietnam is the previous morning there.
const previousZone = vi.hoisted(() => {
  const previous = process.env.TZ;
  process.env.TZ = 'America/Los_Angeles';
  return previous;
});
afterAll(() => {
  if (previousZone === undefined) delete process.env.TZ;
  else process.env.TZ = previousZone;
});

function assessScenario(name: string, options: { asOf?: Date; calendarYaml?: string[] } = {}) {
  const scenario = loadScenario(name);
  const report = assessTimeliness({
    period: parsePeriod(scenario.period),
    provinceCode: scenario.province,
    asOf: options.asOf ?? scenario.asOf,
    receipts: scenario.receipts,
    ...(options.calendarYaml ? { calendar: calendarWithOverrides(options.calendarYaml) } : {}),
  });
  return { scenario, report, sector: (id: string) => report.sectors.find((s) => s.sectorId === id) };
}

describe('the departments’ sector forms, judged as a commune’s form is', () => {
  it('really runs on a host clock behind Vietnam', () => {
    expect(new Date(Date.UTC(2025, 10, 1)).getTimezoneOffset()).toBe(420);
  });

  for (const name of ['kien-giang-2024-h1', 'an-giang-2025-annual']) {
    describe(name, () => {
      const { scenario, report, sector } = assessScenario(name);

      it('expects exactly the departments with an item due that period, in the file’s order', () => {
        expect(report.sectors.map((s) => s.sectorId)).toEqual(scenario.expectedSectors.map((s) => s.sectorId));
      });

      it('gives each department the expected status, days and flags', () => {
        for (const expected of scenario.expectedSectors) expect(sector(expected.sectorId), expected.sectorId).toMatchObject(expected);
      });

      it('names each department as templates/sector-forms.yaml does and holds it to the moved deadline', () => {
        const names = new Map(sectorFormSpec().sectors.map((s) => [s.id, s.name]));
        for (const s of report.sectors) expect(s.sectorName).toBe(names.get(s.sectorId));
        expect(new Set(report.sectors.map((s) => s.deadline))).toEqual(new Set([scenario.deadline]));
        expect(report.deadlines.at(-1)).toMatchObject({ level: 'sector', deadline: scenario.deadline });
      });

      it('adds the departments up apart from the units', () => {
        expect(report.sectorSummary).toMatchObject(scenario.sectorSummary);
        // The province's unit totals count communes and districts only.
        expect(report.summaries.find((s) => s.level === 'province')?.expected).toBe(report.units.length);
      });
    });
  }

  it('half-year expects only education; annual expects all three', () => {
    expect(assessScenario('kien-giang-2024-h1').report.sectors.map((s) => s.sectorId)).toEqual(['education']);
    expect(assessScenario('an-giang-2025-annual').report.sectors.map((s) => s.sectorId)).toEqual(['education', 'statistics', 'information']);
  });

  it('before the deadline a department with nothing in is pending with the days left, and a later correction is not seen yet', () => {
    const { sector, report } = assessScenario('an-giang-2025-annual', { asOf: new Date('2025-11-16T10:00:00+07:00') });
    expect(sector('education')).toMatchObject({ status: 'on_time', versions: 1, correctedAfterDeadline: false });
    expect(sector('statistics')).toMatchObject({ status: 'pending', daysLeft: 1, versions: 0 });
    expect(sector('information')).toMatchObject({ status: 'pending', daysLeft: 1, versions: 0 });
    expect(sector('information')?.receivedAt).toBeUndefined();
    expect(report.sectorSummary).toMatchObject({ expected: 3, received: 1, onTime: 1, pending: 2, missing: 0 });
  });

  it('is pending with 0 days left during the last day of the moved deadline, missing from the next second', () => {
    expect(assessScenario('an-giang-2025-annual', { asOf: new Date('2025-11-17T23:59:59.999+07:00') }).sector('information')).toMatchObject({ status: 'pending', daysLeft: 0 });
    expect(assessScenario('an-giang-2025-annual', { asOf: new Date('2025-11-18T00:00:00+07:00') }).sector('information')).toMatchObject({ status: 'missing' });
  });

  it('counts only sector forms sent for the province: a register of the province or a commune’s file of that kind does not', () => {
    const stray: Receipt[] = [
      { unitCode: '91', kind: 'abuse-cases', submissionId: 1, version: 1, receivedAt: new Date('2025-11-10T09:00:00+07:00') },
      { unitCode: '30292', kind: 'sector:information', submissionId: 2, version: 1, receivedAt: new Date('2025-11-10T09:00:00+07:00') },
    ];
    const report = assessTimeliness({ period: parsePeriod('2025'), provinceCode: '91', asOf: new Date('2025-11-20T00:00:00+07:00'), receipts: stray });
    expect(report.sectors.map((s) => s.status)).toEqual(['missing', 'missing', 'missing']);
  });

  it('honours a calendar override of level `sector`, moved off a Sunday, leaving the communes’ deadline alone', () => {
    // 30/11/2025 is a Sunday: the departments' deadline moves to Monday 01/12.
    const { report, sector } = assessScenario('an-giang-2025-annual', {
      calendarYaml: ['{ province: "91", level: sector, report_type: annual, deadline: { month: 11, day: 30 } }'],
    });
    expect(report.deadlines).toEqual([
      { level: 'commune', nominal: '2025-11-15', deadline: '2025-11-17' },
      { level: 'sector', nominal: '2025-11-30', deadline: '2025-12-01' },
    ]);
    expect(sector('statistics')).toMatchObject({ status: 'on_time', deadline: '2025-12-01', nominalDeadline: '2025-11-30' });
    expect(sector('education')).toMatchObject({ status: 'on_time', correctedAfterDeadline: false });
    expect(sector('information')).toMatchObject({ status: 'pending', daysLeft: 11 });
    expect(report.units.find((u) => u.unitCode === '30301')).toMatchObject({ status: 'late', deadline: '2025-11-17' });
  });

  it('moves a departments’ deadline on a public holiday past the days off, and lets the level override win over a province-wide one', () => {
    // 30/04 and 01/05/2024 are public holidays: the first working day is Thursday 02/05.
    const calendarYaml = [
      '{ province: "91", report_type: half-year, deadline: { month: 5, day: 10 } }',
      '{ province: "91", level: sector, report_type: half-year, deadline: { month: 4, day: 30 } }',
    ];
    const receipts: Receipt[] = [{ unitCode: '91', kind: 'sector:education', submissionId: 1, version: 1, receivedAt: new Date('2024-05-03T08:00:00+07:00') }];
    const report = assessTimeliness({ period: parsePeriod('2024-H1'), provinceCode: '91', asOf: new Date('2024-06-01T00:00:00+07:00'), receipts, calendar: calendarWithOverrides(calendarYaml) });
    expect(report.deadlines.find((d) => d.level === 'sector')).toEqual({ level: 'sector', nominal: '2024-04-30', deadline: '2024-05-02' });
    expect(report.deadlines.find((d) => d.level === 'commune')).toEqual({ level: 'commune', nominal: '2024-05-10', deadline: '2024-05-10' });
    expect(report.sectors).toEqual([expect.objectContaining({ sectorId: 'education', status: 'late', daysLate: 1 })]);
  });

  it('a province-wide override applies to the departments too', () => {
    const { report } = assessScenario('an-giang-2025-annual', { calendarYaml: ['{ province: "91", report_type: annual, deadline: { month: 11, day: 20 } }'] });
    expect(new Set(report.deadlines.map((d) => d.deadline))).toEqual(new Set(['2025-11-20']));
  });

  it('expects a department a province adds to its sector form file, with no code', () => {
    const bundled = sectorFormSpec();
    const sectorForms = {
      ...bundled,
      sectors: [...bundled.sectors, { id: 'health', name: 'Sở Y tế', items: ['births_at_health_stations'] }],
      items: [...bundled.items, { id: 'births_at_health_stations', code: '05', label: 'Số trẻ sinh ra tại trạm y tế', unit: 'người', areas: 'province' as const, frequency: ['half-year' as const] }],
    };
    const receipts: Receipt[] = [{ unitCode: '91', kind: 'sector:health', submissionId: 1, version: 1, receivedAt: new Date('2024-05-20T16:00:00+07:00') }];
    const report = assessTimeliness({ period: parsePeriod('2024-H1'), provinceCode: '91', asOf: new Date('2024-06-01T00:00:00+07:00'), receipts, sectorForms });
    expect(report.sectors.map((s) => [s.sectorId, s.sectorName, s.status])).toEqual([
      ['education', 'Sở Giáo dục và Đào tạo', 'missing'],
      ['health', 'Sở Y tế', 'on_time'],
    ]);
  });

  it('validate counts a sector form’s days against the departments’ deadline', () => {
    const calendar = calendarWithOverrides(['{ province: "91", level: sector, report_type: annual, deadline: { month: 11, day: 30 } }']);
    const asOf = new Date('2025-11-20T10:00:00+07:00');
    expect(deadlineCountdown(parsePeriod('2025'), '91', asOf, { kind: 'sector:statistics', calendar })).toEqual({ deadline: '2025-12-01', daysLeft: 11 });
    expect(deadlineCountdown(parsePeriod('2025'), '30292', asOf, { kind: 'form', calendar })).toEqual({ deadline: '2025-11-17', daysLate: 3 });
  });
});
