import type { Period } from '../periods/period.js';

/**
 * What the writer puts on the sheet and the reader looks for again: column positions of the
 * original layout, header captions and the identity lines. Shared so the two cannot drift apart.
 */
export const ORIGINAL_COLUMNS = { stt: 1, label: 2, code: 3, total: 4, male: 5, female: 6 } as const;

export const META_SHEET = '_meta';

export const CAPTIONS = {
  motto: 'CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM',
  mottoSub: 'Độc lập - Tự do - Hạnh phúc',
  stt: 'STT',
  indicator: 'Chỉ tiêu',
  code: 'Mã số',
  total: 'Tổng số',
  bySex: 'Chia theo giới tính',
  unitLabel: 'Đơn vị báo cáo:',
  receiverLabel: 'Đơn vị nhận báo cáo:',
  periodLabel: 'Kỳ báo cáo:',
  dateLine: '.........., ngày ...... tháng ...... năm ..........',
  preparer: 'NGƯỜI LẬP BIỂU',
  preparerSign: '(Ký, ghi rõ họ tên)',
  head: 'THỦ TRƯỞNG ĐƠN VỊ',
  headSign: '(Ký, đóng dấu, ghi rõ họ tên)',
  notApplicable: 'x',
} as const;

/** Lower case, NFC, single spaces (non-breaking ones too): how texts typed by people are compared. */
export function normaliseText(text: string): string {
  return text.normalize('NFC').replace(/[\s\u00a0\u202f]+/g, ' ').trim().toLowerCase();
}

export function periodName(period: Period): string {
  return period.type === 'half-year' ? `6 tháng đầu năm ${period.year}` : `năm ${period.year}`;
}

export function unitLine(name: string, code: string): string {
  return `${CAPTIONS.unitLabel} ${name} (mã ${code})`;
}

function afterLabel(text: string, label: string): string | undefined {
  const normal = normaliseText(text);
  const prefix = normaliseText(label);
  return normal.startsWith(prefix) ? text.normalize('NFC').replace(/[\s\u00a0\u202f]+/g, ' ').trim().slice(label.length).trim() : undefined;
}

/**
 * The unit a "Đơn vị báo cáo:" line shows: its name, and the code in the "(mã …)" suffix when there
 * is one; undefined when the text is another line.
 */
export function unitFromLine(text: string): { name: string; code?: string } | undefined {
  const rest = afterLabel(text, CAPTIONS.unitLabel);
  if (rest === undefined) return undefined;
  const suffix = /\(\s*mã\s*([^)]*)\)\s*$/i.exec(rest);
  const name = (suffix ? rest.slice(0, suffix.index) : rest).trim();
  return suffix?.[1].trim() ? { name, code: suffix[1].trim() } : { name };
}

/**
 * The period id a "Kỳ báo cáo:" line names (`2024-H1` or `2024`); null when the line is there but
 * says something else; undefined when the text is not that line.
 */
export function periodFromLine(text: string): string | null | undefined {
  const rest = afterLabel(text, CAPTIONS.periodLabel);
  if (rest === undefined) return undefined;
  const named = normaliseText(rest.split('(')[0]);
  const half = /6 tháng(?: đầu)? năm (\d{4})/.exec(named);
  if (half) return `${half[1]}-H1`;
  const year = /năm (\d{4})/.exec(named);
  return year ? year[1] : null;
}

/** 1 → A, 27 → AA. */
export function columnLetter(column: number): string {
  let letters = '';
  for (let n = column; n > 0; n = Math.floor((n - 1) / 26)) letters = String.fromCharCode(65 + ((n - 1) % 26)) + letters;
  return letters;
}
