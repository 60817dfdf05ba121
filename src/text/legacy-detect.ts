import { type LegacyEncoding, decodeLegacyWord, isLegacyRepresentable, nonAsciiWordsOf } from './legacy-vietnamese.js';
import { isVietnameseSyllable } from './vietnamese-syllable.js';

/** What the text of one file looks typed in. */
export interface LegacyVerdict {
  encoding: LegacyEncoding;
  /** The evidence is strong and one-sided: the text may be converted. */
  sure: boolean;
  /** Distinct words that are Vietnamese only when read in `encoding`. */
  words: number;
  /** Distinct words holding characters no legacy font holds: Unicode text in the same file. */
  unicodeWords: number;
}

const ENCODINGS: readonly LegacyEncoding[] = ['tcvn3', 'vni'];
/** Fewer distinct telling words than this is too little evidence to convert. */
const MIN_WORDS = 3;
/** Distinct non-ASCII words looked at: a register repeats a few hundred values. */
const MAX_WORDS = 5000;
/** Distinct Unicode-only words after which a file with no telling word is taken as Unicode. */
const UNICODE_ENOUGH = 100;

/**
 * Scores text for the legacy encodings. A word counts for an encoding when it is not Vietnamese as
 * it stands (`asIs`, the reading tk13 would otherwise make) but is a Vietnamese syllable once decoded
 * ("N÷" → "Nữ" for TCVN3, "Nöõ" → "Nữ" for VNI); against it when decoding spoils a word that was
 * Vietnamese. Sure when at least 3 distinct words count, the other encoding scores under a quarter
 * of that and spoiled words are under a quarter too. Returns undefined when no word counts, or when
 * decoding would spoil more words than it mends.
 */
export function detectLegacyEncoding(texts: Iterable<string>, asIs: (word: string) => string = (word) => word): LegacyVerdict | undefined {
  const seen = new Set<string>();
  const fits: Record<LegacyEncoding, number> = { tcvn3: 0, vni: 0 };
  const spoils: Record<LegacyEncoding, number> = { tcvn3: 0, vni: 0 };
  let unicodeWords = 0;
  scan: for (const text of texts) {
    for (const word of nonAsciiWordsOf(text)) {
      if (seen.has(word)) continue;
      if (seen.size >= MAX_WORDS) break scan;
      seen.add(word);
      if (!isLegacyRepresentable(word)) {
        // A Unicode file: stop reading once it is plain that nothing in it is legacy text.
        if (++unicodeWords >= UNICODE_ENOUGH && fits.tcvn3 + fits.vni === 0) break scan;
        continue;
      }
      const plain = isVietnameseSyllable(asIs(word));
      for (const encoding of ENCODINGS) {
        const decoded = isVietnameseSyllable(decodeLegacyWord(word, encoding));
        if (decoded && !plain) fits[encoding]++;
        else if (plain && !decoded) spoils[encoding]++;
      }
    }
  }
  const encoding: LegacyEncoding = fits.tcvn3 >= fits.vni ? 'tcvn3' : 'vni';
  const other: LegacyEncoding = encoding === 'tcvn3' ? 'vni' : 'tcvn3';
  const words = fits[encoding];
  if (words === 0) return undefined;
  // Text that reads as Vietnamese as it stands, where decoding would spoil more words than it mends
  // (a Windows-1258 file whose `₫` byte happens to read "ỵ" in TCVN3), is not legacy text at all.
  if (spoils[encoding] > words) return undefined;
  const sure = words >= MIN_WORDS && fits[other] * 4 <= words && spoils[encoding] * 4 <= words;
  return { encoding, sure, words, unicodeWords };
}
