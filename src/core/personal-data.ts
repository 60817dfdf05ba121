import type { Diagnostic } from './diagnostics.js';

/**
 * What in a piece of text identifies a person: a full name, a citizen/ID card number or a phone
 * number. One definition, used both to refuse such text in stored register columns and to mask it
 * wherever a found value is shown (messages, --json, annotated copies, the report's checks sheet).
 */
export type IdentityKind = 'person-name' | 'id-number' | 'phone';

/**
 * Common Vietnamese family names (the first word of a full name). Sources: the surnames that cover
 * about 90% of the population (Nguyễn, Trần, Lê, Phạm, Hoàng/Huỳnh, Phan, Vũ/Võ, Đặng, Bùi, Đỗ, Hồ,
 * Ngô, Dương, Lý) and the next most frequent ones, including the Thái/Tày/Mường surnames Lò, Lường,
 * Hà, Quàng, Cầm, Đinh, Nông, Vi, Lục, Triệu.
 */
const FAMILY_NAMES = new Set(
  [
    'Nguyễn', 'Trần', 'Lê', 'Phạm', 'Hoàng', 'Huỳnh', 'Phan', 'Vũ', 'Võ', 'Đặng', 'Bùi', 'Đỗ', 'Hồ', 'Ngô', 'Dương', 'Lý',
    'Đào', 'Đinh', 'Mai', 'Trịnh', 'Trương', 'Lâm', 'Cao', 'Lương', 'Tạ', 'Hà', 'Lưu', 'Tô', 'Chu', 'Quách', 'Kiều',
    'Lại', 'Triệu', 'Tăng', 'Châu', 'Vương', 'Phùng', 'Đoàn', 'Tôn', 'Mạc', 'Đàm', 'Thân', 'Nông', 'Lò', 'Lường',
    'Quàng', 'Cầm', 'Lục', 'Vi', 'Khúc', 'Doãn', 'Thạch', 'Danh', 'Kim', 'Ninh', 'Hứa', 'Lã',
  ].map(fold),
);

/**
 * The 54 ethnic groups of Viet Nam (Quyết định 121-TCTK/PPCĐ, 1979) and common spellings of them.
 * Some of them begin with a word that is also a family name (Hà Nhì, Chu Ru, Cao Lan): an ethnicity
 * is never a person's name.
 */
export const ETHNIC_GROUPS: readonly string[] = [
  'Kinh', 'Tày', 'Thái', 'Mường', 'Khơ Me', 'Khmer', 'Hoa', 'Nùng', 'Mông', "H'Mông", 'Hmông', 'Dao', 'Gia Rai', 'Jrai',
  'Ngái', 'Ê Đê', 'Ê-đê', 'Ba Na', 'Bahnar', 'Xơ Đăng', 'Sán Chay', 'Cao Lan', 'Cơ Ho', 'Chăm', 'Chàm', 'Sán Dìu', 'Hrê',
  'Mnông', "M'Nông", 'Ra Glai', 'Raglai', 'Xtiêng', 'Bru Vân Kiều', 'Bru-Vân Kiều', 'Thổ', 'Giáy', 'Cơ Tu', 'Gié Triêng',
  'Mạ', 'Khơ Mú', 'Co', 'Tà Ôi', 'Chơ Ro', 'Kháng', 'Xinh Mun', 'Hà Nhì', 'Chu Ru', 'Lào', 'La Chí', 'La Ha', 'Phù Lá',
  'La Hủ', 'Lự', 'Lô Lô', 'Chứt', 'Mảng', 'Pà Thẻn', 'Cơ Lao', 'Cống', 'Bố Y', 'Si La', 'Pu Péo', 'Brâu', 'Ơ Đu', 'Rơ Măm',
];
const ETHNIC = new Set(ETHNIC_GROUPS.map(fold));

/** Place names that begin with a family name: a decision or case id may name the issuing authority. */
const PLACES = new Set(
  ['Hà Nội', 'Hà Giang', 'Hà Nam', 'Hà Tĩnh', 'Hà Tiên', 'Cao Bằng', 'Cao Lãnh', 'Lâm Đồng', 'Ninh Bình', 'Ninh Thuận', 'Hồ Chí Minh', 'Châu Đốc', 'Châu Thành', 'Châu Phú', 'Phan Thiết', 'Phan Rang', 'Mai Châu'].map(fold),
);
const notAName = (words: string) => ETHNIC.has(fold(words)) || PLACES.has(fold(words));

