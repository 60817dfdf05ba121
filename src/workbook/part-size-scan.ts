/**
 * What a worksheet (or the shared strings) holds, measured on its raw XML as it streams out of the
 * zip, so that a workbook too big for exceljs is refused before exceljs builds anything.
 */
export interface XmlShape {
  /** `<row>` elements. */
  rows: number;
  /** Highest row number seen (a lone cell at row 1,048,576 counts as that many). */
  lastRow: number;
  /** Highest column number seen, and the first cell that reached it. */
  lastColumn: number;
  lastColumnCell?: string;
  /** `<c>` elements. */
  cells: number;
  /** Longest text of one `<t>`, `<v>` or `<f>` (characters), and the cell holding it when known. */
  longestText: number;
  longestTextCell?: string;
  /** A DOCTYPE or ENTITY declaration: no workbook needs one, entity expansion is an attack. */
  doctype: boolean;
}

const LT = 0x3c;
const GT = 0x3e;
const SLASH = 0x2f;
const COLON = 0x3a;
const QUOTE = 0x22;
const EQUALS = 0x3d;
/** Bytes of a tag kept for reading its name and `r` attribute; longer tags are only measured. */
const TAG_KEPT = 160;

function isSpace(b: number): boolean {
  return b === 0x20 || b === 0x09 || b === 0x0a || b === 0x0d;
}

export function columnLetters(column: number): string {
  let letters = '';
  for (let n = column; n > 0; n = Math.floor((n - 1) / 26)) letters = String.fromCharCode(65 + ((n - 1) % 26)) + letters;
  return letters;
}

/**
 * A streaming measurer of sheet XML. It reads tag names and `r` attributes straight from the bytes,
 * building no string, so measuring costs a fraction of inflating (issue 8's limits are checked on
 * every form of a national batch). Characters of text are counted as UTF-8 sequence starts.
 */
export class XmlShapeScanner {
  readonly shape: XmlShape = { rows: 0, lastRow: 0, lastColumn: 0, cells: 0, longestText: 0, doctype: false };
  private inTag = false;
  private tagLength = 0;
  private readonly tag = new Uint8Array(TAG_KEPT);
  private countingText = false;
  private textChars = 0;
  private row = 0;
  private column = 0;

  push(chunk: Uint8Array): void {
    const n = chunk.length;
    let i = 0;
    while (i < n) {
      if (this.inTag) {
        let end = i;
        while (end < n && chunk[end] !== GT) end++;
        if (this.tagLength === 0 && end < n) {
          // The usual case: the whole tag lies in this chunk and is read where it is.
          this.tagLength = end - i;
          this.endTag(chunk, i);
        } else {
          // A tag cut between chunks: its head is kept in `tag`.
          if (this.tagLength < TAG_KEPT) this.tag.set(chunk.subarray(i, Math.min(end, i + TAG_KEPT - this.tagLength)), this.tagLength);
          this.tagLength += end - i;
          if (end === n) return;
          this.endTag(this.tag, 0);
        }
        i = end + 1;
      } else {
        let start = i;
        if (this.countingText) {
          let chars = 0;
          for (; start < n && chunk[start] !== LT; start++) if ((chunk[start] & 0xc0) !== 0x80) chars++;
          this.textChars += chars;
        } else while (start < n && chunk[start] !== LT) start++;
        if (start === n) return;
        this.endText();
        this.inTag = true;
        this.tagLength = 0;
        i = start + 1;
      }
    }
  }

  /** Call once the part has streamed through: closes a text or tag cut off by the end of the data. */
  finish(): XmlShape {
    this.endText();
    if (this.inTag) this.measureText(this.tagLength);
    return this.shape;
  }

  private cellName(): string {
    return `${columnLetters(this.column)}${this.row}`;
  }

  private endText(): void {
    if (this.countingText) this.measureText(this.textChars);
    this.countingText = false;
    this.textChars = 0;
  }

  /** A tag as long as a text (a CDATA section, a huge attribute) is measured like one. */
  private measureText(chars: number): void {
    if (chars <= this.shape.longestText) return;
    this.shape.longestText = chars;
    this.shape.longestTextCell = this.column > 0 ? this.cellName() : undefined;
  }

  /** The tag just closed, whose bytes start at `at` in `bytes` (`tagLength` of them, or its kept head). */
  private endTag(bytes: Uint8Array, at: number): void {
    this.inTag = false;
    const length = this.tagLength;
    const kept = at + Math.min(length, bytes === this.tag ? TAG_KEPT : length);
    if (length > TAG_KEPT) this.measureText(length);
    const head = bytes[at];
    if (length === 0 || head === SLASH || head === 0x3f /* ? */) return;
    if (head === 0x21 /* ! */) {
      const text = String.fromCharCode(...bytes.subarray(at + 1, Math.min(kept, at + 8)));
      if (text.startsWith('DOCTYPE') || text.startsWith('ENTITY')) this.shape.doctype = true;
      return;
    }
    let nameEnd = at;
    while (nameEnd < kept && !isSpace(bytes[nameEnd]) && bytes[nameEnd] !== SLASH) nameEnd++;
    let nameStart = nameEnd;
    while (nameStart > at && bytes[nameStart - 1] !== COLON) nameStart--;
    const nameLength = nameEnd - nameStart;
    const first = bytes[nameStart];
    if (nameLength === 3 && first === 0x72 && bytes[nameStart + 1] === 0x6f && bytes[nameStart + 2] === 0x77) this.startRow(bytes, nameEnd, kept);
    else if (nameLength !== 1) return;
    else if (first === 0x63 /* c */) this.startCell(bytes, nameEnd, kept);
    else if ((first === 0x74 || first === 0x76 || first === 0x66) /* t v f */ && bytes[kept - 1] !== SLASH) this.countingText = true;
  }

  /** The `r="AB12"` attribute as column (0 when absent) and row numbers, read from the tag's bytes. */
  private reference(bytes: Uint8Array, from: number, kept: number): { column: number; row: number } | undefined {
    for (let j = from; j + 3 < kept; j++) {
      if (bytes[j] !== 0x72 || !isSpace(bytes[j - 1]) || bytes[j + 1] !== EQUALS || bytes[j + 2] !== QUOTE) continue;
      let k = j + 3;
      let column = 0;
      for (; k < kept && bytes[k] >= 0x41 && bytes[k] <= 0x5a; k++) column = column * 26 + (bytes[k] - 0x40);
      let row = 0;
      for (; k < kept && bytes[k] >= 0x30 && bytes[k] <= 0x39; k++) row = row * 10 + (bytes[k] - 0x30);
      return bytes[k] === QUOTE ? { column, row } : undefined;
    }
    return undefined;
  }

  private startRow(bytes: Uint8Array, nameEnd: number, kept: number): void {
    this.shape.rows++;
    const ref = this.reference(bytes, nameEnd, kept);
    this.row = ref && ref.row > 0 ? ref.row : this.row + 1;
    this.column = 0;
    if (this.row > this.shape.lastRow) this.shape.lastRow = this.row;
  }

  private startCell(bytes: Uint8Array, nameEnd: number, kept: number): void {
    this.shape.cells++;
    const ref = this.reference(bytes, nameEnd, kept);
    if (ref && ref.column > 0) {
      this.column = ref.column;
      this.row = ref.row;
    } else this.column++;
    if (this.row > this.shape.lastRow) this.shape.lastRow = this.row;
    if (this.column > this.shape.lastColumn) {
      this.shape.lastColumn = this.column;
      this.shape.lastColumnCell = this.cellName();
    }
  }
}
