import type { Lang } from '../i18n/catalog-types.js';
import type { SheetWriter } from './sheet-writer.js';
import { pick } from './report-wording.js';

/** "Tỉnh Kiên Giang" → "Kiên Giang", for the place in the date line. */
export function shortPlaceName(provinceName: string): string {
  return provinceName.replace(/^(Tỉnh|Thành phố)\s+/u, '');
}

/**
 * The date line and the two signatures of an official Vietnamese report: the person who drew up
 * the table on the left, the head of the office on the right. The date is left to be written by
 * hand when the report is signed, so the file itself carries no wall-clock date.
 */
export function writeSignatureBlock(
  writer: SheetWriter,
  lang: Lang,
  place: string,
  columns: { left: [number, number]; right: [number, number] },
): void {
  const width = columns.right[1];
  const row = (left: string | null, right: string | null, style: { bold?: boolean; italic?: boolean }) => {
    const values: Array<string | null> = Array.from({ length: width }, () => null);
    values[columns.left[0] - 1] = left;
    values[columns.right[0] - 1] = right;
    const number = writer.addRow(values, { align: 'center', ...style });
    writer.merge(number, columns.left[0], columns.left[1]);
    writer.merge(number, columns.right[0], columns.right[1]);
  };
  writer.skip();
  row(null, pick(lang, `${place}, ngày ..... tháng ..... năm ..........`, `${place}, date ..... / ..... / ..........`), { italic: true });
  row(pick(lang, 'Người lập biểu', 'Prepared by'), pick(lang, 'Thủ trưởng đơn vị', 'Head of office'), { bold: true });
  row(pick(lang, '(Ký, ghi rõ họ tên)', '(Signature, full name)'), pick(lang, '(Ký, họ tên, đóng dấu)', '(Signature, full name, seal)'), {
    italic: true,
  });
  // Room to sign: a styled empty row keeps it inside the printed range.
  writer.skip(3);
  row(null, null, {});
  writer.flush();
}
