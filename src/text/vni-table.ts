/**
 * VNI Windows (the VNI-Times, VNI-Helve… fonts): a Vietnamese letter is a base letter followed by
 * one mark character; both are Windows-1252 (Latin-1) characters. A few letters are one character.
 *
 * Source: the VNI table of xvnkb (lamdao/xvnkb, vni.h: "aù" = á, "aâ" = â, "aá" = ấ, "ô" = ơ,
 * "ö" = ư, "ñ" = đ, "æ" = ỉ …), the same as the VNI Windows table of Unikey's converter. Checked by
 * the round-trip test of every Vietnamese letter (test/text/legacy-vietnamese.test.ts).
 * Capital letters take the capital mark ("AÙ" = Á); marks are read in either case.
 */

/** Tone marks, in the order acute, grave, hook above, tilde, dot below. */
export const VNI_TONE_MARKS = ['ù', 'ø', 'û', 'õ', 'ï'] as const;
/** Circumflex alone, then with acute, grave, hook above, tilde, dot below (a, e, o). */
export const VNI_CIRCUMFLEX_MARKS = ['â', 'á', 'à', 'å', 'ã', 'ä'] as const;
/** Breve alone, then with acute, grave, hook above, tilde, dot below (a only). */
export const VNI_BREVE_MARKS = ['ê', 'é', 'è', 'ú', 'ü', 'ë'] as const;

/** Unicode combining tone marks, in the order of VNI_TONE_MARKS. */
export const TONE_COMBINING = ['\u0301', '\u0300', '\u0309', '\u0303', '\u0323'] as const;

/** VNI base characters that take marks, lower case, and the Unicode letter each one is. */
export const VNI_BASES: ReadonlyMap<string, { letter: string; circumflex: boolean; breve: boolean }> = new Map([
  ['a', { letter: 'a', circumflex: true, breve: true }],
  ['e', { letter: 'e', circumflex: true, breve: false }],
  ['o', { letter: 'o', circumflex: true, breve: false }],
  ['ô', { letter: 'ơ', circumflex: false, breve: false }],
  ['u', { letter: 'u', circumflex: false, breve: false }],
  ['ö', { letter: 'ư', circumflex: false, breve: false }],
  ['y', { letter: 'y', circumflex: false, breve: false }],
]);

/** Letters that are one character in VNI, lower case (upper case is the same pair upper-cased). */
export const VNI_SINGLES: ReadonlyMap<string, string> = new Map([
  ['ô', 'ơ'],
  ['ö', 'ư'],
  ['ñ', 'đ'],
  ['í', 'í'],
  ['ì', 'ì'],
  ['æ', 'ỉ'],
  ['ó', 'ĩ'],
  ['ò', 'ị'],
  ['î', 'ỵ'],
]);
