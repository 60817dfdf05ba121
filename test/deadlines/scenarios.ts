import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parse as parseCsv } from 'csv-parse/sync';
import { parse as parseYaml } from 'yaml';
import type { TimelinessCounts, TimelinessStatus, TimelinessSummary } from '../../src/periods/deadline-types.js';
import type { Receipt } from '../../src/periods/timeliness.js';
import { loadCalendar } from '../../src/periods/calendar-file.js';

/**
 * A folder under fixtures/deadlines/: the question (scenario.yaml), what arrived (receipts.csv), the
 * answer for units (expected.csv) and for the departments' sector forms (expected-sectors.csv).
 */
export interface Scenario {
  description: string;
  period: string;
  province: string;
  asOf: Date;
  deadline: string;
  /** Status of every expected unit not listed in expected.csv. */
  otherwise: TimelinessStatus;
  summaries: Record<string, Partial<TimelinessSummary>>;
  /** The departments' totals. */
  sectorSummary: Partial<TimelinessCounts>;
  receipts: Receipt[];
  expected: ExpectedUnit[];
  /** Every department the period expects, in the order the report lists them. */
  expectedSectors: ExpectedSector[];
}

interface ExpectedTimeliness {
  status: TimelinessStatus;
  receivedAt?: string;
  daysLate?: number;
  daysLeft?: number;
  versions: number;
  correctedAfterDeadline: boolean;
}

export interface ExpectedUnit extends ExpectedTimeliness {
  unitCode: string;
}

export interface ExpectedSector extends ExpectedTimeliness {
  sectorId: string;
}

const fixtures = fileURLToPath(new URL('../../fixtures/deadlines', import.meta.url));

function csv(name: string, file: string): Record<string, string>[] {
  const path = resolve(fixtures, name, file);
  return existsSync(path) ? parseCsv(readFileSync(path, 'utf8'), { columns: true, skip_empty_lines: true }) : [];
}

const optionalNumber = (text: string) => (text === '' ? undefined : Number(text));

function expectedTimeliness(r: Record<string, string>): ExpectedTimeliness {
  return {
    status: r.status as TimelinessStatus,
    ...(r.received_at ? { receivedAt: r.received_at } : {}),
    ...(optionalNumber(r.days_late) !== undefined ? { daysLate: optionalNumber(r.days_late) } : {}),
    ...(optionalNumber(r.days_left) !== undefined ? { daysLeft: optionalNumber(r.days_left) } : {}),
    versions: Number(r.versions),
    correctedAfterDeadline: r.corrected_after_deadline === 'true',
  };
}

export function loadScenario(name: string): Scenario {
  const spec = parseYaml(readFileSync(resolve(fixtures, name, 'scenario.yaml'), 'utf8'));
  return {
    description: spec.description,
    period: String(spec.period),
    province: String(spec.province),
    asOf: new Date(spec.as_of),
    deadline: spec.deadline,
    otherwise: spec.otherwise,
    summaries: spec.summaries,
    sectorSummary: spec.sector_summary ?? {},
    receipts: csv(name, 'receipts.csv').map((r) => ({
      submissionId: Number(r.submission_id),
      unitCode: r.unit_code,
      kind: r.kind,
      version: Number(r.version),
      // Offsets are written out in the file, so the host zone plays no part in reading them.
      receivedAt: new Date(r.received_at),
    })),
    expected: csv(name, 'expected.csv').map((r) => ({ unitCode: r.unit_code, ...expectedTimeliness(r) })),
    expectedSectors: csv(name, 'expected-sectors.csv').map((r) => ({ sectorId: r.sector_id, ...expectedTimeliness(r) })),
  };
}

/** The bundled report types with the given `overrides:` lines (YAML flow mappings), loaded as a calendar file is. */
export function calendarWithOverrides(overrides: readonly string[]) {
  const dir = mkdtempSync(join(tmpdir(), 'tk13-calendar-'));
  try {
    const path = join(dir, 'calendar.yaml');
    writeFileSync(
      path,
      [
        'report_types:',
        '  half-year: { window: { start: { month: 11, day: 15, year_offset: -1 }, end: { month: 5, day: 14 } }, deadline: { month: 5, day: 20 } }',
        '  annual: { window: { start: { month: 11, day: 15, year_offset: -1 }, end: { month: 11, day: 14 } }, deadline: { month: 11, day: 15 } }',
        'overrides:',
        ...overrides.map((o) => `  - ${o}`),
      ].join('\n'),
    );
    return loadCalendar(path);
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}
