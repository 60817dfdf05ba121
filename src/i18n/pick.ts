import type { Lang } from './catalog-types.js';

/** The Vietnamese or English wording of a short label that is not worth a catalogue entry. */
export function pick(lang: Lang, vi: string, en: string): string {
  return lang === 'en' ? en : vi;
}
