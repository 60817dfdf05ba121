import { afterAll, describe, expect, it, vi } from 'vitest';
import { Tk13Error } from '../../src/core/errors.js';
import { parsePeriod } from '../../src/periods/period.js';
import { assessTimeliness } from '../../src/periods/timeliness.js';
import { hierarchyFor } from '../../src/units/hierarchy.js';
import { calendarWithOverrides, loadScenario } from './scenarios.js';

// The host runs on New York time: 00:00:00+07:00 there is still the previous afternoon.
const previousZone = vi.hoisted(() => {
  const previous = process.env.TZ;
  process.env.TZ = 'America/New_York';
  return previous;
});
afterAll(() => {
  if (previousZone === undefined) delete process.env.TZ;
  else process.env.TZ = previousZone;
});

function assessScenario(name: string, asOf?: Date) {
  const scenario = loadScenario(name);
  const report = assessTimeliness({
    period: parsePeriod(scenario.period),
    provinceCode: scenario.province,
    asOf: asOf ?? scenario.asOf,
    receipts: scenario.receipts,
  });
  return { scenario, report, unit: (code: string) => report.units.find((u) => u.unitCode === code) };
}

describe('timeliness, judged in Vietnam whatever the host zone', () => {
  it('really runs on a host clock far from Vietnam', () => {
    expect(new Date(Date.UTC(2024, 0, 1)).getTimezoneOffset()).toBe(300);
  });

  for (const name of ['kien-giang-2024-h1', 'an-giang-2025-annual']) {
    describe(name, () => {
      const { scenario, report, unit } = assessScenario(name);

      it('gives every listed unit the expected status, days and flags', () => {
        for (const expected of scenario.expected) {
          expect(unit(expected.unitCode), expected.unitCode).toMatchObject(expected);
        }
      });

      it('gives every other expected unit the default status', () => {
        const listed = new Set(scenario.expected.map((e) => e.unitCode));
        const others = report.units.filter((u) => !listed.has(u.unitCode));
        expect(others.length).toBeGreaterThan(0);
        expect(new Set(others.map((u) => u.status))).toEqual(new Set([scenario.otherwise]));
      });

      it('uses the moved deadline for every unit', () => {
        expect(new Set(report.units.map((u) => u.deadline))).toEqual(new Set([scenario.deadline]));
      });

      it('adds up per district and for the province', () => {
        for (const [code, expected] of Object.entries(scenario.summaries)) {
          expect(report.summaries.find((s) => s.unitCode === code), code).toMatchObject(expected);
        }
      });
    });
  }

  it('before July 2025 expects the districts and communes of Kiên Giang', () => {
    const { report } = assessScenario('kien-giang-2024-h1');
    const hierarchy = hierarchyFor('2024');
    expect(report.list).toBe('2024');
    expect(report.provinceName).toBe('Tỉnh Kiên Giang');
    expect(report.units.map((u) => u.unitCode).sort()).toEqual(hierarchy.expectedReporters('91').map((u) => u.code).sort());
    expect(report.units.filter((u) => u.level === 'district')).toHaveLength(15);
    expect(report.units.filter((u) => u.level === 'commune')).toHaveLength(143);
    // Each district heads its own communes.
    expect(report.units.slice(0, 2).map((u) => u.unitCode)).toEqual(['899', '30733']);
    expect(report.units[1].parentCode).toBe('899');
    expect(report.summaries.filter((s) => s.level === 'district')).toHaveLength(15);
  });

  it('from July 2025 expects only the communes of the merged An Giang', () => {
    const { report } = assessScenario('an-giang-2025-annual');
    expect(report.list).toBe('2025');
    expect(report.provinceName).toBe('Tỉnh An Giang');
    expect(report.units).toHaveLength(102);
    expect(report.units.every((u) => u.level === 'commune' && u.parentCode === undefined)).toBe(true);
    expect(report.summaries.map((s) => s.level)).toEqual(['province']);
    expect(report.deadlines).toEqual([
      { level: 'commune', nominal: '2025-11-15', deadline: '2025-11-17' },
      { level: 'sector', nominal: '2025-11-15', deadline: '2025-11-17' },
    ]);
  });

  it('as of a past moment ignores what came later and counts the days left', () => {
    const { unit, report } = assessScenario('an-giang-2025-annual', new Date('2025-11-16T10:00:00+07:00'));
    expect(unit('30307')).toMatchObject({ status: 'on_time', versions: 1 });
    // Its receipt on 17/11 had not arrived yet.
    expect(unit('30292')).toMatchObject({ status: 'pending', daysLeft: 1, versions: 0 });
    expect(unit('30292')?.receivedAt).toBeUndefined();
    expect(report.summaries[0]).toMatchObject({ expected: 102, received: 1, onTime: 1, pending: 101, missing: 0 });
    expect(report.asOf).toBe('2025-11-16T10:00:00+07:00');
  });

  it('is still pending, with 0 days left, during the last day', () => {
    const { unit } = assessScenario('an-giang-2025-annual', new Date('2025-11-17T23:59:59.999+07:00'));
    expect(unit('30313')).toMatchObject({ status: 'pending', daysLeft: 0 });
    const after = assessScenario('an-giang-2025-annual', new Date('2025-11-18T00:00:00+07:00'));
    expect(after.unit('30313')).toMatchObject({ status: 'missing' });
  });

  it('judges a resubmitted unit on its first version even when the as-of moment cuts the correction off', () => {
    const { unit } = assessScenario('kien-giang-2024-h1', new Date('2024-05-24T00:00:00+07:00'));
    expect(unit('30739')).toMatchObject({ status: 'on_time', versions: 1, correctedAfterDeadline: false });
  });

  it('judges the first version in the store\'s numbering (receipt time), not the first submission number', () => {
    const report = assessTimeliness({
      period: parsePeriod('2024-H1'),
      provinceCode: '91',
      asOf: new Date('2024-06-30T00:00:00+07:00'),
      receipts: [
        { unitCode: '30733', kind: 'form', submissionId: 1, version: 2, receivedAt: new Date('2024-05-22T09:00:00+07:00') },
        { unitCode: '30733', kind: 'form', submissionId: 2, version: 1, receivedAt: new Date('2024-05-19T09:00:00+07:00') },
      ],
    });
    expect(report.units.find((u) => u.unitCode === '30733')).toMatchObject({
      status: 'on_time',
      receivedAt: '2024-05-19T09:00:00+07:00',
      versions: 2,
      correctedAfterDeadline: true,
    });
  });

  it('refuses a province code the period’s list does not have', () => {
    const run = () =>
      assessTimeliness({ period: parsePeriod('2025'), provinceCode: '93', asOf: new Date(), receipts: [] });
    expect(run).toThrow(Tk13Error);
    expect(run).toThrow(/province-unknown/);
  });

  it('honours a district-level override and moves a deadline that lands in Tết past the whole break', () => {
    // Districts of province 91 due on 10/02: mùng 1 Tết Giáp Thìn.
    const calendar = calendarWithOverrides(['{ province: "91", level: district, report_type: half-year, deadline: { month: 2, day: 10 } }']);
      const report = assessTimeliness({
        period: parsePeriod('2024-H1'),
        provinceCode: '91',
        asOf: new Date('2024-06-01T00:00:00+07:00'),
        calendar,
        receipts: [
          { unitCode: '899', kind: 'form', submissionId: 1, version: 1, receivedAt: new Date('2024-02-15T23:59:59+07:00') },
          { unitCode: '900', kind: 'form', submissionId: 2, version: 1, receivedAt: new Date('2024-02-16T00:00:00+07:00') },
        ],
      });
      expect(report.deadlines).toEqual([
        { level: 'commune', nominal: '2024-05-20', deadline: '2024-05-20' },
        // Tết Giáp Thìn: days off 08/02–14/02, so the first working day is Thursday 15/02.
        { level: 'district', nominal: '2024-02-10', deadline: '2024-02-15' },
        // The departments keep the report type's deadline: the override names the districts only.
        { level: 'sector', nominal: '2024-05-20', deadline: '2024-05-20' },
      ]);
      const unit = (code: string) => report.units.find((u) => u.unitCode === code);
      expect(unit('899')).toMatchObject({ status: 'on_time', deadline: '2024-02-15', nominalDeadline: '2024-02-10' });
      expect(unit('900')).toMatchObject({ status: 'late', daysLate: 1 });
      expect(unit('30733')).toMatchObject({ status: 'missing', deadline: '2024-05-20' });
  });
});
