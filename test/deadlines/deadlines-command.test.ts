import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, afterEach, beforeAll, describe, expect, it, vi } from 'vitest';
import type { CommandContext } from '../../src/cli/context.js';
import type { Output } from '../../src/cli/output.js';
import { deadlinesCommand } from '../../src/commands/deadlines.js';
import { Tk13Error, UsageError } from '../../src/core/errors.js';
import type { Lang } from '../../src/i18n/messages.js';
import type { DeadlineReport } from '../../src/periods/deadline-types.js';
import { parsePeriod } from '../../src/periods/period.js';
import { openStore } from '../../src/store/database.js';
import { loadDeadlineReport, loadReceipts } from '../../src/periods/load-deadline-report.js';
import { hierarchyFor } from '../../src/units/hierarchy.js';
import { loadScenario } from './scenarios.js';
import { insertReceipts, type StoredReceipt } from './store.js';
import { insertSubmission } from '../helpers/store-rows.js';

const previousZone = vi.hoisted(() => {
  const previous = process.env.TZ;
  process.env.TZ = 'America/New_York';
  return previous;
});

const scenario = loadScenario('kien-giang-2024-h1');
const stored: StoredReceipt[] = [
  ...scenario.receipts.map((r) => ({ ...r, period: '2024-H1', provinceCode: '91', list: '2024' as const })),
  // Noise that must not leak in: another period, another province.
  { submissionId: 101, version: 1, unitCode: '30748', kind: 'form', receivedAt: new Date('2024-05-10T09:00:00+07:00'), period: '2024', provinceCode: '91', list: '2024' },
  { submissionId: 102, version: 1, unitCode: '00001', kind: 'form', receivedAt: new Date('2024-05-10T09:00:00+07:00'), period: '2024-H1', provinceCode: '01', list: '2024' },
];

let dir: string;
let db: string;
/** Every commune and district of Kiên Giang on time for 2024-H1; the education department's form is what `withEducation` adds. */
let everyUnitOnTime: string;

const onTimeForm = (unit: { code: string }, i: number): StoredReceipt => ({
  submissionId: 1000 + i,
  version: 1,
  unitCode: unit.code,
  kind: 'form',
  receivedAt: new Date('2024-05-15T09:00:00+07:00'),
  period: '2024-H1',
  provinceCode: '91',
  list: '2024',
});

beforeAll(async () => {
  dir = mkdtempSync(join(tmpdir(), 'tk13-deadlines-'));
  db = join(dir, 'tk13.duckdb');
  const store = await openStore(db);
  try {
    await insertReceipts(store.connection, stored);
  } finally {
    store.close();
  }
  everyUnitOnTime = join(dir, 'every-unit-on-time.duckdb');
  const full = await openStore(everyUnitOnTime);
  try {
    await insertReceipts(full.connection, hierarchyFor('2024').expectedReporters('91').map(onTimeForm));
  } finally {
    full.close();
  }
});

afterEach(() => {
  vi.useRealTimers();
});

afterAll(() => {
  rmSync(dir, { recursive: true, force: true });
  if (previousZone === undefined) delete process.env.TZ;
  else process.env.TZ = previousZone;
});

function capture(json: boolean, lang: Lang = 'vi', database = db) {
  const lines: string[] = [];
  const documents: unknown[] = [];
  const out: Output = {
    lang,
    json,
    line: (text = '') => {
      if (!json) lines.push(text);
    },
    note: () => {},
    document: (value) => documents.push(value),
  };
  const ctx: CommandContext = { db: database, lang, json, debug: false, now: new Date(), out };
  return { ctx, lines, documents };
}

