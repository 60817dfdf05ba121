/**
 * The printed report speaks to the people who sign and read it: every visible sheet, rendered to text,
 * carries no internal identifier (indicator ids, column keys, diagnostic codes) and, in the Vietnamese
 * report, no English; every table sheet repeats its header on each printed page.
 */
import { strFromU8, unzipSync } from 'fflate';
import { describe, expect, it } from 'vitest';
import { loadDefinitions } from '../../src/indicators/definitions.js';
import { renderReport } from '../../src/reports/render-report.js';
import { loadWorkbook } from '../../src/reports/workbook-snapshot.js';
import { catalog } from '../../src/i18n/messages.js';
import { sectorFormSpec } from '../../src/sector-forms/spec.js';
import { districtModel } from './sample-models.js';

const SNAKE_CASE = /\b[a-z][a-z0-9]*_[a-z0-9_]+\b/;
const ENGLISH = /\b(the|and|of|total|indicator|province|district|commune|file|line|unit|warning|code|report|period|version|sheet|cell|found|expected|none|yes)\b/i;
/** File names are the offices' own (e.g. `30733_2024-H1_abuse-cases.csv`): shown as they were sent. */
const FILE_NAME = /\S+\.(xlsx|xls|csv)\b/g;
/** The provenance's SHA-256 column (the sample models' stand-in hashes spell out their unit, e.g. `educationeee…`). */
const SHA256 = /^\w{64}$/;

async function visibleTexts(lang: 'vi' | 'en') {
  const definitions = loadDefinitions().definitions.map((d) => d.meta);
  const base = districtModel();
  // A department's sector form among the inputs: named by its department, never by its kind key.
  const sector = { ...base.provenance.inputs[0], fileName: '91_2024-H1_sector-education.xlsx', unitCode: '91', unitName: 'Tỉnh Kiên Giang', kind: 'sector:education' };
  const model = { ...base, indicators: definitions, provenance: { ...base.provenance, inputs: [...base.provenance.inputs, sector] } };
  const workbook = await loadWorkbook(await renderReport(model, lang));
  const texts: Array<{ sheet: string; cell: string; text: string }> = [];
  for (const sheet of workbook.worksheets.filter((s) => s.state === 'visible')) {
    sheet.eachRow((row) =>
      row.eachCell((cell) => {
        // A merged range reads as its first cell's value in every cell: count it once.
        if (typeof cell.value === 'string' && (!cell.isMerged || cell.master === cell)) texts.push({ sheet: sheet.name, cell: cell.address, text: cell.value.replace(FILE_NAME, '') });
      }),
    );
  }
  return { workbook, texts };
}

describe('the printed report', () => {
  it('shows no internal id, column key or diagnostic code on any visible sheet', async () => {
    const { texts } = await visibleTexts('vi');
    const codes = Object.keys(catalog);
    // Indicator ids, and the departments' ids (education, …): a department is shown by its name.
    const ids = [...loadDefinitions().definitions.map((d) => d.meta.id), ...sectorFormSpec().sectors.map((s) => s.id)];
    const offending = texts.filter(({ text }) => !SHA256.test(text)).filter(({ text }) => SNAKE_CASE.test(text) || codes.some((c) => text.includes(c)) || ids.some((id) => text.includes(id)));
    expect(offending).toEqual([]);
    expect(texts.length).toBeGreaterThan(100);
  });

  it('names a department\'s sector form by its department', async () => {
    const texts = (await visibleTexts('vi')).texts.filter((t) => t.sheet === 'Nguồn gốc').map((t) => t.text);
    expect(texts).toContain('Sở Giáo dục và Đào tạo');
    expect(texts).toContain('Biểu sở, ngành');
    expect(texts.some((t) => t.startsWith('sector:'))).toBe(false);
  });

  it('has no English in the Vietnamese report', async () => {
    const { texts } = await visibleTexts('vi');
    expect(texts.filter(({ text }) => ENGLISH.test(text))).toEqual([]);
  });

  it('repeats the header rows on every printed page of every table sheet, and hides what verify reads', async () => {
    const { workbook } = await visibleTexts('vi');
    // The cover and the summary are one page each per part; every other sheet is a table.
    const tables = workbook.worksheets.filter((s) => s.state === 'visible' && s.name !== 'Bìa' && s.name !== 'Tóm tắt');
    expect(tables.map((s) => s.name)).toEqual(['Chỉ tiêu', 'Ghi chú', 'Tình hình nộp', 'Kiểm tra', 'Nguồn gốc']);
    for (const sheet of tables) expect(sheet.pageSetup.printTitlesRow, sheet.name).toMatch(/^\d+:\d+$/);
    expect(workbook.getWorksheet('_tk13')?.state).toBe('veryHidden');
  });

  it('states once, on the notes sheet, which indicators were checked against the circular', async () => {
    const { texts } = await visibleTexts('vi');
    expect(texts.filter(({ text }) => text.includes('chưa được đối chiếu')).map((t) => t.sheet)).toEqual(['Ghi chú']);
  });

  it('opens with a summary sheet whose native charts read its tables', async () => {
    const definitions = loadDefinitions().definitions.map((d) => d.meta);
    const bytes = await renderReport({ ...districtModel(), indicators: definitions });
    const parts = unzipSync(bytes);
    const workbook = await loadWorkbook(bytes);
    expect(workbook.worksheets[1].name).toBe('Tóm tắt');
    // Submission status, then one chart per headline indicator.
    const charts = Object.keys(parts).filter((n) => /^xl\/charts\/chart\d+\.xml$/.test(n)).sort();
    expect(charts).toEqual(['xl/charts/chart1.xml', 'xl/charts/chart2.xml', 'xl/charts/chart3.xml']);
    const types = strFromU8(parts['[Content_Types].xml']);
    for (const chart of charts) expect(types).toContain(`PartName="/${chart}"`);
    expect(strFromU8(parts['xl/worksheets/sheet2.xml'])).toContain('<drawing r:id="rIdTk13Drawing"/>');
    expect(strFromU8(parts['xl/worksheets/_rels/sheet2.xml.rels'])).toContain('Target="../drawings/drawing1.xml"');
    const status = strFromU8(parts['xl/charts/chart1.xml']);
    expect(status).toContain('<c:grouping val="stacked"/>');
    expect(status).toContain("<c:f>'Tóm tắt'!$C$5</c:f>");
    expect(status).toContain('<c:v>Đúng hạn</c:v>');
    // The same model gives the same bytes, charts included.
    expect(Buffer.from(await renderReport({ ...districtModel(), indicators: definitions })).equals(Buffer.from(bytes))).toBe(true);
  });
});
