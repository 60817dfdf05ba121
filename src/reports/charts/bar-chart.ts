/**
 * A native Excel bar chart (DrawingML, ECMA-376 Part 1 §21.2 "chart"), written as XML because exceljs
 * cannot write charts. The chart reads its data from cells of the workbook (`ref`s), and carries a
 * cache of the same values so Excel and LibreOffice draw it without recalculating. Horizontal bars,
 * first category at the top, one colour per series, fonts as the rest of the report.
 */
export interface ChartSeries {
  /** Cell holding the series name, e.g. `'Tóm tắt'!$C$5`. */
  nameRef: string;
  name: string;
  /** Cells holding the values, e.g. `'Tóm tắt'!$C$6:$C$20`. */
  valuesRef: string;
  values: ReadonlyArray<number | null>;
  /** RGB hex without `#`. */
  color: string;
}

export interface BarChartSpec {
  title: string;
  categoriesRef: string;
  categories: readonly string[];
  series: readonly ChartSeries[];
  /** Bars of one category stacked end to end (parts of a whole) rather than side by side. */
  stacked: boolean;
  /** Excel number format of the value axis and labels, e.g. `#,##0` or `0.00`. */
  numberFormat: string;
}

function escapeXml(text: string): string {
  return text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');
}

function strCache(values: readonly string[]): string {
  const points = values.map((v, i) => `<c:pt idx="${i}"><c:v>${escapeXml(v)}</c:v></c:pt>`).join('');
  return `<c:strCache><c:ptCount val="${values.length}"/>${points}</c:strCache>`;
}

function numCache(values: ReadonlyArray<number | null>, format: string): string {
  const points = values.map((v, i) => (v === null ? '' : `<c:pt idx="${i}"><c:v>${v}</c:v></c:pt>`)).join('');
  return `<c:numCache><c:formatCode>${escapeXml(format)}</c:formatCode><c:ptCount val="${values.length}"/>${points}</c:numCache>`;
}

const FONT = '<a:latin typeface="Times New Roman"/><a:cs typeface="Times New Roman"/>';

function text(size: number, bold = false): string {
  return `<c:txPr><a:bodyPr/><a:lstStyle/><a:p><a:pPr><a:defRPr sz="${size}" b="${bold ? 1 : 0}">${FONT}</a:defRPr></a:pPr><a:endParaRPr lang="vi-VN"/></a:p></c:txPr>`;
}

function series(s: ChartSeries, index: number, spec: BarChartSpec): string {
  return [
    `<c:ser><c:idx val="${index}"/><c:order val="${index}"/>`,
    `<c:tx><c:strRef><c:f>${escapeXml(s.nameRef)}</c:f>${strCache([s.name])}</c:strRef></c:tx>`,
    `<c:spPr><a:solidFill><a:srgbClr val="${s.color}"/></a:solidFill></c:spPr>`,
    '<c:invertIfNegative val="0"/>',
    `<c:cat><c:strRef><c:f>${escapeXml(spec.categoriesRef)}</c:f>${strCache(spec.categories)}</c:strRef></c:cat>`,
    `<c:val><c:numRef><c:f>${escapeXml(s.valuesRef)}</c:f>${numCache(s.values, spec.numberFormat)}</c:numRef></c:val>`,
    '</c:ser>',
  ].join('');
}

/** The chart part (`xl/charts/chartN.xml`) for `spec`. */
export function barChartXml(spec: BarChartSpec): string {
  const grouping = spec.stacked ? 'stacked' : 'clustered';
  const title = `<c:title><c:tx><c:rich><a:bodyPr/><a:lstStyle/><a:p><a:pPr><a:defRPr sz="1100" b="1">${FONT}</a:defRPr></a:pPr><a:r><a:rPr lang="vi-VN" sz="1100" b="1">${FONT}</a:rPr><a:t>${escapeXml(spec.title)}</a:t></a:r></a:p></c:rich></c:tx><c:overlay val="0"/></c:title>`;
  return [
    '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n',
    '<c:chartSpace xmlns:c="http://schemas.openxmlformats.org/drawingml/2006/chart" xmlns:a="http://schemas.openxmlformats.org/drawingml/2006/main" xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships">',
    '<c:roundedCorners val="0"/>',
    '<c:chart>',
    title,
    '<c:autoTitleDeleted val="0"/>',
    '<c:plotArea><c:layout/>',
    `<c:barChart><c:barDir val="bar"/><c:grouping val="${grouping}"/><c:varyColors val="0"/>`,
    ...spec.series.map((s, i) => series(s, i, spec)),
    `<c:gapWidth val="60"/>${spec.stacked ? '<c:overlap val="100"/>' : ''}<c:axId val="1001"/><c:axId val="1002"/></c:barChart>`,
    // Categories top to bottom in table order; the value axis then sits at the bottom ("max" of a reversed axis).
    `<c:catAx><c:axId val="1001"/><c:scaling><c:orientation val="maxMin"/></c:scaling><c:delete val="0"/><c:axPos val="l"/><c:numFmt formatCode="General" sourceLinked="0"/><c:majorTickMark val="none"/><c:minorTickMark val="none"/><c:tickLblPos val="nextTo"/>${text(900)}<c:crossAx val="1002"/><c:crosses val="autoZero"/><c:auto val="1"/><c:lblAlgn val="ctr"/><c:lblOffset val="100"/><c:noMultiLvlLbl val="0"/></c:catAx>`,
    `<c:valAx><c:axId val="1002"/><c:scaling><c:orientation val="minMax"/><c:min val="0"/></c:scaling><c:delete val="0"/><c:axPos val="b"/><c:majorGridlines><c:spPr><a:ln w="3175"><a:solidFill><a:srgbClr val="D9D9D9"/></a:solidFill></a:ln></c:spPr></c:majorGridlines><c:numFmt formatCode="${escapeXml(spec.numberFormat)}" sourceLinked="0"/><c:majorTickMark val="out"/><c:minorTickMark val="none"/><c:tickLblPos val="nextTo"/>${text(900)}<c:crossAx val="1001"/><c:crosses val="max"/><c:crossBetween val="between"/></c:valAx>`,
    '</c:plotArea>',
    // One series needs no legend: the title names it.
    spec.series.length > 1 ? `<c:legend><c:legendPos val="b"/><c:overlay val="0"/>${text(900)}</c:legend>` : '',
    '<c:plotVisOnly val="1"/><c:dispBlanksAs val="gap"/>',
    '</c:chart>',
    '<c:spPr><a:solidFill><a:srgbClr val="FFFFFF"/></a:solidFill><a:ln w="6350"><a:solidFill><a:srgbClr val="BFBFBF"/></a:solidFill></a:ln></c:spPr>',
    text(900),
    '</c:chartSpace>',
  ].join('');
}
