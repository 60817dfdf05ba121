import { TCVN3_HIGH, TCVN3_LOW } from './tcvn3-table.js';
import { TONE_COMBINING, VNI_BASES, VNI_BREVE_MARKS, VNI_CIRCUMFLEX_MARKS, VNI_SINGLES, VNI_TONE_MARKS } from './vni-table.js';

/**
 * The two legacy Vietnamese font encodings still met in offices, and their conversion to Unicode.
 * Text in these encodings reaches tk13 as Latin-1/Windows-1252 characters: the bytes of a CSV read
 * one character per byte, or the characters Excel stores for a cell typed in a .VnTime or VNI-Times
 * font. Decoding works on those characters; the result is NFC.
 */
export type LegacyEncoding = 'tcvn3' | 'vni';

/** Windows-1252 at 0x80–0x9F; the five bytes it leaves undefined stay as their C1 code points. */
const CP1252_HIGH = [
  0x20ac, 0x0081, 0x201a, 0x0192, 0x201e, 0x2026, 0x2020, 0x2021, 0x02c6, 0x2030, 0x0160, 0x2039, 0x0152, 0x008d, 0x017d, 0x008f,
  0x0090, 0x2018, 0x2019, 0x201c, 0x201d, 0x2022, 0x2013, 0x2014, 0x02dc, 0x2122, 0x0161, 0x203a, 0x0153, 0x009d, 0x017e, 0x0178,
];
const CP1252_BYTE = new Map(CP1252_HIGH.map((code, i) => [code, 0x80 + i]));

/** Bytes as Windows-1252 characters (Latin-1 where Windows-1252 has nothing): one character per byte. */
export function latinFromBytes(bytes: Uint8Array): string {
  let text = '';
  for (let i = 0; i < bytes.length; i += 8192) {
    const chunk = bytes.subarray(i, i + 8192);
    text += String.fromCharCode(...Array.from(chunk, (b) => (b >= 0x80 && b < 0xa0 ? CP1252_HIGH[b - 0x80] : b)));
  }
  return text;
}

/** The byte a character stands for in a legacy font, or undefined when it is a Unicode-only character. */
export function legacyByte(char: string): number | undefined {
  const code = char.charCodeAt(0);
  if (code <= 0xff) return code;
  return CP1252_BYTE.get(code);
}

/** True when every character of `text` can be a byte of a legacy font (Latin-1 or Windows-1252). */
export function isLegacyRepresentable(text: string): boolean {
  for (const char of text) if (legacyByte(char) === undefined) return false;
  return true;
}