describe('loadDeadlineReport on a store', () => {
  it('reads the departments’ sector forms, stored for the province, version by version', async () => {
    const store = await openStore(':memory:');
    try {
      const form = (received_at: string) => ({ kind: 'sector:education' as const, unit: '91', period: '2025', received_at, rows: [{ item: 'enrolled_nursery', area_code: '30292', value: 5 }] });
      await insertSubmission(store.connection, form('2025-11-14T09:00:00+07:00'));
      await insertSubmission(store.connection, form('2025-11-19T09:00:00+07:00'));
      // Another province's department, and another period: neither counts.
      await insertSubmission(store.connection, { kind: 'sector:statistics', unit: '01', period: '2025', received_at: '2025-11-14T09:00:00+07:00' });
      await insertSubmission(store.connection, { kind: 'sector:statistics', unit: '91', period: '2026', received_at: '2025-11-14T09:00:00+07:00' });
      const report = await loadDeadlineReport(store.connection, { period: parsePeriod('2025'), provinceCode: '91', asOf: new Date('2025-11-20T00:00:00+07:00') });
      expect(report.sectors.map((s) => [s.sectorId, s.status, s.versions, s.correctedAfterDeadline])).toEqual([
        ['education', 'on_time', 2, true],
        ['statistics', 'missing', 0, false],
        ['information', 'missing', 0, false],
      ]);
    } finally {
      store.close();
    }
  });


  it('lists exactly the expected units of the period’s hierarchy: 15 districts and 143 communes of Kiên Giang', async () => {
    const store = await openStore(':memory:');
    try {
      await insertReceipts(store.connection, stored);
      const report = await loadDeadlineReport(store.connection, { period: parsePeriod('2024-H1'), provinceCode: '91', asOf: scenario.asOf });
      const expected = hierarchyFor('2024').expectedReporters('91').map((u) => u.code);
      expect(report.units).toHaveLength(158);
      expect(report.units.map((u) => u.unitCode).sort()).toEqual(expected.sort());
      for (const unit of scenario.expected) expect(report.units.find((u) => u.unitCode === unit.unitCode)).toMatchObject(unit);
      // The annual report's receipt for 30748 belongs to another period.
      expect(report.units.find((u) => u.unitCode === '30748')?.status).toBe('missing');
    } finally {
      store.close();
    }
  });

  it('reads every version with its exact receipt instant, whatever the host zone', async () => {
    const store = await openStore(':memory:');
    try {
      await insertReceipts(store.connection, stored);
      const receipts = await loadReceipts(store.connection, '2024-H1', '91');
      expect(receipts).toHaveLength(scenario.receipts.length);
      expect(receipts.filter((r) => r.unitCode === '30739')).toHaveLength(2);
      expect(receipts.find((r) => r.submissionId === 2)?.receivedAt.toISOString()).toBe('2024-05-20T16:59:59.000Z');
    } finally {
      store.close();
    }
  });
});

