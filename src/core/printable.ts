/**
 * Text that came from input — file names, sheet names, cell text — made safe to print on a terminal
 * or in a log (issue 13): every control character is shown as a visible escape instead of acting.
 * A newline in a file name would print a fake "Đã nhận" line; ESC sequences clear the screen or
 * retitle the terminal; bidirectional overrides reorder what is read. JSON output needs no help:
 * JSON.stringify escapes U+0000–U+001F itself.
 *
 * `\n`, `\r`, `\t` become those two characters; any other control (C0, DEL, C1), line/paragraph
 * separator or bidi control becomes `\xHH` or `\u{HHHH}`. Everything else, Vietnamese included, is
 * unchanged. `keepNewlines` leaves `\n` (and `\t`) as they are, for whole blocks of tk13's own text.
 */
const CONTROL = /[\u0000-\u001f\u007f-\u009f\u2028\u2029\u202a-\u202e\u2066-\u2069]/g;
const CONTROL_BUT_LINES = /[\u0000-\u0008\u000b-\u001f\u007f-\u009f\u2028\u2029\u202a-\u202e\u2066-\u2069]/g;
const NAMED: Record<string, string> = { '\n': '\\n', '\r': '\\r', '\t': '\\t' };

function visible(char: string): string {
  const named = NAMED[char];
  if (named) return named;
  const code = char.codePointAt(0)!;
  return code <= 0xff ? `\\x${code.toString(16).padStart(2, '0')}` : `\\u{${code.toString(16)}}`;
}

export function printable(text: string, options: { keepNewlines?: boolean } = {}): string {
  return text.replace(options.keepNewlines ? CONTROL_BUT_LINES : CONTROL, visible);
}
