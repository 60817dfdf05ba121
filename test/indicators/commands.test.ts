import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { CommandContext } from '../../src/cli/context.js';
import { computeCommand } from '../../src/commands/compute.js';
import { exportCommand } from '../../src/commands/export.js';
import { indicatorsListCommand, indicatorsShowCommand } from '../../src/commands/indicators.js';
import { findingDetail } from '../../src/reports/finding-wording.js';
import { withStore } from '../../src/store/database.js';
import { insertSubmission } from '../helpers/store-rows.js';

let dir: string;
let db: string;

function context(options: { json?: boolean; db?: string } = {}) {
  const lines: string[] = [];
  const notes: string[] = [];
  const documents: unknown[] = [];
  const ctx: CommandContext = {
    db: options.db ?? db,
    lang: 'vi',
    json: Boolean(options.json),
    debug: false,
    now: new Date(),
    out: {
      lang: 'vi',
      json: Boolean(options.json),
      line: (text = '') => lines.push(text),
      note: (text) => notes.push(text),
      document: (value) => documents.push(value),
    },
  };
  return { ctx, lines, notes, documents };
}

beforeAll(async () => {
  dir = mkdtempSync(join(tmpdir(), 'tk13-commands-'));
  db = join(dir, 'tk13.duckdb');
  await withStore(db, {}, (store) =>
    insertSubmission(store.connection, {
      kind: 'form',
      unit: '30733',
      period: '2024-H1',
      rows: [{ item: 'population', sex: 'female', age_group: '0-5', value: 40 }],
    }),
  );
});
afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe('tk13 compute', () => {
  it('computes, then says nothing changed on a second run', async () => {
    const first = context();
    expect(await computeCommand(first.ctx, { period: '2024-H1', province: '91' })).toBe(0);
    expect(first.lines.at(-1)).toMatch(/^Đã tính 18 chỉ tiêu, kỳ 2024-H1 \(91 Tỉnh Kiên Giang, danh mục 2024, dữ liệu 15\/11\/2023–14\/05\/2024\)/);
    const second = context({ json: true });
    expect(await computeCommand(second.ctx, { period: '2024-H1', province: '91' })).toBe(0);
    expect(second.documents[0]).toMatchObject({ period: '2024-H1', province: '91', changed: false });
    const third = context();
    await computeCommand(third.ctx, { period: '2024-H1', province: '91' });
    expect(third.lines).toEqual(['Không có gì thay đổi: kết quả kỳ 2024-H1 (91 Tỉnh Kiên Giang) đã tính trước đó vẫn đúng.']);
  });
});

describe('tk13 compute: what the checks found', () => {
  it('says each finding in words, by the check\'s detail template as the report\'s checks sheet does, never as column=value pairs', async () => {
    // The education department counts 5 children in nursery in a commune that reported no children of the age.
    const store = join(dir, 'findings.duckdb');
    await withStore(store, {}, (s) =>
      insertSubmission(s.connection, { kind: 'sector:education', unit: '91', period: '2024-H1', rows: [{ item: 'enrolled_nursery', area_code: '30733', value: 5 }] }),
    );
    const { ctx, lines } = context({ db: store });
    await computeCommand(ctx, { period: '2024-H1', province: '91' });
    const findings = lines.slice(lines.findIndex((l) => l.startsWith('Kiểm tra phát hiện')) + 1);
    expect(findings).toContain('  91: 1 xã có số trẻ đi nhà trẻ nhưng chưa báo cáo số trẻ em từ 3 tháng đến 36 tháng tuổi; số lượng và tỷ lệ không tính các xã này');
    expect(findings.length).toBeGreaterThan(0);
    expect(findings.filter((l) => /\w=\w/.test(l))).toEqual([]);
  });

  it('a check without a detail template has no detail (compute shows its description instead); a level is named', () => {
    const check = { name: 'c', description_vi: 'Mô tả', description_en: 'Description', sql: '' };
    expect(findingDetail({ indicator: 'x', check: 'c', unitCode: '91', detail: 'unit_code=91, communes=2' }, check, 'vi')).toBeNull();
    expect(findingDetail({ indicator: 'x', check: 'c', detail: 'unit_level=province, communes=2' }, { ...check, detail_en: '{communes} communes ({unit_level})' }, 'en')).toBe('2 communes (Province)');
  });
});

describe('tk13 export', () => {
  it('writes the CSV to stdout from a read-only store', async () => {
    const { ctx, lines } = context();
    expect(await exportCommand(ctx, { period: '2024-H1', province: '91', format: 'csv' })).toBe(0);
    const csv = lines.join('\n').split('\n');
    expect(csv[0]).toBe('period,indicator,unit_code,unit_level,disaggregation,value,numerator,denominator');
    expect(csv).toContain('2024-H1,child_population,91,province,total,40,,');
  });

  it('refuses a bad --suppress-below and a Parquet export without --out', async () => {
    const { ctx } = context();
    await expect(exportCommand(ctx, { period: '2024-H1', format: 'csv', suppressBelow: 'five' })).rejects.toMatchObject({ code: 'suppress-below-invalid', exitCode: 2 });
    await expect(exportCommand(ctx, { period: '2024-H1', format: 'parquet' })).rejects.toMatchObject({ code: 'export-out-required', exitCode: 2 });
  });
});

describe('tk13 indicators', () => {
  it('lists the definitions without a database', async () => {
    const { ctx, documents } = context({ json: true, db: join(dir, 'none.duckdb') });
    expect(await indicatorsListCommand(ctx)).toBe(0);
    const list = documents[0] as { indicators: Array<{ id: string; code: string | null; verified: boolean }> };
    expect(list.indicators).toHaveLength(24);
    expect(list.indicators.find((i) => i.id === 'abused_children')).toMatchObject({ group: 'abuse', code: 'II-0101', verified: true });
    expect(list.indicators.find((i) => i.id === 'online_safety_rate')).toMatchObject({ group: 'environment', code: '0605', verified: true, levels: ['province'], frequency: ['annual'] });
    expect(list.indicators.find((i) => i.id === 'nursery_enrolment')).toMatchObject({ group: 'education', count: { title: 'Số trẻ em từ 3 tháng đến 36 tháng tuổi đi nhà trẻ', unit: 'trẻ em' } });
  });

  it('lists them by report section for a reader, with code, whether checked, frequency and levels', async () => {
    const { ctx, lines } = context();
    expect(await indicatorsListCommand(ctx)).toBe(0);
    const at = (prefix: string) => lines.findIndex((l) => l.trim().startsWith(prefix));
    expect(at('II. Chăm sóc sức khỏe trẻ em')).toBeLessThan(at('neonatal_mortality_rate'));
    expect(lines[at('online_safety_rate')]).toMatch(/online_safety_rate\s+0605\s+có\s+ratio\s+năm\s+tỉnh\s+Tỷ lệ trẻ em được tiếp cận/);
    expect(lines[at('child_population')]).toMatch(/—\s+chưa\s+sum\s+6 tháng, năm\s+xã, huyện, tỉnh/);
  });

  it('shows one definition with what it reads, and names an unknown one', async () => {
    const { ctx, lines } = context();
    expect(await indicatorsShowCommand(ctx, 'abuse_cases')).toBe(0);
    expect(lines).toContain('Đọc từ: abuse_cases');
    expect(lines).toContain('Nhóm: IV. Trẻ em bị xâm hại');
    expect(lines.join('\n')).toContain('first_detection AS');
    await expect(indicatorsShowCommand(ctx, 'nope')).rejects.toMatchObject({ code: 'indicator-unknown' });
  });
});
