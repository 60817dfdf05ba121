import type { IndicatorMeta, IndicatorValue } from '../../src/indicators/types.js';
import type { SectorTimeliness, Timeliness, TimelinessCounts, TimelinessSummary, UnitTimeliness } from '../../src/periods/deadline-types.js';
import type { ReportArea, ReportModel } from '../../src/reports/report-model.js';

/** Hand-built report models: the renderer is tested without a database or an indicator engine. */

function meta(overrides: Partial<IndicatorMeta> & Pick<IndicatorMeta, 'id' | 'title_vi' | 'kind'>): IndicatorMeta {
  return {
    code: null,
    verified: false,
    title_en: overrides.title_vi,
    unit: 'trẻ em',
    unit_en: 'children',
    dims: [],
    disaggregations: [[]],
    frequency: ['half-year', 'annual'],
    source: ['abuse_cases'],
    scale: 1,
    format: 'int0',
    checks: [],
    grain: ['child_id'],
    multi: [],
    no_data: 'zero',
    group: 'abuse',
    order: 0,
    headline: false,
    levels: ['province', 'district', 'commune'],
    ...overrides,
  };
}

export const SAMPLE_INDICATORS: IndicatorMeta[] = [
  meta({
    id: 'abused_children',
    code: 'II-0101',
    verified: true,
    title_vi: 'Số trẻ em bị xâm hại',
    title_en: 'Number of abused children',
    kind: 'count',
    dims: ['sex', 'abuse_form'],
    multi: ['abuse_form'],
    disaggregations: [[], ['sex'], ['abuse_form']],
    headline: true,
    checks: [
      {
        name: 'age_under_16',
        description_vi: 'Trẻ em phải dưới 16 tuổi',
        description_en: 'Children must be under 16',
        detail_vi: 'Dòng {line}: {age_years} tuổi',
        detail_en: 'Line {line}: aged {age_years}',
        sql: 'SELECT 1',
      },
    ],
  }),
  meta({
    id: 'abused_children_supported_rate',
    title_vi: 'Tỷ lệ trẻ em bị xâm hại được hỗ trợ, can thiệp',
    kind: 'ratio',
    unit: '%',
    unit_en: '%',
    scale: 100,
    format: 'pct2',
    dims: ['sex'],
    disaggregations: [[], ['sex']],
  }),
  meta({
    id: 'sanction_fines_vnd',
    title_vi: 'Tổng số tiền phạt vi phạm hành chính về hành vi xâm hại trẻ em',
    kind: 'sum',
    unit: 'đồng',
    unit_en: 'VND',
    format: 'vnd0',
    dims: ['violator_type'],
    disaggregations: [[], ['violator_type']],
    source: ['sanctions'],
    grain: ['decision_id'],
    group: 'sanctions',
  }),
  // Published with its count: a count row (the numerator) and a rate row.
  meta({
    id: 'nursery_enrolment',
    title_vi: 'Số lượng, tỷ lệ huy động trẻ em từ 3 tháng đến 36 tháng tuổi đi nhà trẻ',
    kind: 'ratio',
    unit: '%',
    unit_en: '%',
    scale: 100,
    format: 'pct2',
    no_data: 'empty',
    count: { title_vi: 'Số trẻ em từ 3 tháng đến 36 tháng tuổi đi nhà trẻ', title_en: 'Children aged 3–36 months enrolled in nursery', unit: 'trẻ em', unit_en: 'children' },
    source: ['commune_forms', 'sector_forms'],
    grain: ['unit_code'],
    group: 'education',
    description_vi: 'Số trẻ đi nhà trẻ / số trẻ em từ 3 tháng đến 36 tháng tuổi × 100.',
    data_from_vi: 'Biểu ngành của Sở Giáo dục và Đào tạo, nếu không có thì biểu số 01/TK13 của xã.',
  }),
  // Annual only, and for the province only: its denominator is a department's province figure.
  meta({
    id: 'crude_birth_rate',
    title_vi: 'Tỷ suất sinh thô',
    title_en: 'Crude birth rate',
    kind: 'ratio',
    unit: '‰',
    unit_en: '‰',
    scale: 1000,
    format: 'pct2',
    no_data: 'empty',
    frequency: ['annual'],
    levels: ['province'],
    source: ['commune_forms', 'sector_forms'],
    grain: ['unit_code'],
    group: 'population',
    description_vi: 'Số trẻ em sinh ra sống trong năm / dân số trung bình của tỉnh × 1000.',
    definition_source_vi: 'Định nghĩa chuẩn của hệ thống chỉ tiêu thống kê quốc gia (siêu dữ liệu của Tổng cục Thống kê).',
    data_from_vi: 'số trẻ em sinh ra sống từ biểu số 01/TK13 của các xã, dân số trung bình do Thống kê tỉnh cung cấp cho toàn tỉnh.',
  }),
];

