/**
 * Characters a person cannot see in a cell but that change what the cell holds: pasted from Zalo,
 * web pages, Word or PDF, they make a code, number or date that looks right fail to match (issue 12,
 * kind 4). Each is named by its code point and its Unicode name, so a clerk (or whoever helps them)
 * can find it.
 */

/** Code point → Unicode name of every character stripped from cell values. */
export const INVISIBLE_CHARACTERS: ReadonlyMap<number, string> = new Map([
  [0x00ad, 'soft hyphen'],
  [0x200b, 'zero-width space'],
  [0x200c, 'zero-width non-joiner'],
  [0x200d, 'zero-width joiner'],
  [0x200e, 'left-to-right mark'],
  [0x200f, 'right-to-left mark'],
  [0x202a, 'left-to-right embedding'],
  [0x202b, 'right-to-left embedding'],
  [0x202c, 'pop directional formatting'],
  [0x202d, 'left-to-right override'],
  [0x202e, 'right-to-left override'],
  [0x2060, 'word joiner'],
  [0x2066, 'left-to-right isolate'],
  [0x2067, 'right-to-left isolate'],
  [0x2068, 'first strong isolate'],
  [0x2069, 'pop directional isolate'],
  [0xfeff, 'zero-width no-break space, BOM'],
]);

/** Spaces that look like an ordinary space: trimmed at a cell's edges with a warning. */
export const LOOKALIKE_SPACES: ReadonlyMap<number, string> = new Map([
  [0x00a0, 'no-break space'],
  [0x2007, 'figure space'],
  [0x202f, 'narrow no-break space'],
]);

const INVISIBLE = /[\u00ad\u200b-\u200f\u202a-\u202e\u2060\u2066-\u2069\ufeff]/g;
const EDGE_LOOKALIKES = /^[\s\u00a0\u2007\u202f]+|[\s\u00a0\u2007\u202f]+$/g;
const LOOKALIKE = /[\u00a0\u2007\u202f]/;

/** `U+200B`. */
export function codePointLabel(codePoint: number): string {
  return `U+${codePoint.toString(16).toUpperCase().padStart(4, '0')}`;
}

/** `U+200B (zero-width space)`: how a warning names a character. */
export function describeCharacter(codePoint: number): string {
  const name = INVISIBLE_CHARACTERS.get(codePoint) ?? LOOKALIKE_SPACES.get(codePoint);
  return name ? `${codePointLabel(codePoint)} (${name})` : codePointLabel(codePoint);
}

export interface CleanedText {
  /** The text without invisible characters and without look-alike spaces at its edges, trimmed. */
  text: string;
  /** Code points removed, each once, in the order first met. */
  removed: number[];
}

/**
 * Removes invisible characters anywhere in `raw` and look-alike spaces (no-break space and kin) at
 * its edges, then trims. Look-alike spaces inside the text are kept: inside a number they group
 * thousands, inside words they separate them.
 */
export function stripInvisible(raw: string): CleanedText {
  const removed: number[] = [];
  const note = (char: string) => {
    const point = char.codePointAt(0) ?? 0;
    if (!removed.includes(point)) removed.push(point);
    return '';
  };
  let text = raw.replace(INVISIBLE, note);
  text = text.replace(EDGE_LOOKALIKES, (edge) => {
    for (const char of edge) if (LOOKALIKE.test(char)) note(char);
    return '';
  });
  return { text, removed };
}

/** True when `raw` holds a character `stripInvisible` would remove. */
export function hasInvisible(raw: string): boolean {
  INVISIBLE.lastIndex = 0;
  return INVISIBLE.test(raw) || LOOKALIKE.test(raw);
}

/** The text with each invisible or look-alike character shown as `⟨U+200B⟩`, so a clerk can see it. */
export function showInvisible(raw: string): string {
  return raw.replace(/[\u00ad\u200b-\u200f\u202a-\u202e\u2060\u2066-\u2069\ufeff\u00a0\u2007\u202f]/g, (char) => `⟨${codePointLabel(char.codePointAt(0) ?? 0)}⟩`);
}
