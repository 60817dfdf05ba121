/**
 * How register headers and coded values are compared: people type "Giới tính", "GIOI TINH",
 * "gioi_tinh" or "giới  tính" for the same column, and "Nữ", "nu" or "NỮ" for the same code.
 */
const COMBINING_MARKS = /[\u0300-\u036f]/g;
const SEPARATORS = /[\s_\-./()]+/g;

/** Lower case, no diacritics (đ → d), `_ - . / ( )` and runs of spaces as one space, trimmed. */
export function matchKey(text: string): string {
  return text
    .normalize('NFD')
    .replace(COMBINING_MARKS, '')
    .replace(/[đĐ]/g, 'd')
    .toLowerCase()
    .replace(SEPARATORS, ' ')
    .trim();
}

/** True when `phrase` (a match key) occurs in `key` (a match key) as whole words. */
export function containsWords(key: string, phrase: string): boolean {
  return ` ${key} `.includes(` ${phrase} `);
}
