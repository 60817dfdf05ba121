import { strFromU8, strToU8 } from 'fflate';

/** Where a chart sits: zero-based column and row of its top-left and bottom-right cells. */
export interface ChartAnchor {
  fromColumn: number;
  fromRow: number;
  toColumn: number;
  toRow: number;
}

export interface PlacedChart {
  /** The chart part's XML (barChartXml). */
  xml: string;
  anchor: ChartAnchor;
  name: string;
}

const RELS = 'http://schemas.openxmlformats.org/officeDocument/2006/relationships';
const CHART_TYPE = 'application/vnd.openxmlformats-officedocument.drawingml.chart+xml';
const DRAWING_TYPE = 'application/vnd.openxmlformats-officedocument.drawing+xml';

function escapeXml(text: string): string {
  return text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');
}

/** `xl/worksheets/sheetN.xml` of the sheet named `name`, through workbook.xml and its relationships. */
function sheetPart(entries: Record<string, Uint8Array>, name: string): string {
  const workbook = strFromU8(entries['xl/workbook.xml']);
  const sheet = [...workbook.matchAll(/<sheet\b[^>]*>/g)].map((m) => m[0]).find((tag) => tag.includes(`name="${escapeXml(name)}"`));
  const id = sheet && /r:id="([^"]+)"/.exec(sheet)?.[1];
  const rels = strFromU8(entries['xl/_rels/workbook.xml.rels']);
  const target = id && new RegExp(`<Relationship\\b[^>]*Id="${id}"[^>]*>`).exec(rels)?.[0].match(/Target="([^"]+)"/)?.[1];
  if (!target) throw new Error(`sheet ${name} not found in the workbook`);
  return target.startsWith('/') ? target.slice(1) : `xl/${target}`;
}

function anchorXml(chart: PlacedChart, index: number): string {
  const { fromColumn, fromRow, toColumn, toRow } = chart.anchor;
  return [
    '<xdr:twoCellAnchor editAs="oneCell">',
    `<xdr:from><xdr:col>${fromColumn}</xdr:col><xdr:colOff>0</xdr:colOff><xdr:row>${fromRow}</xdr:row><xdr:rowOff>0</xdr:rowOff></xdr:from>`,
    `<xdr:to><xdr:col>${toColumn}</xdr:col><xdr:colOff>0</xdr:colOff><xdr:row>${toRow}</xdr:row><xdr:rowOff>0</xdr:rowOff></xdr:to>`,
    `<xdr:graphicFrame macro=""><xdr:nvGraphicFramePr><xdr:cNvPr id="${index + 2}" name="${escapeXml(chart.name)}"/><xdr:cNvGraphicFramePr/></xdr:nvGraphicFramePr>`,
    '<xdr:xfrm><a:off x="0" y="0"/><a:ext cx="0" cy="0"/></xdr:xfrm>',
    `<a:graphic><a:graphicData uri="http://schemas.openxmlformats.org/drawingml/2006/chart"><c:chart xmlns:c="http://schemas.openxmlformats.org/drawingml/2006/chart" r:id="rId${index + 1}"/></a:graphicData></a:graphic>`,
    '</xdr:graphicFrame><xdr:clientData/></xdr:twoCellAnchor>',
  ].join('');
}

/**
 * Adds native charts to one sheet of an xlsx package held as zip entries (before tk13's
 * deterministic re-zip, so the result is still byte-identical on regeneration): the chart parts,
 * one drawing part anchoring them on the sheet, the relationships between sheet, drawing and charts,
 * and their content types (ECMA-376 Part 1 §12.3.8, §12.3.2, §20.5).
 */
export function embedCharts(entries: Record<string, Uint8Array>, sheetName: string, charts: readonly PlacedChart[]): void {
  if (charts.length === 0) return;
  const sheet = sheetPart(entries, sheetName);
  const base = sheet.slice(sheet.lastIndexOf('/') + 1);
  const existingCharts = Object.keys(entries).filter((n) => /^xl\/charts\/chart\d+\.xml$/.test(n)).length;
  const existingDrawings = Object.keys(entries).filter((n) => /^xl\/drawings\/drawing\d+\.xml$/.test(n)).length;
  const drawing = `drawing${existingDrawings + 1}.xml`;
  const overrides: string[] = [`<Override PartName="/xl/drawings/${drawing}" ContentType="${DRAWING_TYPE}"/>`];
  const drawingRels: string[] = [];
  charts.forEach((chart, i) => {
    const part = `chart${existingCharts + i + 1}.xml`;
    entries[`xl/charts/${part}`] = strToU8(chart.xml);
    overrides.push(`<Override PartName="/xl/charts/${part}" ContentType="${CHART_TYPE}"/>`);
    drawingRels.push(`<Relationship Id="rId${i + 1}" Type="${RELS}/chart" Target="../charts/${part}"/>`);
  });
  entries[`xl/drawings/${drawing}`] = strToU8(
    '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n' +
      `<xdr:wsDr xmlns:xdr="http://schemas.openxmlformats.org/drawingml/2006/spreadsheetDrawing" xmlns:a="http://schemas.openxmlformats.org/drawingml/2006/main" xmlns:r="${RELS}">` +
      charts.map(anchorXml).join('') +
      '</xdr:wsDr>',
  );
  entries[`xl/drawings/_rels/${drawing}.rels`] = strToU8(
    `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">${drawingRels.join('')}</Relationships>`,
  );

  const sheetRelsName = `xl/worksheets/_rels/${base}.rels`;
  const sheetRels = entries[sheetRelsName] ? strFromU8(entries[sheetRelsName]) : '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"></Relationships>';
  const drawingId = 'rIdTk13Drawing';
  entries[sheetRelsName] = strToU8(sheetRels.replace('</Relationships>', `<Relationship Id="${drawingId}" Type="${RELS}/drawing" Target="../drawings/${drawing}"/></Relationships>`));

  // <drawing> follows the page setup, header/footer and page breaks in a worksheet (CT_Worksheet order).
  const sheetXml = strFromU8(entries[sheet]);
  const drawingTag = `<drawing r:id="${drawingId}"/>`;
  const before = /<(legacyDrawing|legacyDrawingHF|picture|oleObjects|controls|webPublishItems|tableParts|extLst)\b/.exec(sheetXml);
  const at = before ? before.index : sheetXml.lastIndexOf('</worksheet>');
  const withNamespace = sheetXml.includes(`xmlns:r="${RELS}"`) ? sheetXml : sheetXml.replace('<worksheet ', `<worksheet xmlns:r="${RELS}" `);
  const offset = withNamespace.length - sheetXml.length;
  entries[sheet] = strToU8(withNamespace.slice(0, at + offset) + drawingTag + withNamespace.slice(at + offset));

  const types = strFromU8(entries['[Content_Types].xml']);
  entries['[Content_Types].xml'] = strToU8(types.replace('</Types>', `${overrides.join('')}</Types>`));
}
