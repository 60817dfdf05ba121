import iconv from 'iconv-lite';
import { latinFromBytes, legacyByte } from '../text/legacy-vietnamese.js';
import { legacyTextConverter } from './legacy-text.js';
import type { Problems } from './problems.js';

export type TextEncodingName = 'utf-8' | 'utf-16le' | 'utf-16be' | 'windows-1258';

export interface DecodedText {
  text: string;
  encoding: TextEncodingName;
  /** True when some bytes could not be decoded (their lines carry U+FFFD and were reported). */
  lossy: boolean;
}

const REPLACEMENT = '\uFFFD';

/** 1-based line numbers of every line holding `char`, in order, each once. */
function linesHolding(text: string, char: string): number[] {
  const lines: number[] = [];
  let line = 1;
  let scanned = 0;
  for (let at = text.indexOf(char); at !== -1; at = text.indexOf(char, at + 1)) {
    for (let nl = text.indexOf('\n', scanned); nl !== -1 && nl < at; nl = text.indexOf('\n', nl + 1)) line++;
    scanned = at;
    if (lines[lines.length - 1] !== line) lines.push(line);
  }
  return lines;
}

/** UTF-16 without a byte order mark: ASCII-heavy text has a zero in every other byte. */
function bomlessUtf16(bytes: Uint8Array): 'utf-16le' | 'utf-16be' | undefined {
  const sample = Math.min(bytes.length - (bytes.length % 2), 4096);
  let evenZeros = 0;
  let oddZeros = 0;
  for (let i = 0; i < sample; i += 2) {
    if (bytes[i] === 0) evenZeros++;
    if (bytes[i + 1] === 0) oddZeros++;
  }
  const pairs = sample / 2;
  if (pairs === 0) return undefined;
  if (oddZeros > pairs * 0.3 && evenZeros < pairs * 0.05) return 'utf-16le';
  if (evenZeros > pairs * 0.3 && oddZeros < pairs * 0.05) return 'utf-16be';
  return undefined;
}

/**
 * Counts well-formed multi-byte UTF-8 sequences and malformed bytes. Windows-1258 Vietnamese almost
 * never forms a valid multi-byte sequence (its tone marks are bytes ≥ 0xC0), so a file with more
 * valid sequences than broken ones is damaged UTF-8, not Windows-1258.
 */
function utf8Balance(bytes: Uint8Array): { valid: number; invalid: number } {
  let valid = 0;
  let invalid = 0;
  for (let i = 0; i < bytes.length; i++) {
    const b = bytes[i];
    if (b < 0x80) continue;
    const length = b >= 0xc2 && b <= 0xdf ? 2 : b >= 0xe0 && b <= 0xef ? 3 : b >= 0xf0 && b <= 0xf4 ? 4 : 0;
    let ok = length > 0 && i + length <= bytes.length;
    for (let k = 1; ok && k < length; k++) ok = (bytes[i + k] & 0xc0) === 0x80;
    if (ok) {
      valid++;
      i += length - 1;
    } else invalid++;
  }
  return { valid, invalid };
}

function decodeBytes(bytes: Uint8Array): { text: string; encoding: TextEncodingName } {
  if (bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf) {
    return { text: new TextDecoder('utf-8', { ignoreBOM: false }).decode(bytes), encoding: 'utf-8' };
  }
  if (bytes[0] === 0xff && bytes[1] === 0xfe) return { text: new TextDecoder('utf-16le').decode(bytes), encoding: 'utf-16le' };
  if (bytes[0] === 0xfe && bytes[1] === 0xff) return { text: new TextDecoder('utf-16be').decode(bytes), encoding: 'utf-16be' };
  const utf16 = bomlessUtf16(bytes);
  if (utf16) return { text: new TextDecoder(utf16).decode(bytes), encoding: utf16 };
  try {
    return { text: new TextDecoder('utf-8', { fatal: true }).decode(bytes), encoding: 'utf-8' };
  } catch {
    const { valid, invalid } = utf8Balance(bytes);
    if (valid > invalid) return { text: new TextDecoder('utf-8').decode(bytes), encoding: 'utf-8' };
    return { text: iconv.decode(Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength), 'windows1258'), encoding: 'windows-1258' };
  }
}

/** A word of the Windows-1252 view read as Windows-1258 instead: what tk13 makes of it otherwise. */
function asWindows1258(word: string): string {
  return iconv.decode(Buffer.from(Array.from(word, (char) => legacyByte(char) ?? 0x3f)), 'windows1258').normalize('NFC');
}

/**
 * Text typed in a legacy font (TCVN3, VNI) converted to Unicode, when the file is surely one
 * (`register-legacy-encoding-converted`, or `-unsure` and unchanged; see legacyTextConverter).
 * Single-byte files are looked at byte for byte (one Windows-1252 character per byte), before
 * Windows-1258 would merge TCVN3 bytes into combining marks; other text is converted line by line.
 */
function legacyConverted(bytes: Uint8Array, decoded: { text: string; encoding: TextEncodingName }, problems: Problems): string {
  if (decoded.encoding === 'windows-1258') {
    const latin = latinFromBytes(bytes);
    const convert = legacyTextConverter([latin], problems, {}, asWindows1258);
    return convert ? convert([latin])[0] : decoded.text;
  }
  const convert = legacyTextConverter([decoded.text], problems);
  return convert ? decoded.text.split('\n').map((line) => convert([line])[0]).join('\n') : decoded.text;
}

/**
 * Decodes CSV bytes: UTF-8 (with or without BOM), UTF-16 (LE/BE, with a BOM or recognisably without),
 * else Windows-1258; text typed in a legacy Vietnamese font (TCVN3, VNI) is converted to Unicode with
 * a warning; always NFC, lines ending in `\n`. Undecodable bytes are reported per line;
 * a NUL character refuses the file (`undefined` is returned).
 */
export function decodeRegisterText(bytes: Uint8Array, problems: Problems): DecodedText | undefined {
  const decoded = decodeBytes(bytes);
  let text = legacyConverted(bytes, decoded, problems).normalize('NFC');
  // One line ending throughout: files get lines appended in other editors (CRLF, LF, old Mac CR).
  if (text.includes('\r')) text = text.replace(/\r\n?/g, '\n');
  const nul = text.indexOf('\0');
  if (nul !== -1) {
    problems.error('register-nul-byte', { line: linesHolding(text.slice(0, nul + 1), '\0')[0], expected: decoded.encoding });
    return undefined;
  }
  const badLines = text.includes(REPLACEMENT) ? linesHolding(text, REPLACEMENT) : [];
  for (const line of badLines) problems.error('register-encoding-invalid', { line, expected: decoded.encoding });
  return { text, encoding: decoded.encoding, lossy: badLines.length > 0 };
}
