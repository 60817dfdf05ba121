import type { Lang } from '../i18n/catalog-types.js';
import { formatVietnamDate, formatVietnamDateTime, isoVietnamMillis } from '../periods/vietnam-time.js';

import { pick } from '../i18n/pick.js';
import { sectorFormSpec } from '../sector-forms/spec.js';
import { sectorOfKind } from '../submissions/types.js';

export { pick };

export function periodName(period: { id: string; type: 'half-year' | 'annual' }, lang: Lang): string {
  const year = period.id.slice(0, 4);
  if (period.type === 'half-year') return pick(lang, `6 tháng đầu năm ${year}`, `First half of ${year}`);
  return pick(lang, `Năm ${year}`, `Year ${year}`);
}

/** An ISO instant shown the way users read times: dd/mm/yyyy HH:mm:ss (UTC+7). */
export function showInstant(iso: string): string {
  return `${formatVietnamDateTime(new Date(iso))} (UTC+7)`;
}

/** A number as the reader writes it: `1.234,5` in Vietnamese, `1,234.5` in English, whatever the host locale. */
export function showNumber(value: number, lang: Lang): string {
  return new Intl.NumberFormat(lang === 'vi' ? 'vi-VN' : 'en-US', { maximumFractionDigits: 2 }).format(value);
}

export function showDate(isoDate: string): string {
  return formatVietnamDate(isoDate);
}

export function levelName(level: string, lang: Lang): string {
  switch (level) {
    case 'province':
      return pick(lang, 'Tỉnh', 'Province');
    case 'district':
      return pick(lang, 'Huyện', 'District');
    case 'sector':
      return pick(lang, 'Sở, ngành', 'Department');
    default:
      return pick(lang, 'Xã', 'Commune');
  }
}

export function kindName(kind: string, lang: Lang): string {
  switch (kind) {
    case 'form':
      return pick(lang, 'Biểu tổng hợp', 'Aggregate form');
    case 'abuse-cases':
      return pick(lang, 'Sổ vụ việc xâm hại', 'Abuse-case register');
    case 'sanctions':
      return pick(lang, 'Sổ xử phạt', 'Sanctions register');
    default:
      return sectorOfKind(kind) === undefined ? kind : pick(lang, 'Biểu sở, ngành', 'Sector form');
  }
}

/**
 * The department that sends a sector form (`sector:<id>`), by its name in templates/sector-forms.yaml
 * (its id when the file no longer lists it); undefined for any other kind.
 */
export function departmentName(kind: string): string | undefined {
  const id = sectorOfKind(kind);
  if (id === undefined) return undefined;
  return sectorFormSpec().sectors.find((s) => s.id === id)?.name ?? id;
}

/**
 * What a submission is, as a reader names it wherever one file is described on one line (ingest and
 * run, validate, history): `Biểu tổng hợp`, `Sổ xử phạt`, and for a sector form the department too,
 * `Biểu sở, ngành — Sở Giáo dục và Đào tạo`; never the kind's key (`form`, `sector:education`).
 */
export function kindWithDepartment(kind: string, lang: Lang): string {
  const department = departmentName(kind);
  return department === undefined ? kindName(kind, lang) : `${kindName(kind, lang)} — ${department}`;
}

/**
 * An instant as ISO-8601 with +07:00 and milliseconds: the exact as-of a report was cut at, so
 * reading it back selects the same submissions (a date alone means 23:59:59.999).
 */
export function isoInstant(instant: Date): string {
  return isoVietnamMillis(instant);
}