describe('tk13 deadlines', () => {
  it('--json prints one document with every expected unit', async () => {
    const { ctx, documents } = capture(true);
    const code = await deadlinesCommand(ctx, { period: '2024-H1', province: '91', asOf: '2024-06-01T12:00:00+07:00' });
    expect(code).toBe(0);
    expect(documents).toHaveLength(1);
    const doc = documents[0] as { period: string; province: string; asOf: string; deadline: string } & Pick<DeadlineReport, 'units' | 'summaries'>;
    expect(doc).toMatchObject({ period: '2024-H1', province: '91', asOf: '2024-06-01T12:00:00+07:00', deadline: '2024-05-20' });
    expect(doc.units).toHaveLength(158);
    expect(doc.summaries.at(-1)).toMatchObject({ level: 'province', expected: 158, received: 5, onTime: 3, late: 2, missing: 153 });
  });

  it('--strict exits 1 when a unit is late or missing, and 0 without it', async () => {
    expect(await deadlinesCommand(capture(true).ctx, { period: '2024-H1', province: '91', asOf: '2024-06-01', strict: true })).toBe(1);
    expect(await deadlinesCommand(capture(true).ctx, { period: '2024-H1', province: '91', asOf: '2024-06-01' })).toBe(0);
  });

  it('answers for now on a frozen clock: before the deadline nobody is late, so --strict passes', async () => {
    vi.useFakeTimers({ toFake: ['Date'] });
    vi.setSystemTime(new Date('2024-05-18T09:00:00+07:00'));
    const { ctx, documents } = capture(true);
    expect(await deadlinesCommand(ctx, { period: '2024-H1', province: '91', strict: true })).toBe(0);
    const doc = documents[0] as { asOf: string } & Pick<DeadlineReport, 'units'>;
    expect(doc.asOf).toBe('2024-05-18T09:00:00+07:00');
    expect(doc.units.find((u) => u.unitCode === '30739')).toMatchObject({ status: 'on_time', versions: 1 });
    expect(doc.units.find((u) => u.unitCode === '30733')).toMatchObject({ status: 'pending', daysLeft: 2 });
  });

  it('--as-of a date alone means the end of that day in Vietnam', async () => {
    const { ctx, documents } = capture(true);
    await deadlinesCommand(ctx, { period: '2024-H1', province: '91', asOf: '2024-05-20' });
    const { units } = documents[0] as Pick<DeadlineReport, 'units'>;
    expect(units.find((u) => u.unitCode === '30733')).toMatchObject({ status: 'on_time' });
    expect(units.find((u) => u.unitCode === '30736')).toMatchObject({ status: 'pending', daysLeft: 0, versions: 0 });
  });

  it('--only late,missing lists only those units and keeps the province totals whole', async () => {
    const { ctx, documents } = capture(true);
    await deadlinesCommand(ctx, { period: '2024-H1', province: '91', asOf: '2024-06-01T12:00:00+07:00', only: 'late,missing' });
    const doc = documents[0] as Pick<DeadlineReport, 'units' | 'summaries'>;
    expect(new Set(doc.units.map((u) => u.status))).toEqual(new Set(['late', 'missing']));
    expect(doc.units.find((u) => u.unitCode === '30736')).toMatchObject({ status: 'late' });
    expect(doc.units.find((u) => u.unitCode === '30733')).toBeUndefined();
    expect(doc.summaries.find((s) => s.level === 'province')).toMatchObject({ expected: 158 });
    await expect(deadlinesCommand(capture(true).ctx, { period: '2024-H1', province: '91', only: 'lat' })).rejects.toMatchObject({ code: 'option-value-invalid' });
  });

  it('prints a table in Vietnamese with statuses, the correction mark and the rates', async () => {
    const { ctx, lines } = capture(false);
    await deadlinesCommand(ctx, { period: '2024-H1', province: '91', asOf: '2024-06-01T12:00:00+07:00' });
    const text = lines.join('\n');
    expect(text).toContain('Tỉnh Kiên Giang (91)');
    expect(lines.find((l) => l.startsWith('30733'))).toMatch(/20\/05\/2024 23:59:59\s+20\/05\/2024\s+Đúng hạn\s+1$/);
    expect(lines.find((l) => l.startsWith('30736'))).toMatch(/21\/05\/2024 00:00:00\s+20\/05\/2024\s+Nộp muộn 1 ngày/);
    expect(lines.find((l) => l.startsWith('30739'))).toMatch(/Đúng hạn\s+2\s+\*$/);
    expect(lines.find((l) => l.startsWith('30745'))).toMatch(/Chưa nộp\s+0$/);
    expect(lines.find((l) => l.startsWith('899 ') && l.includes('%'))).toMatch(/41,67 %\s+25,00 %$/);
    expect(text).toMatch(/TOÀN TỈNH: Tỉnh Kiên Giang\s+158\s+5\s+3\s+2\s+153\s+0\s+3,16 %\s+1,90 %/);
  });

  it('speaks English with --lang en', async () => {
    const { ctx, lines } = capture(false, 'en');
    await deadlinesCommand(ctx, { period: '2024-H1', province: '91', asOf: '2024-05-19T00:00:00+07:00' });
    // 19/05 in Vietnam, though still 18/05 on the New York host.
    expect(lines.find((l) => l.startsWith('30733'))).toMatch(/1 day\(s\) left/);
  });

  it('--json lists the departments expected, with their status and totals apart from the units', async () => {
    const { ctx, documents } = capture(true);
    await deadlinesCommand(ctx, { period: '2024-H1', province: '91', asOf: '2024-06-01T12:00:00+07:00' });
    const doc = documents[0] as Pick<DeadlineReport, 'deadlines' | 'sectors' | 'sectorSummary' | 'summaries'>;
    expect(doc.sectors).toEqual([
      {
        sectorId: 'education',
        sectorName: 'Sở Giáo dục và Đào tạo',
        deadline: '2024-05-20',
        nominalDeadline: '2024-05-20',
        versions: 1,
        receivedAt: '2024-05-21T08:30:00+07:00',
        status: 'late',
        daysLate: 1,
        correctedAfterDeadline: false,
      },
    ]);
    expect(doc.sectorSummary).toEqual({ expected: 1, received: 1, onTime: 0, late: 1, missing: 0, pending: 0, completenessRate: 100, onTimeRate: 0 });
    expect(doc.deadlines.map((d) => d.level)).toEqual(['commune', 'district', 'sector']);
    expect(doc.summaries.at(-1)).toMatchObject({ level: 'province', expected: 158 });
  });

  it('--only filters the departments as it filters the units', async () => {
    const late = capture(true);
    await deadlinesCommand(late.ctx, { period: '2024-H1', province: '91', asOf: '2024-06-01T12:00:00+07:00', only: 'late' });
    expect((late.documents[0] as DeadlineReport).sectors.map((s) => s.sectorId)).toEqual(['education']);
    const missing = capture(true);
    await deadlinesCommand(missing.ctx, { period: '2024-H1', province: '91', asOf: '2024-06-01T12:00:00+07:00', only: 'missing' });
    const doc = missing.documents[0] as DeadlineReport;
    expect(doc.sectors).toEqual([]);
    expect(doc.sectorSummary).toMatchObject({ expected: 1, late: 1 });
  });

  it('prints the departments in their own block by name only (their id is tk13’s, not the reader’s), the units’ other columns and words, and their totals', async () => {
    const { ctx, lines } = capture(false);
    await deadlinesCommand(ctx, { period: '2024-H1', province: '91', asOf: '2024-06-01T12:00:00+07:00' });
    expect(lines).toContain('Sở, ngành: 20/05/2024');
    const block = lines.indexOf('Sở, ngành gửi biểu số liệu:');
    expect(block).toBeGreaterThan(lines.findIndex((l) => l.startsWith('30766')));
    // The columns and words of the units' table, which are the report's status sheet's.
    const columns = 'Tên đơn vị\\s+Thời điểm nhận \\(bản đầu\\)\\s+Hạn nộp\\s+Tình trạng\\s+Số phiên bản\\s+Sửa sau hạn$';
    expect(lines[block + 1]).toMatch(new RegExp(`^${columns}`));
    expect(lines.find((l) => l.startsWith('Mã đơn vị'))).toMatch(new RegExp(`^Mã đơn vị\\s+${columns}`));
    expect(lines[block + 3]).toMatch(/^Sở Giáo dục và Đào tạo\s+21\/05\/2024 08:30:00\s+20\/05\/2024\s+Nộp muộn 1 ngày\s+1$/);
    expect(lines.join('\n')).not.toMatch(/education|statistics|information/);
    expect(lines.find((l) => l.trimStart().startsWith('SỞ, NGÀNH'))).toMatch(/SỞ, NGÀNH GỬI BIỂU SỐ LIỆU\s+1\s+1\s+0\s+1\s+0\s+0\s+100,00 %\s+0,00 %$/);
  });

  it('speaks English about the departments, keeping their Vietnamese names', async () => {
    const { ctx, lines } = capture(false, 'en');
    await deadlinesCommand(ctx, { period: '2024-H1', province: '91', asOf: '2024-05-19T00:00:00+07:00' });
    expect(lines).toContain('Departments: 20/05/2024');
    const block = lines.indexOf('Departments sending a sector form:');
    expect(lines[block + 1]).toMatch(/^Unit name\s+Received/);
    expect(lines[block + 3]).toMatch(/^Sở Giáo dục và Đào tạo\s+20\/05\/2024\s+Not yet due, 1 day\(s\) left\s+0$/);
    expect(lines.find((l) => l.includes('DEPARTMENTS'))).toMatch(/DEPARTMENTS SENDING A SECTOR FORM\s+1\s+0\s+0\s+0\s+0\s+1\s/);
  });

  it('--strict fails on a missing department even when every unit is on time, and passes once it is in', async () => {
    const asOf = '2024-06-01T12:00:00+07:00';
    const json = capture(true, 'vi', everyUnitOnTime);
    expect(await deadlinesCommand(json.ctx, { period: '2024-H1', province: '91', asOf, strict: true })).toBe(1);
    const doc = json.documents[0] as DeadlineReport;
    expect(doc.summaries.at(-1)).toMatchObject({ expected: 158, onTime: 158 });
    expect(doc.sectors).toEqual([expect.objectContaining({ sectorId: 'education', status: 'missing', versions: 0 })]);
    const human = capture(false, 'vi', everyUnitOnTime);
    expect(await deadlinesCommand(human.ctx, { period: '2024-H1', province: '91', asOf, strict: true })).toBe(1);
    expect(human.lines.find((l) => l.startsWith('Sở Giáo dục và Đào tạo'))).toMatch(/^Sở Giáo dục và Đào tạo\s+20\/05\/2024\s+Chưa nộp\s+0$/);

    const store = await openStore(everyUnitOnTime);
    try {
      await insertSubmission(store.connection, { kind: 'sector:education', unit: '91', period: '2024-H1', received_at: '2024-05-20T15:00:00+07:00' });
    } finally {
      store.close();
    }
    expect(await deadlinesCommand(capture(true, 'vi', everyUnitOnTime).ctx, { period: '2024-H1', province: '91', asOf, strict: true })).toBe(0);
  });

  it('asks for --province and refuses one the period’s list does not know', async () => {
    await expect(deadlinesCommand(capture(true).ctx, { period: '2024-H1' })).rejects.toThrow(UsageError);
    await expect(deadlinesCommand(capture(true).ctx, { period: '2024-H1' })).rejects.toThrow(/deadlines-province-required/);
    // Province 93 (Hậu Giang) merged away in July 2025.
    await expect(deadlinesCommand(capture(true).ctx, { period: '2025', province: '93' })).rejects.toThrow(Tk13Error);
    await expect(deadlinesCommand(capture(true).ctx, { period: '2025', province: '93' })).rejects.toThrow(/province-unknown/);
  });
});
