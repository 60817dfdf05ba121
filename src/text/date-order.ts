/**
 * Which of day/month/year or month/day/year a column of dates written as text is in (issue 12,
 * kind 1). tk13's format is dd/mm/yyyy, and Vietnamese Excel writes dates that way, padded
 * (`05/03/2024`). Excel set to a month-first (US) locale writes `m/d/yyyy`, unpadded (`3/5/2024` is
 * 5 March). The order is never guessed silently:
 * - a value only one order can read (`28/02/2024` day-first, `12/28/2023` month-first) settles it;
 * - values that contradict the settled order are errors at their cells;
 * - where no value settles it, a padded value that reads both ways (`05/03/2024`) settles it
 *   day-first, tk13's and Vietnamese Excel's format (a later value only month-first can read then
 *   contradicts it); values all unpadded — month-first Excel's style — are read month-first, with a
 *   warning giving both readings so the clerk can say which is right.
 */

export type DateOrder = 'day-first' | 'month-first';

/** A date written as `a/b/yyyy` (also with `.` or `-`, and an optional time after it). */
export interface SlashDate {
  text: string;
  /** yyyy-mm-dd if read day-first, when that is a real date. */
  dayFirst?: string;
  /** yyyy-mm-dd if read month-first, when that is a real date. */
  monthFirst?: string;
  /** `padded` when a part below 10 has a leading zero, `unpadded` when one has none, else `neutral`. */
  style: 'padded' | 'unpadded' | 'neutral';
  /** The time after the date (`HH:mm` or `HH:mm:ss`), if any. */
  time?: string;
}

const SLASH_DATE = /^(\d{1,2})([/.-])(\d{1,2})\2(\d{4})(?:[ T](\d{1,2}:\d{2}(?::\d{2}(?:\.\d+)?)?))?$/;

function pad(n: number, width = 2): string {
  return String(n).padStart(width, '0');
}

/** yyyy-mm-dd when year, month and day make a real calendar date. */
export function isoIfReal(year: number, month: number, day: number): string | undefined {
  const date = new Date(Date.UTC(year, month - 1, day));
  if (date.getUTCFullYear() !== year || date.getUTCMonth() !== month - 1 || date.getUTCDate() !== day) return undefined;
  return `${pad(year, 4)}-${pad(month)}-${pad(day)}`;
}

function partStyle(part: string): 'padded' | 'unpadded' | 'neutral' {
  if (part.length === 2) return part.startsWith('0') ? 'padded' : 'neutral';
  return 'unpadded';
}

/** The two readings of a date written `a/b/yyyy`; `undefined` for any other text. */
export function readSlashDate(text: string): SlashDate | undefined {
  const match = SLASH_DATE.exec(text.trim());
  if (!match) return undefined;
  const [, first, , second, yearText, time] = match;
  const year = Number(yearText);
  const styles = [partStyle(first), partStyle(second)];
  const style = styles.includes('padded') ? 'padded' : styles.includes('unpadded') ? 'unpadded' : 'neutral';
  const dayFirst = isoIfReal(year, Number(second), Number(first));
  const monthFirst = isoIfReal(year, Number(first), Number(second));
  return { text: text.trim(), ...(dayFirst ? { dayFirst } : {}), ...(monthFirst ? { monthFirst } : {}), style, ...(time ? { time } : {}) };
}

/** The order a value proves (only that order reads it), if it proves one. */
export function orderProvedBy(date: SlashDate): DateOrder | undefined {
  if (date.dayFirst && !date.monthFirst) return 'day-first';
  if (date.monthFirst && !date.dayFirst) return 'month-first';
  return undefined;
}

/** True when both orders read the value and give different dates (`3/5/2024`, not `3/3/2024`). */
export function isAmbiguous(date: SlashDate): boolean {
  return date.dayFirst !== undefined && date.monthFirst !== undefined && date.dayFirst !== date.monthFirst;
}

/** The date a value means in `order`, or `undefined` when that order cannot read it. */
export function readInOrder(date: SlashDate, order: DateOrder): string | undefined {
  return order === 'day-first' ? date.dayFirst : date.monthFirst;
}

/** Where a value was seen: whatever the caller needs to report it (a CSV line, a sheet cell). */
export interface Sighting<Where> {
  date: SlashDate;
  where: Where;
}

/** How a column's order was decided. */
export type OrderDecision<Where> =
  | { order: DateOrder; by: 'evidence'; evidence: Sighting<Where> }
  | { order: DateOrder; by: 'style'; doubtful?: Sighting<Where>; padded?: Sighting<Where> };

/**
 * Collects what the values of one column say about its order. `observe` every value in file order;
 * `decision` is set once a value proves an order; `decideByStyle` settles the rest at the end.
 */
export class ColumnDateOrder<Where> {
  decision: OrderDecision<Where> | undefined;
  private padded = 0;
  private unpadded = 0;
  /** The first value read both ways, while the column was undecided. */
  firstAmbiguous: Sighting<Where> | undefined;
  /** Whether an ambiguous value has been seen since the column was last undecided. */
  ambiguousSeen = false;

  /**
   * Notes one value. Returns the proved order when this value is the first to settle the column,
   * and `contradicts` when the value proves the other order than the one decided.
   */
  observe(date: SlashDate, where: Where): 'settles' | 'contradicts' | undefined {
    const proved = orderProvedBy(date);
    if (!this.decision) {
      if (date.style === 'padded') this.padded++;
      if (date.style === 'unpadded') this.unpadded++;
      if (isAmbiguous(date)) {
        this.ambiguousSeen = true;
        this.firstAmbiguous ??= { date, where };
      }
    }
    if (!proved) {
      // A padded value reading both ways is Vietnamese Excel's dd/mm/yyyy: day-first from here on,
      // so a Vietnamese register is read as it streams; a later month-first-only value contradicts.
      if (!this.decision && date.style === 'padded' && isAmbiguous(date)) {
        this.decision = { order: 'day-first', by: 'style', padded: { date, where } };
      }
      return undefined;
    }
    if (!this.decision) {
      this.decision = { order: proved, by: 'evidence', evidence: { date, where } };
      return 'settles';
    }
    return proved === this.decision.order ? undefined : 'contradicts';
  }

  /**
   * Settles an undecided column by its writing style: all values unpadded (month-first Excel's
   * `m/d/yyyy`) → month-first, doubtful when a value reads both ways; otherwise day-first, tk13's
   * and Vietnamese Excel's format. A column already decided keeps its decision.
   */
  decideByStyle(): OrderDecision<Where> {
    if (this.decision) return this.decision;
    const monthFirstStyle = this.unpadded > 0 && this.padded === 0;
    this.decision = monthFirstStyle && this.firstAmbiguous
      ? { order: 'month-first', by: 'style', doubtful: this.firstAmbiguous }
      : { order: 'day-first', by: 'style' };
    return this.decision;
  }
}
