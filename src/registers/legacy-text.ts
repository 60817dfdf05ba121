import { detectLegacyEncoding } from '../text/legacy-detect.js';
import { type LegacyEncoding, decodeLegacyText } from '../text/legacy-vietnamese.js';
import { isVietnameseSyllable } from '../text/vietnamese-syllable.js';
import type { ProblemFields, Problems } from './problems.js';

/** The names clerks know the encodings by (Unikey's names). */
export const LEGACY_ENCODING_NAMES: Record<LegacyEncoding, string> = { tcvn3: 'TCVN3 (ABC)', vni: 'VNI Windows' };

/**
 * Looks at all the text of one register (a file is typed with one font) for a legacy Vietnamese
 * encoding. Sure: one warning `register-legacy-encoding-converted` naming the encoding, and the
 * function that converts a cell or the whole text to NFC Unicode. When the file also holds Unicode
 * words (a template's header, say), words that are already Vietnamese are left as they are. Unsure:
 * one warning `register-legacy-encoding-unsure` naming the likely encoding and nothing is converted.
 * No legacy text: no warning, undefined.
 */
export function legacyTextConverter(
  texts: Iterable<string>,
  problems: Problems,
  where: ProblemFields = {},
  asIs?: (word: string) => string,
): ((text: string) => string) | undefined {
  const verdict = detectLegacyEncoding(texts, asIs);
  if (!verdict) return undefined;
  const found = LEGACY_ENCODING_NAMES[verdict.encoding];
  const params = { words: verdict.words };
  if (!verdict.sure) {
    problems.warning('register-legacy-encoding-unsure', { ...where, found, params });
    return undefined;
  }
  problems.warning('register-legacy-encoding-converted', { ...where, found, params });
  const keep = verdict.unicodeWords > 0 ? isVietnameseSyllable : undefined;
  return (text) => decodeLegacyText(text, verdict.encoding, keep);
}