const WORD = /[^\s!-/:-@[-`{-~]+/g;
const ASCII_UPPER = /[A-Z]/g;
const ASCII_LOWER = /[a-z]/;

/**
 * Text typed with the capital font (.VnTimeH) uses the small letters' codes: "KH«NG" is "KHÔNG".
 * A word with two or more ASCII letters, all capitals, is given in capitals.
 */
function capitalised(original: string, decoded: string): string {
  const capitals = original.match(ASCII_UPPER)?.length ?? 0;
  return capitals >= 2 && !ASCII_LOWER.test(original) ? decoded.toUpperCase() : decoded;
}

function decodeTcvn3Word(word: string): string {
  let out = '';
  for (const char of word) {
    const byte = legacyByte(char);
    const code = byte === undefined ? undefined : byte >= 0x80 ? TCVN3_HIGH[byte - 0x80] : TCVN3_LOW.get(byte);
    out += code === undefined ? char : String.fromCharCode(code);
  }
  return capitalised(word, out.normalize('NFC'));
}

const CIRCUMFLEX = '\u0302';
const BREVE = '\u0306';

function withCase(source: string, letter: string): string {
  return source === source.toLowerCase() ? letter : letter.toUpperCase();
}

/** The Unicode letter of a VNI base character followed by a mark character, if that pair is a letter. */
function vniPair(base: string, mark: string): string | undefined {
  const entry = VNI_BASES.get(base.toLowerCase());
  if (!entry) return undefined;
  const m = mark.toLowerCase();
  const tone = (VNI_TONE_MARKS as readonly string[]).indexOf(m);
  let combined: string | undefined;
  if (tone !== -1) combined = entry.letter + TONE_COMBINING[tone];
  const circumflex = (VNI_CIRCUMFLEX_MARKS as readonly string[]).indexOf(m);
  if (circumflex !== -1 && entry.circumflex) combined = entry.letter + CIRCUMFLEX + (circumflex > 0 ? TONE_COMBINING[circumflex - 1] : '');
  const breve = (VNI_BREVE_MARKS as readonly string[]).indexOf(m);
  if (breve !== -1 && entry.breve) combined = entry.letter + BREVE + (breve > 0 ? TONE_COMBINING[breve - 1] : '');
  return combined === undefined ? undefined : withCase(base, combined.normalize('NFC'));
}

function decodeVniWord(word: string): string {
  const chars = [...word];
  let out = '';
  for (let i = 0; i < chars.length; i++) {
    const pair = i + 1 < chars.length ? vniPair(chars[i], chars[i + 1]) : undefined;
    if (pair !== undefined) {
      out += pair;
      i++;
      continue;
    }
    const single = VNI_SINGLES.get(chars[i].toLowerCase());
    out += single === undefined ? chars[i] : withCase(chars[i], single);
  }
  return out.normalize('NFC');
}

/** One word (no spaces, no ASCII punctuation) decoded from a legacy encoding to NFC Unicode. */
export function decodeLegacyWord(word: string, encoding: LegacyEncoding): string {
  return encoding === 'tcvn3' ? decodeTcvn3Word(word) : decodeVniWord(word);
}

/**
 * Decodes text typed in a legacy encoding, word by word. `keep(word)` may leave a word as it is
 * (a word holding Unicode-only characters is always kept: it was not typed in the legacy font).
 */
export function decodeLegacyText(text: string, encoding: LegacyEncoding, keep: (word: string) => boolean = () => false): string {
  return text.replace(WORD, (word) => (!isLegacyRepresentable(word) || keep(word) ? word : decodeLegacyWord(word, encoding)));
}

const NON_ASCII = /[^\x00-\x7f]/;

/**
 * The words of a text holding a non-ASCII character, as the decoders split words, one at a time.
 * Words are cut first and tested after: a pattern that looks for the non-ASCII character inside the
 * word would rescan a long ASCII run from every position (quadratic on a 1 MiB cell).
 */
export function* nonAsciiWordsOf(text: string): Generator<string> {
  for (const match of text.matchAll(WORD)) if (NON_ASCII.test(match[0])) yield match[0];
}

const TCVN3_OF = new Map<string, string>();
TCVN3_HIGH.forEach((code, i) => {
  const char = String.fromCharCode(code);
  if (!TCVN3_OF.has(char)) TCVN3_OF.set(char, String.fromCharCode(i < 0x20 ? CP1252_HIGH[i] : 0x80 + i));
});
for (const [byte, code] of TCVN3_LOW) TCVN3_OF.set(String.fromCharCode(code), String.fromCharCode(byte));

/** Unicode text as a .VnTime font would hold it (Windows-1252 characters). For tests and fixtures. */
export function encodeTcvn3(text: string): string {
  let out = '';
  for (const char of text.normalize('NFC')) out += TCVN3_OF.get(char) ?? char;
  return out;
}

const TONE_OF = new Map<string, number>(TONE_COMBINING.map((mark, i) => [mark, i]));

/** Unicode text as a VNI-Times font would hold it (Windows-1252 characters). For tests and fixtures. */
export function encodeVni(text: string): string {
  let out = '';
  for (const char of text.normalize('NFC')) {
    const [base, ...marks] = char.normalize('NFD');
    const lower = base.toLowerCase();
    const upper = base !== lower;
    const tone = marks.map((m) => TONE_OF.get(m)).find((t) => t !== undefined);
    const horn = marks.includes('\u031b');
    const circumflex = marks.includes(CIRCUMFLEX);
    const breve = marks.includes(BREVE);
    const cased = (s: string) => (upper ? s.toUpperCase() : s);
    if (lower === 'đ') out += cased('ñ');
    else if (!/[aeiouy]/.test(lower) || marks.length === 0) out += char;
    else if (lower === 'i' || (lower === 'y' && tone === 4)) {
      const single = lower === 'y' ? 'î' : ['í', 'ì', 'æ', 'ó', 'ò'][tone ?? -1];
      out += single === undefined ? char : cased(single);
    } else {
      const head = horn ? (lower === 'o' ? 'ô' : 'ö') : lower;
      const mark = circumflex ? VNI_CIRCUMFLEX_MARKS[(tone ?? -1) + 1] : breve ? VNI_BREVE_MARKS[(tone ?? -1) + 1] : tone === undefined ? '' : VNI_TONE_MARKS[tone];
      out += cased(head) + cased(mark);
    }
  }
  return out;
}
