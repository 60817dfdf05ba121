import type { DuckDBConnection } from '@duckdb/node-api';
import { computeProvince, type ProvinceCompute } from '../indicators/compute-provinces.js';
import type { Period } from '../periods/period.js';
import { listForPeriod } from '../periods/period-list.js';
import { provinceForPeriod } from '../periods/timeliness.js';
import { reconcileDistrictForms } from './district-reconciliation.js';
import { loadDeadlineReport } from '../periods/load-deadline-report.js';
import { hierarchyFor } from '../units/hierarchy.js';
import { calendarHash } from './calendar-hash.js';
import { loadAcceptedWarnings, loadInputFiles } from './report-inputs.js';
import type { ReportArea, ReportModel } from './report-model.js';
import { isoInstant } from './report-wording.js';
import { toolVersion } from './tool-version.js';

export interface ReportRequest {
  period: Period;
  provinceCode: string;
  /** Only submissions received by this moment are used, in the versions current then. */
  asOf: Date;
}

/** The province, then its districts (2024 list) or, where there are none, its communes. */
function reportAreas(period: Period, provinceCode: string): ReportArea[] {
  const hierarchy = hierarchyFor(listForPeriod(period));
  const province = provinceForPeriod(period, provinceCode);
  const districts = hierarchy.districts(provinceCode);
  const below = districts.length > 0 ? districts : hierarchy.communesUnder(provinceCode);
  return [province, ...below].map((u) => ({ code: u.code, name: u.name, level: u.level }));
}

/**
 * Assembles everything the province report shows, reading the store only. The same database and
 * as-of give the same model, which is what makes `report --as-of` reproducible and `verify` possible.
 * `computed` is the province's compute when the caller already has it (several provinces at once);
 * otherwise it comes by the one path (`computeProvince`: stored values when they still hold).
 */
export async function buildReportModel(connection: DuckDBConnection, request: ReportRequest, computed?: ProvinceCompute): Promise<ReportModel> {
  const { period, provinceCode, asOf } = request;
  const list = listForPeriod(period);
  const areas = reportAreas(period, provinceCode);
  const asOfIso = isoInstant(asOf);
  const compute = computed ?? (await computeProvince(connection, { period, provinceCode, asOf, shownBelow: () => areas[1]?.level === 'district' ? 'district' : 'commune' }));
  const { definitions } = compute;
  const deadlines = await loadDeadlineReport(connection, { period, provinceCode, asOf });
  const scope = { period: period.id, provinceCode, list, asOf: asOfIso };
  const inputs = await loadInputFiles(connection, scope, hierarchyFor(list));
  const mismatches = await reconcileDistrictForms(connection, scope);
  const warnings = [
    ...(await loadAcceptedWarnings(connection, scope)),
    ...mismatches.map((d) => ({
      fileName: d.file!,
      unitCode: d.unit!,
      kind: 'form',
      code: d.code,
      severity: d.severity,
      cell: d.cell!,
      item: d.item!,
      found: d.found!,
      expected: d.expected!,
      params: d.params!,
    })),
  ];
  return {
    province: { code: provinceCode, name: areas[0].name, list },
    period: {
      id: period.id,
      type: period.type,
      window: compute.window,
      deadlines: deadlines.deadlines.map((d) => ({ level: d.level, deadline: d.deadline })),
    },
    asOf: asOfIso,
    generatedBy: { tool: 'tk13', version: toolVersion() },
    areas,
    indicators: definitions.map((d) => d.meta).filter((m) => m.frequency.includes(period.type)),
    notDue: definitions.map((d) => d.meta).filter((m) => !m.frequency.includes(period.type)),
    values: compute.values,
    // Stable order: the checks sheet lists findings as they come.
    findings: [...compute.findings].sort(
      (a, b) => a.indicator.localeCompare(b.indicator) || a.check.localeCompare(b.check) || (a.unitCode ?? '').localeCompare(b.unitCode ?? '') || a.detail.localeCompare(b.detail),
    ),
    deadlines,
    warnings,
    provenance: { inputs, definitionsHash: compute.definitionsHash, calendarHash: calendarHash() },
  };
}
