import { detectLegacyEncoding } from '../text/legacy-detect.js';
import { type LegacyEncoding, decodeLegacyText, decodeLegacyWord, isLegacyRepresentable, nonAsciiWordsOf } from '../text/legacy-vietnamese.js';
import { isVietnameseSyllable } from '../text/vietnamese-syllable.js';
import type { ProblemFields, Problems } from './problems.js';

/** The names clerks know the encodings by (Unikey's names). */
export const LEGACY_ENCODING_NAMES: Record<LegacyEncoding, string> = { tcvn3: 'TCVN3 (ABC)', vni: 'VNI Windows' };

/** Converts the texts of one row (the cells of an xlsx row, or one CSV line) to Unicode. */
export type RowConverter = (texts: readonly string[]) => string[];

function holdsUnicodeOnlyWord(text: string): boolean {
  for (const word of nonAsciiWordsOf(text)) if (!isLegacyRepresentable(word)) return true;
  return false;
}

/**
 * Looks at all the text of one register (a file is typed with one font) for a legacy Vietnamese
 * encoding. Sure: one warning `register-legacy-encoding-converted` naming the encoding, and the
 * function that converts a row to NFC Unicode. Unsure: one warning `register-legacy-encoding-unsure`
 * naming the likely encoding, and nothing is converted. No legacy text: no warning, undefined.
 *
 * A file may mix Unicode with the legacy text (tk13's template header above values typed in
 * .VnTime): a row holding a Unicode-only word (one with a character no legacy font has, such as
 * "ộ") was typed in Unicode, and only its words that are Vietnamese solely once decoded are
 * converted there; every other row is converted whole.
 */
export function legacyTextConverter(
  texts: Iterable<string>,
  problems: Problems,
  where: ProblemFields = {},
  asIs?: (word: string) => string,
): RowConverter | undefined {
  const verdict = detectLegacyEncoding(texts, asIs);
  if (!verdict) return undefined;
  const found = LEGACY_ENCODING_NAMES[verdict.encoding];
  const params = { words: verdict.words };
  if (!verdict.sure) {
    problems.warning('register-legacy-encoding-unsure', { ...where, found, params });
    return undefined;
  }
  problems.warning('register-legacy-encoding-converted', { ...where, found, params });
  const { encoding } = verdict;
  const telling = (word: string) => !isVietnameseSyllable(word) && isVietnameseSyllable(decodeLegacyWord(word, encoding));
  return (row) => {
    const unicodeRow = verdict.unicodeWords > 0 && row.some(holdsUnicodeOnlyWord);
    return row.map((text) => decodeLegacyText(text, encoding, unicodeRow ? (word) => !telling(word) : undefined));
  };
}
