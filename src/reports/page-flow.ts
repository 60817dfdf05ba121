/**
 * Where printed pages break on a sheet whose rows tk13 lays out itself. Excel and LibreOffice only
 * break pages by height, so a heading can end a page alone and a table can start a page with no
 * heading. tk13 knows every row's height, so it places the breaks: a heading goes to the next page
 * with the rows it introduces, and a table that must continue on the next page repeats its heading.
 *
 * Geometry (points, 1/72 inch): A4 is 595 × 842; the margins are those of SheetWriter's page setup.
 * Both programs shrink a "fit to 1 page wide" sheet by width / printable width, so the rows that fit
 * on a page grow by the same factor. Column widths are taken as Excel measures them (Calibri 11, 7 px a
 * digit); LibreOffice without Calibri's metrics draws columns wider and so shrinks more, which only
 * leaves more room at a page's foot. A 5 % reserve absorbs the programs' rounding of row heights.
 */
const A4 = { short: 595, long: 842 };
const MARGINS = { leftRight: (0.5 + 0.4) * 72, topBottom: (0.6 + 0.6) * 72 };
const RESERVE = 0.95;

/** Width in points of a column `width` characters wide in the default 11 pt font (7 px a digit + 5 px padding). */
function columnPoints(width: number): number {
  return Math.trunc(width * 7 + 5) * 0.75;
}

/**
 * Points of row height that one printed page holds below the repeated title rows.
 * `widths`: column widths in characters; `titleHeight`: points of the rows repeated on every page.
 */
export function pageCapacity(widths: readonly number[], landscape: boolean, titleHeight: number): number {
  const pageWidth = (landscape ? A4.long : A4.short) - MARGINS.leftRight;
  const pageHeight = (landscape ? A4.short : A4.long) - MARGINS.topBottom;
  const contentWidth = widths.reduce((sum, width) => sum + columnPoints(width), 0);
  const scale = Math.min(1, pageWidth / contentWidth);
  return (pageHeight / scale) * RESERVE - titleHeight;
}

/** Keeps count of the height used on the current page. */
export class PageFlow {
  private used: number;

  /** `capacity`: points a page holds; `used`: points already taken on the first page (titles above the table). */
  constructor(
    readonly capacity: number,
    used = 0,
  ) {
    this.used = used;
  }

  /** True when `height` more points fit on the current page (an empty page takes anything). */
  fits(height: number): boolean {
    return this.used === 0 || this.used + height <= this.capacity;
  }

  add(height: number): void {
    this.used += height;
  }

  newPage(): void {
    this.used = 0;
  }
}