/** Deterministic, plausible numbers for every area; the province holds the sums of the areas below it. */
export function sampleValues(areas: readonly ReportArea[]): IndicatorValue[] {
  const below = areas.filter((a) => a.level !== 'province');
  const counts = (i: number) => ({ boys: 3 + ((i * 7) % 11), girls: 4 + ((i * 5) % 13), fines: 10_000_000 + i * 1_750_000 });
  const sum = (pick: (c: ReturnType<typeof counts>) => number) => below.reduce((total, _, i) => total + pick(counts(i)), 0);
  const values: IndicatorValue[] = [];
  areas.forEach((area) => {
    const i = below.indexOf(area);
    const own = i < 0 ? { boys: sum((c) => c.boys), girls: sum((c) => c.girls), fines: sum((c) => c.fines) } : counts(i);
    const { boys, girls, fines } = own;
    const organisations = 2_500_000 * (i < 0 ? below.length : 1);
    const push = (indicator: string, disaggregation: string, value: number | null, extra: Partial<IndicatorValue> = {}) =>
      values.push({ indicator, unitCode: area.code, unitLevel: area.level, disaggregation, value, ...extra });
    push('abused_children', 'total', boys + girls);
    push('abused_children', 'sex=male', boys);
    push('abused_children', 'sex=female', girls);
    push('abused_children', 'abuse_form=violence', boys + 1);
    push('abused_children', 'abuse_form=sexual_abuse', girls);
    push('abused_children', 'abuse_form=neglect', 2);
    const rate = (num: number, den: number) => (den === 0 ? null : Math.round((num / den) * 10000) / 100);
    const supportedBoys = Math.max(0, boys - 1);
    // The last area reports no girls supported out of none: a zero denominator gives an empty value.
    const lastArea = i === below.length - 1;
    push('abused_children_supported_rate', 'total', rate(supportedBoys + girls, boys + girls), { numerator: supportedBoys + girls, denominator: boys + girls });
    push('abused_children_supported_rate', 'sex=male', rate(supportedBoys, boys), { numerator: supportedBoys, denominator: boys });
    push('abused_children_supported_rate', 'sex=female', lastArea ? null : rate(girls - 1, girls), { numerator: lastArea ? 0 : girls - 1, denominator: lastArea ? 0 : girls });
    push('sanction_fines_vnd', 'total', fines + organisations);
    push('sanction_fines_vnd', 'violator_type=individual', fines);
    push('sanction_fines_vnd', 'violator_type=organization', organisations);
    const enrolled = boys * 10;
    const children = (boys + girls) * 20;
    push('nursery_enrolment', 'total', rate(enrolled, children), { numerator: enrolled, denominator: children });
    if (area.level === 'province') push('crude_birth_rate', 'total', (own.boys + own.girls) / 1_750_000 * 1000, { numerator: own.boys + own.girls, denominator: 1_750_000 });
  });
  return values;
}

function unit(code: string, name: string, level: 'district' | 'commune', status: UnitTimeliness['status'], parentCode?: string): UnitTimeliness {
  const received: Partial<Record<UnitTimeliness['status'], Partial<UnitTimeliness>>> = {
    on_time: { receivedAt: '2024-05-17T09:15:00+07:00', versions: 1 },
    late: { receivedAt: '2024-05-23T14:02:11+07:00', daysLate: 3, versions: 2, correctedAfterDeadline: true },
    pending: { daysLeft: 4 },
  };
  return {
    unitCode: code,
    unitName: name,
    level,
    ...(parentCode ? { parentCode } : {}),
    deadline: '2024-05-20',
    nominalDeadline: '2024-05-20',
    status,
    versions: 0,
    correctedAfterDeadline: false,
    ...received[status],
  };
}

