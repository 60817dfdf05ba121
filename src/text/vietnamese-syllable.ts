/**
 * Whether a word is written as Vietnamese is: one or more syllables of the form
 * onset + vowel nucleus + final, each with at most one tone mark. Used to tell text typed in a
 * legacy font from Unicode text: decoding "N÷" gives "Nữ", a syllable; "N÷" itself is none.
 */
const TONES = /[\u0300\u0301\u0303\u0309\u0323]/g;
const ONSET = '(?:ngh|ng|nh|ch|gh|gi|kh|ph|qu|th|tr|[bcdđghklmnprstvx])?';
/** Vowel sequences of Vietnamese rhymes, longest first (Đoàn Thiện Thuật, Ngữ âm tiếng Việt). */
const NUCLEI = [
  'iêu', 'oai', 'oao', 'oay', 'oeo', 'uây', 'uôi', 'uya', 'uyê', 'uyu', 'ươi', 'ươu', 'yêu',
  'ai', 'ao', 'au', 'ay', 'âu', 'ây', 'eo', 'êu', 'ia', 'iu', 'iê', 'oa', 'oă', 'oe', 'oi', 'ôi', 'ơi',
  'ua', 'uâ', 'uê', 'ui', 'uô', 'uơ', 'uy', 'ưa', 'ưi', 'ưu', 'ươ', 'yê',
  'a', 'ă', 'â', 'e', 'ê', 'i', 'o', 'ô', 'ơ', 'u', 'ư', 'y',
];
const NUCLEUS = `(?:${NUCLEI.join('|')})`;
const FINAL = '(?:ng|nh|ch|[cmnpt])?';
const SYLLABLE = new RegExp(`^${ONSET}${NUCLEUS}${FINAL}$`);

/** True when `word` (letters only, any case) is one Vietnamese syllable with at most one tone mark. */
export function isVietnameseSyllable(word: string): boolean {
  const decomposed = word.normalize('NFD');
  const tones = decomposed.match(TONES)?.length ?? 0;
  if (tones > 1) return false;
  const bare = decomposed.replace(TONES, '').normalize('NFC').toLowerCase();
  return SYLLABLE.test(bare);
}
