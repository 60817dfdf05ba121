import iconv from 'iconv-lite';
import { execFileSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { registerLayout } from '../../src/registers/spec.js';
import { detectLegacyEncoding } from '../../src/text/legacy-detect.js';
import {
  type LegacyEncoding,
  decodeLegacyText,
  encodeTcvn3,
  encodeVni,
  isLegacyRepresentable,
  latinFromBytes,
} from '../../src/text/legacy-vietnamese.js';
import { isVietnameseSyllable } from '../../src/text/vietnamese-syllable.js';

const HANDED_TCVN3 = resolve(import.meta.dirname, '../../fixtures/submissions/registers/legacy-tcvn3-csv/899_2024-H1_abuse-cases.csv');

/** Every Vietnamese letter: the 12 vowels with no tone and each of the 5 tones, and đ; both cases. */
function everyVietnameseLetter(): string[] {
  const vowels = ['a', 'ă', 'â', 'e', 'ê', 'i', 'o', 'ô', 'ơ', 'u', 'ư', 'y'];
  const tones = ['', '\u0301', '\u0300', '\u0309', '\u0303', '\u0323'];
  const lower = [...vowels.flatMap((v) => tones.map((t) => (v + t).normalize('NFC'))), 'đ'];
  return [...lower, ...lower.map((l) => l.toUpperCase())];
}

const ENCODERS: Record<LegacyEncoding, (text: string) => string> = { tcvn3: encodeTcvn3, vni: encodeVni };

/** Every label, alias and coded value of both register layouts. */
function registerPhrases(): string[] {
  const phrases = new Set<string>();
  for (const kind of ['abuse-cases', 'sanctions'] as const) {
    for (const column of registerLayout(kind).columns) {
      phrases.add(column.label);
      for (const code of column.codes ?? []) phrases.add(code.label);
    }
  }
  return [...phrases];
}

describe('legacy Vietnamese tables', () => {
  it('has 146 distinct Vietnamese letters to check', () => {
    expect(new Set(everyVietnameseLetter()).size).toBe(146);
  });

  for (const encoding of ['tcvn3', 'vni'] as const) {
    it(`${encoding}: every Vietnamese letter, both cases, encodes to font characters and decodes back`, () => {
      for (const letter of everyVietnameseLetter()) {
        const encoded = ENCODERS[encoding](letter);
        expect(isLegacyRepresentable(encoded), `${letter} → ${encoded}`).toBe(true);
        expect(decodeLegacyText(encoded, encoding), `${letter} → ${JSON.stringify(encoded)}`).toBe(letter);
      }
    });

    it(`${encoding}: every label and coded value of the registers round-trips`, () => {
      for (const phrase of registerPhrases()) expect(decodeLegacyText(ENCODERS[encoding](phrase), encoding)).toBe(phrase);
    });
  }

  it('TCVN3 bytes are those of TCVN 5712:1993 (VN3)', () => {
    const tcvn3 = (bytes: number[]) => decodeLegacyText(latinFromBytes(Uint8Array.from(bytes)), 'tcvn3');
    // đ ® 0xAE, á ¸ 0xB8, à µ 0xB5, ả ¶ 0xB6, ã · 0xB7, ạ ¹ 0xB9, ữ ÷ 0xF7, ư 0xAD, Đ § 0xA7, ơ ¬ 0xAC
    expect(tcvn3([0xae, 0xb8, 0xb5, 0xb6, 0xb7, 0xb9, 0xf7, 0xad, 0xa7, 0xac])).toBe('đáàảãạữưĐơ');
    expect(decodeLegacyText('N÷ Gia ®×nh Cã', 'tcvn3')).toBe('Nữ Gia đình Có');
    // Capitals of VN1 at 0x80–0x9F arrive as Windows-1252 characters (Excel) or as C1 code points.
    expect(decodeLegacyText('\u0192 \u0083', 'tcvn3')).toBe('Á Á');
    // The capital font .VnTimeH uses the small letters' codes.
    expect(decodeLegacyText('KH«NG', 'tcvn3')).toBe('KHÔNG');
  });

  // The table was taken from glibc's TCVN5712-1 converter; where glibc's iconv is installed the
  // test reads it again, byte by byte (elsewhere it is skipped, and vitest lists it as skipped).
  const glibcTcvn = (() => {
    try {
      return execFileSync('iconv', ['-f', 'TCVN5712-1', '-t', 'UTF-8'], { input: Buffer.from([0x41]) }).toString() === 'A';
    } catch {
      return false;
    }
  })();
  it.skipIf(!glibcTcvn)('TCVN3 agrees with glibc iconv TCVN5712-1 at every byte 0x80–0xFF', () => {
    const bytes = Uint8Array.from({ length: 128 }, (_, i) => 0x80 + i);
    const glibc = execFileSync('iconv', ['-f', 'TCVN5712-1', '-t', 'UTF-8'], { input: Buffer.from(bytes) }).toString();
    const ours = Array.from(bytes, (b) => decodeLegacyText(latinFromBytes(Uint8Array.of(b)), 'tcvn3')).join('');
    expect(ours.normalize('NFC')).toBe(glibc.normalize('NFC'));
  });

  it('VNI Windows pairs a base letter with a mark character', () => {
    expect(decodeLegacyText('aù aø aû aõ aï oâ ôø öõ ñ Ñ æ ó ò î', 'vni')).toBe('á à ả ã ạ ô ờ ữ đ Đ ỉ ĩ ị ỵ');
    expect(decodeLegacyText('Nöõ Coù Gia ñình', 'vni')).toBe('Nữ Có Gia đình');
    expect(decodeLegacyText('AÙ AÂ AÉ', 'vni')).toBe('Á Â Ắ');
  });
});

/** A word of single-byte characters read the way tk13 reads a Windows-1258 file. */
function windows1258Word(word: string): string {
  return iconv.decode(Buffer.from(Array.from(word, (c) => c.charCodeAt(0) & 0xff)), 'windows1258').normalize('NFC');
}

describe('legacy encoding detection', () => {
  const labels = registerPhrases().join('; ');

  it('recognises register text typed in either encoding', () => {
    expect(detectLegacyEncoding([encodeTcvn3(labels)])).toMatchObject({ encoding: 'tcvn3', sure: true, unicodeWords: 0 });
    expect(detectLegacyEncoding([encodeVni(labels)])).toMatchObject({ encoding: 'vni', sure: true, unicodeWords: 0 });
  });

  it('recognises the handed TCVN3 register from its bytes', () => {
    expect(detectLegacyEncoding([latinFromBytes(readFileSync(HANDED_TCVN3))])).toMatchObject({ encoding: 'tcvn3', sure: true });
  });

  it('finds nothing in Unicode text', () => {
    expect(detectLegacyEncoding([labels])).toBeUndefined();
    expect(detectLegacyEncoding(['Bóc lột; Có; Nam; Bà ngoại; Thuý; café'])).toBeUndefined();
  });

  it('finds nothing in a Windows-1258 file whose ₫ byte reads as a TCVN3 letter', () => {
    // Excel's Vietnamese-locale CSV: words are Vietnamese as they stand; only "13.500.000 ₫" reads as TCVN3 "ỵ".
    const bytes = readFileSync(resolve(import.meta.dirname, '../../fixtures/submissions/registers/currency-sign/899_2024-H1_sanctions.csv'));
    expect(detectLegacyEncoding([latinFromBytes(bytes)], windows1258Word)).toBeUndefined();
  });

  it('is unsure with too little evidence', () => {
    expect(detectLegacyEncoding(['Nam; N÷; Nam'])).toMatchObject({ encoding: 'tcvn3', sure: false, words: 1 });
  });

  it('is unsure when both encodings read the words as Vietnamese', () => {
    // VNI "cạ mạt nạn lạc"; TCVN3 reads the same bytes "caù maùt naùn laùc", also Vietnamese-shaped.
    expect(detectLegacyEncoding(['caï maït naïn laïc'])).toMatchObject({ sure: false, words: 4 });
  });
});

describe('Vietnamese syllables', () => {
  it('accepts syllables and refuses what is none', () => {
    for (const word of ['Nữ', 'đình', 'Trường', 'nghiêng', 'khuya', 'quyết', 'NGƯỜI']) expect(isVietnameseSyllable(word), word).toBe(true);
    for (const word of ['N÷', '®×nh', 'Giôùi', 'hoùc', 'Coọng', 'ắá', 'x']) expect(isVietnameseSyllable(word), word).toBe(false);
  });
});