/** A department's sector form, with the same made-up receipts as a unit of that status. */
function sector(id: string, name: string, status: SectorTimeliness['status'], deadline: string): SectorTimeliness {
  const { unitCode: _code, unitName: _name, level: _level, ...timeliness } = unit(id, name, 'commune', status);
  return { sectorId: id, sectorName: name, ...timeliness, deadline, nominalDeadline: deadline };
}

function counts(reports: readonly Timeliness[]): TimelinessCounts {
  const count = (s: Timeliness['status']) => reports.filter((u) => u.status === s).length;
  const rate = (n: number) => (reports.length ? Math.round((n / reports.length) * 10000) / 100 : null);
  const received = reports.filter((u) => u.receivedAt).length;
  return {
    expected: reports.length,
    received,
    onTime: count('on_time'),
    late: count('late'),
    missing: count('missing'),
    pending: count('pending'),
    completenessRate: rate(received),
    onTimeRate: rate(count('on_time')),
  };
}

function summary(level: 'district' | 'province', code: string, name: string, units: UnitTimeliness[]): TimelinessSummary {
  return { level, unitCode: code, unitName: name, ...counts(units) };
}

interface ModelShape {
  province: ReportModel['province'];
  period: ReportModel['period'];
  areas: ReportArea[];
  units: UnitTimeliness[];
  districtSummaries: TimelinessSummary[];
  sectors: SectorTimeliness[];
}

function assemble(shape: ModelShape): ReportModel {
  const asOf = shape.period.id === '2024-H1' ? '2024-05-31T23:59:59.999+07:00' : '2025-11-20T23:59:59.999+07:00';
  return {
    province: shape.province,
    period: shape.period,
    asOf,
    generatedBy: { tool: 'tk13', version: '0.1.0' },
    areas: shape.areas,
    indicators: SAMPLE_INDICATORS.filter((m) => m.frequency.includes(shape.period.type)),
    notDue: SAMPLE_INDICATORS.filter((m) => !m.frequency.includes(shape.period.type)),
    values: sampleValues(shape.areas).filter((v) => SAMPLE_INDICATORS.find((m) => m.id === v.indicator)!.frequency.includes(shape.period.type)),
    findings: [{ indicator: 'abused_children', check: 'age_under_16', unitCode: shape.areas[1].code, detail: 'line=14, age_years=16' }],
    deadlines: {
      period: shape.period.id,
      provinceCode: shape.province.code,
      provinceName: shape.province.name,
      list: shape.province.list,
      asOf: asOf.replace('.999', ''),
      deadlines: shape.period.deadlines.map((d) => ({ ...d, nominal: d.deadline })),
      units: shape.units,
      summaries: [summary('province', shape.province.code, shape.province.name, shape.units), ...shape.districtSummaries],
      sectors: shape.sectors,
      sectorSummary: counts(shape.sectors),
    },
    warnings: [
      {
        fileName: '=HYPERLINK("http://example.com","bấm vào đây").xlsx',
        unitCode: shape.units[0].unitCode,
        kind: 'form',
        code: 'form-number-as-text',
        severity: 'warning',
        sheet: 'Biểu',
        cell: 'F12',
        item: 'population[age_group=0-5;sex=male]',
        found: '1.234',
        expected: '1234',
      },
      { fileName: `${shape.units[1].unitCode}_${shape.period.id}_abuse-cases.csv`, unitCode: shape.units[1].unitCode, kind: 'abuse-cases', code: 'personal-data-column-dropped', severity: 'warning', line: 1, column: 'Họ và tên', found: 'Họ và tên' },
    ],
    provenance: {
      inputs: shape.units
        .filter((u) => u.receivedAt)
        .map((u) => ({
          fileName: `${u.unitCode}_${shape.period.id}_form.xlsx`,
          unitCode: u.unitCode,
          unitName: u.unitName,
          kind: 'form',
          version: u.versions,
          sha256: `${u.unitCode}`.padEnd(64, 'a').slice(0, 64),
          receivedAt: u.receivedAt!,
          rowCount: 40,
        }))
        .concat(
          shape.sectors
            .filter((d) => d.receivedAt)
            .map((d) => ({
              fileName: `${shape.province.code}_${shape.period.id}_sector-${d.sectorId}.xlsx`,
              unitCode: shape.province.code,
              unitName: d.sectorName,
              kind: `sector:${d.sectorId}`,
              version: d.versions,
              sha256: d.sectorId.padEnd(64, 'e').slice(0, 64),
              receivedAt: d.receivedAt!,
              rowCount: 12,
            })),
        ),
      definitionsHash: 'd'.repeat(64),
      calendarHash: 'c'.repeat(64),
    },
  };
}

