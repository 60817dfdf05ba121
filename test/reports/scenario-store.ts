import type { DuckDBConnection } from '@duckdb/node-api';
import { insertSubmission } from '../helpers/store-rows.js';

/** Kiên Giang (91, 2024 list), half-year 2024: a few communes' forms, a district's register, one late commune. */
export const PERIOD = '2024-H1';
export const PROVINCE = '91';
export const FIRST_CUT = new Date('2024-05-31T23:59:59.999+07:00');

function populationForm(male: number, female: number) {
  return [
    { item: 'population', sex: 'male', age_group: '0-5', value: male, cell: 'D10' },
    { item: 'population', sex: 'female', age_group: '0-5', value: female, cell: 'E10' },
    { item: 'population', sex: 'male', age_group: '6-10', value: male + 15, cell: 'D11' },
    { item: 'population', sex: 'female', age_group: '6-10', value: female + 12, cell: 'E11' },
    { item: 'special_circumstances', category: 'a', sex: 'male', value: 2, cell: 'D20' },
    { item: 'special_circumstances', category: 'd', sex: 'female', value: null, cell: 'E23' },
  ];
}

export async function fillProvince(connection: DuckDBConnection): Promise<void> {
  await insertSubmission(connection, { kind: 'form', unit: '30733', period: PERIOD, received_at: '2024-05-15T10:00:00+07:00', file_name: '30733_2024-H1.xlsx', rows: populationForm(120, 110) });
  await insertSubmission(connection, { kind: 'form', unit: '30736', period: PERIOD, received_at: '2024-05-20T23:59:59+07:00', file_name: '=HYPERLINK("x","y").xlsx', rows: populationForm(90, 95) });
  await insertSubmission(connection, { kind: 'form', unit: '30766', period: PERIOD, received_at: '2024-05-22T08:30:00+07:00', file_name: '30766_2024-H1.xlsx', rows: populationForm(60, 70) });
  await insertSubmission(connection, {
    kind: 'abuse-cases',
    unit: '899',
    period: PERIOD,
    received_at: '2024-05-18T09:00:00+07:00',
    file_name: '899_2024-H1_abuse-cases.csv',
    rows: [
      { case_id: 'C1', child_id: 'K1', commune_code: '30733', detected_on: '2024-01-10', sex: 'female', age_years: 8, abuse_forms: ['violence', 'neglect'], environments: ['family'], supported: true },
      { case_id: 'C2', child_id: 'K2', commune_code: '30736', detected_on: '2024-03-02', sex: 'male', age_years: 13, abuse_forms: ['sexual_abuse'], environments: ['online'], supported: false },
    ],
  });
}

/** A corrected form for 30733, received after the first report was made. */
export async function correctForm(connection: DuckDBConnection): Promise<void> {
  const rows = populationForm(125, 110).map((r) => (r.cell === 'E23' ? { ...r, value: 4 } : r));
  await insertSubmission(connection, { kind: 'form', unit: '30733', period: PERIOD, received_at: '2024-06-05T14:00:00+07:00', file_name: '30733_2024-H1_v2.xlsx', rows });
}