function fold(text: string): string {
  return text.normalize('NFC').toLowerCase().replace(/[\s-]+/g, ' ').trim();
}

const WORD = /[\p{L}\p{M}'’]+/gu;
const CAPITALISED = /^\p{Lu}/u;

/**
 * A full name: 2 to 5 consecutive capitalised words, the first a common family name ("Phạm Thị Mai
 * Anh", "Nguyễn Văn A", "LÒ THỊ MÂY"), anywhere in the text ("Chú Nguyễn Văn Hùng"). An ethnic group
 * name and a place name (Hà Giang, Châu Thành) are not.
 */
function holdsPersonName(text: string): boolean {
  const normal = text.normalize('NFC');
  if (notAName(normal)) return false;
  const words = [...normal.matchAll(WORD)];
  // Words separated by spaces only: "Phạm Thị" is a pair, "Phạm, Thị" and "Phạm-Thị" are not.
  const joined = (i: number) => /^ +$/.test(normal.slice(words[i - 1].index! + words[i - 1][0].length, words[i].index));
  for (let i = 0; i + 1 < words.length; i++) {
    const [first, second, third] = [words[i][0], words[i + 1][0], words[i + 2]?.[0]];
    if (!CAPITALISED.test(first) || !FAMILY_NAMES.has(fold(first)) || !CAPITALISED.test(second) || !joined(i + 1)) continue;
    if (notAName(`${first} ${second}`) || (third && joined(i + 2) && notAName(`${first} ${second} ${third}`))) continue;
    return true;
  }
  return false;
}

/** Runs of digits, with the single spaces, dots or dashes people group them with, standing alone. */
const DIGIT_RUN = /(?<![\p{L}\p{N}])\+?\d(?:[ .-]?\d)*(?![\p{L}\p{N}])/gu;

function numberKind(run: string): IdentityKind | undefined {
  const digits = run.replace(/[^\d]/g, '');
  if (run.startsWith('+84') && digits.length === 11) return 'phone';
  if (digits.startsWith('84') && digits.length === 11) return 'phone';
  if (digits.startsWith('0') && digits.length === 10) return 'phone';
  if (digits.length === 9 || digits.length === 12) return 'id-number';
  return undefined;
}

/**
 * The kind of personal identity a text holds, or undefined: a citizen/ID card number (9 or 12 digits,
 * CMND/CCCD), a phone number (0 + 9 digits, +84 or 84 + 9 digits), or a full name (see above). Digits
 * glued to letters (`TE91-01-00001`) and dates are not numbers of a person.
 */
export function identityKind(text: string): IdentityKind | undefined {
  for (const match of text.matchAll(DIGIT_RUN)) {
    const kind = numberKind(match[0]);
    if (kind) return kind;
  }
  return holdsPersonName(text) ? 'person-name' : undefined;
}

/** A found value read from inside a file: it has a place there (a size or a version number has none). */
function readFromContents(d: Partial<Diagnostic>): boolean {
  return d.cell !== undefined || d.line !== undefined || d.column !== undefined || d.sheet !== undefined || d.item !== undefined;
}

/**
 * The kind of identity a diagnostic's found value holds, when it must not be shown: named by an
 * earlier masking (`params.found_kind`) or detected now in a value read from a file's contents.
 */
export function maskedFoundKind(d: Partial<Diagnostic>): IdentityKind | undefined {
  const named = d.params?.found_kind;
  if (named === 'person-name' || named === 'id-number' || named === 'phone') return named;
  if (d.found === undefined || !readFromContents(d)) return undefined;
  return identityKind(d.found);
}

/**
 * The diagnostic without an identity in `found`: the value is dropped and only its kind kept, as
 * `params.found_kind`, so what is stored (accepted warnings) and what is shown says "a name", never
 * the name. Other diagnostics come back unchanged.
 */
export function withoutIdentity(d: Diagnostic): Diagnostic {
  const kind = maskedFoundKind(d);
  if (!kind || d.found === undefined) return d;
  const { found: _dropped, ...rest } = d;
  return { ...rest, params: { ...d.params, found_kind: kind } };
}