/** Kiên Giang (2024 list), three of its districts and a few communes: the districts layout. */
export function districtModel(): ReportModel {
  const units = [
    unit('899', 'Thành phố Rạch Giá', 'district', 'on_time'),
    unit('30733', 'Phường Vĩnh Thanh', 'commune', 'on_time', '899'),
    unit('30736', 'Phường Vĩnh Quang', 'commune', 'late', '899'),
    unit('900', 'Thành phố Hà Tiên', 'district', 'late'),
    unit('30766', 'Phường Tô Châu', 'commune', 'missing', '900'),
    unit('30769', 'Phường Đông Hồ', 'commune', 'on_time', '900'),
    unit('902', 'Huyện Kiên Lương', 'district', 'missing'),
  ];
  return assemble({
    province: { code: '91', name: 'Tỉnh Kiên Giang', list: '2024' },
    period: {
      id: '2024-H1',
      type: 'half-year',
      window: { start: '2023-11-15', end: '2024-05-14' },
      deadlines: [
        { level: 'commune', deadline: '2024-05-20' },
        { level: 'district', deadline: '2024-05-20' },
        { level: 'sector', deadline: '2024-05-20' },
      ],
    },
    areas: [
      { code: '91', name: 'Tỉnh Kiên Giang', level: 'province' },
      { code: '899', name: 'Thành phố Rạch Giá', level: 'district' },
      { code: '900', name: 'Thành phố Hà Tiên', level: 'district' },
      { code: '902', name: 'Huyện Kiên Lương', level: 'district' },
    ],
    units,
    sectors: [sector('education', 'Sở Giáo dục và Đào tạo', 'late', '2024-05-20')],
    districtSummaries: [
      summary('district', '899', 'Thành phố Rạch Giá', units.slice(0, 3)),
      summary('district', '900', 'Thành phố Hà Tiên', units.slice(3, 6)),
      summary('district', '902', 'Huyện Kiên Lương', units.slice(6)),
    ],
  });
}

/** A province on the 2025 list (no districts) with `count` communes: the communes layout. */
export function communeModel(count = 5): ReportModel {
  const communes = Array.from({ length: count }, (_, i) => ({ code: String(700 + i * 3).padStart(5, '0'), name: `Xã Thử Nghiệm ${i + 1}` }));
  const statuses: UnitTimeliness['status'][] = ['on_time', 'late', 'missing', 'pending', 'on_time'];
  const units = communes.map((c, i) => unit(c.code, c.name, 'commune', statuses[i % statuses.length]));
  return assemble({
    province: { code: '08', name: 'Tỉnh Tuyên Quang', list: '2025' },
    period: { id: '2025', type: 'annual', window: { start: '2024-11-15', end: '2025-11-14' }, deadlines: [{ level: 'commune', deadline: '2025-11-17' }, { level: 'sector', deadline: '2025-11-17' }] },
    areas: [{ code: '08', name: 'Tỉnh Tuyên Quang', level: 'province' }, ...communes.map((c) => ({ ...c, level: 'commune' as const }))],
    units,
    sectors: [
      sector('education', 'Sở Giáo dục và Đào tạo', 'on_time', '2025-11-17'),
      sector('statistics', 'Thống kê tỉnh', 'late', '2025-11-17'),
      sector('information', 'Sở Khoa học và Công nghệ (lĩnh vực thông tin và truyền thông)', 'missing', '2025-11-17'),
    ],
    districtSummaries: [],
  });
}
