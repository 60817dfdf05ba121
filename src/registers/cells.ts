import type { Diagnostic } from '../core/diagnostics.js';
import type { CommuneResolver } from './communes.js';
import { type ColumnBinding, cellPlace } from './headers.js';
import { REGISTER_LIMITS } from './limits.js';
import type { ProblemFields, Problems } from './problems.js';
import type { RegisterColumn } from './spec.js';
import type { CellValue, RecordPlace } from './table.js';
import { cellText, isBlank, parseCodes, parseDate, parseWholeNumber, parseYesNo } from './values.js';
import { pseudonymise } from './pseudonym.js';
import type { DateColumns } from './date-columns.js';
import { ORDER_PATTERN } from './date-columns.js';
import { readInOrder, readSlashDate } from '../text/date-order.js';
import { describeCharacter, hasInvisible, showInvisible, stripInvisible } from '../text/invisible-characters.js';
import { NEGATIVE_MARK_SHAPES } from '../text/number-reader.js';
import { identityKind } from '../core/personal-data.js';

/** A parsed cell: `undefined` when it was missing or wrong (and reported), `null` when blank and allowed. */
export type CellResult = string | number | boolean | string[] | null | undefined;

/** A refusal remembered for a distinct cell text, to be reported at each place it occurs. */
interface Refusal {
  refused: { code: string; found: string; expected?: string; params?: Record<string, string | number> };
}
type Memo = Map<string, Exclude<CellResult, undefined> | Refusal>;

const ID_NUMBER = /^(?:\d{9}|\d{12})$/;
const ID_PUNCTUATION = /[\s.-]/g;
const LETTERS_ONLY = /^\p{L}[\p{L}\s'.]*$/u;
const NON_ASCII_OR_SPACE = /[^\x21-\x7e]/;

function expectedCodes(column: RegisterColumn): string {
  return (column.codes ?? []).map((c) => c.label).join(' | ');
}

/** A child id must be a pseudonymous code: not a 9- or 12-digit ID number, not a name. */
function personLikeId(text: string): 'register-child-id-looks-like-id-number' | 'register-child-id-looks-like-name' | undefined {
  if (ID_NUMBER.test(text.replace(ID_PUNCTUATION, ''))) return 'register-child-id-looks-like-id-number';
  if (LETTERS_ONLY.test(text) && NON_ASCII_OR_SPACE.test(text)) return 'register-child-id-looks-like-name';
  return undefined;
}

/**
 * Reads the cells of one register column after another, reporting each wrong cell where it is.
 * Distinct texts of coded, date and commune columns are interpreted once and remembered: a big
 * register repeats the same few hundred values.
 */
export class CellReader {
  private readonly memos = new Map<string, Memo>();
  /** Hidden characters stripped, one warning per column and character (its first cell), counting cells. */
  private readonly hidden = new Map<string, Diagnostic>();

  constructor(
    private readonly problems: Problems,
    private readonly pseudonymKey: string,
    private readonly communes: CommuneResolver | undefined,
    private readonly onMapped: (where: ProblemFields, from: { code: string; name: string }, to: { code: string; name: string }) => void,
    private readonly dates: DateColumns,
  ) {}

  /**
   * Reads one cell. Invisible characters (zero-width space, BOM, soft hyphen, direction marks, and
   * no-break spaces at the edges) are stripped first, with one warning per column and character;
   * when the value is refused all the same, the refusal shows them as `⟨U+200B⟩`.
   */
  read(binding: ColumnBinding, given: CellValue, place: RecordPlace): CellResult {
    if (typeof given !== 'string' || !hasInvisible(given)) return this.readClean(binding, given, place);
    const { text, removed } = stripInvisible(given);
    for (const point of removed) this.noteHidden(binding, point, place);
    const errorsBefore = this.problems.errorCount;
    const result = this.readClean(binding, text, place);
    const refusal = this.problems.errorCount > errorsBefore ? this.problems.list[this.problems.list.length - 1] : undefined;
    if (refusal && refusal.found !== undefined && binding.column.type !== 'id') refusal.found = showInvisible(given.trim());
    return result;
  }

  private noteHidden(binding: ColumnBinding, point: number, place: RecordPlace): void {
    const key = `${binding.column.key}\u0000${point}`;
    const noted = this.hidden.get(key);
    if (noted?.params) noted.params.cells = Number(noted.params.cells) + 1;
    else this.hidden.set(key, this.problems.warning('register-invisible-character', { ...this.where(binding, place), found: describeCharacter(point), params: { cells: 1 } }));
  }

  private readClean(binding: ColumnBinding, raw: CellValue, place: RecordPlace): CellResult {
    const { column } = binding;
    if (isBlank(raw)) {
      if (!column.required || column.blankAllowed) return null;
      this.problems.error('register-value-missing', { ...this.where(binding, place), expected: column.label });
      return undefined;
    }
    if (typeof raw === 'string' && raw.length > REGISTER_LIMITS.maxCellChars) {
      this.problems.error('register-cell-too-long', { ...this.where(binding, place), found: String(raw.length), expected: `≤ ${REGISTER_LIMITS.maxCellChars}` });
      return undefined;
    }
    if (column.type === 'text') return this.readKeptText(binding, cellText(raw), place);
    if (column.type === 'id') return this.readId(binding, cellText(raw), place);
    if (typeof raw !== 'string' && column.type === 'date') return this.report(this.interpretDate(raw, column), binding, place);
    const text = cellText(raw);
    let memo = this.memos.get(column.key);
    if (!memo) this.memos.set(column.key, (memo = new Map()));
    let result = memo.get(text);
    if (result === undefined) {
      result = this.interpret(column, typeof raw === 'string' ? text : raw);
      memo.set(text, result);
    }
    if (column.type === 'commune' && typeof result === 'string' && result !== text) this.noteMapping(text, binding, place);
    return this.report(result, binding, place);
  }

  private where(binding: ColumnBinding, place: RecordPlace): ProblemFields {
    return { ...cellPlace(place, binding.index, binding.header), item: binding.column.key };
  }

  private readId(binding: ColumnBinding, text: string, place: RecordPlace): CellResult {
    const suspicious = binding.column.mustBeCode ? personLikeId(text) : undefined;
    // The value is never quoted back: the line and column say where it is.
    if (suspicious) {
      this.problems.error(suspicious, this.where(binding, place));
      return undefined;
    }
    if (this.refusedAsPersonal(binding, text, place)) return undefined;
    return pseudonymise(text, this.pseudonymKey);
  }

  /** A text column is stored as written: never with a person's name, ID number or phone number in it. */
  private readKeptText(binding: ColumnBinding, text: string, place: RecordPlace): CellResult {
    return this.refusedAsPersonal(binding, text, place) ? undefined : text;
  }

  /** Reports (without quoting it) a cell whose text identifies a person; the row is then refused. */
  private refusedAsPersonal(binding: ColumnBinding, text: string, place: RecordPlace): boolean {
    const kind = identityKind(text);
    if (kind) this.problems.error(`register-cell-holds-${kind}`, this.where(binding, place));
    return kind !== undefined;
  }

  private noteMapping(text: string, binding: ColumnBinding, place: RecordPlace): void {
    const resolution = this.communes?.resolve(text);
    if (resolution?.ok && resolution.mappedFrom) {
      this.onMapped(this.where(binding, place), resolution.mappedFrom, { code: resolution.code, name: resolution.mappedFrom.newName });
    }
  }

  private report(result: Exclude<CellResult, undefined> | Refusal, binding: ColumnBinding, place: RecordPlace): CellResult {
    if (result === null || typeof result !== 'object' || Array.isArray(result)) return result;
    const { code, ...fields } = result.refused;
    this.problems.error(code, { ...this.where(binding, place), ...fields });
    return undefined;
  }

  /**
   * A date cell, read in its column's settled order (src/registers/date-columns.ts). A value only
   * the other order can read contradicts the column: refused, naming the value that settled it.
   */
  private interpretDate(raw: CellValue, column: RegisterColumn): string | Refusal {
    const decided = this.dates.orderOf(column.key);
    const order = decided?.order ?? 'day-first';
    const date = parseDate(raw, order);
    if (date !== undefined) return date;
    const slash = typeof raw === 'string' ? readSlashDate(raw) : undefined;
    const other = order === 'day-first' ? 'month-first' : 'day-first';
    if (slash && readInOrder(slash, other) !== undefined && decided?.evidence) {
      return {
        refused: {
          code: 'register-date-order-contradiction',
          found: slash.text,
          expected: ORDER_PATTERN[order],
          params: { evidence: decided.evidence.date.text, evidenceLine: decided.evidence.where.line },
        },
      };
    }
    return { refused: { code: 'register-date-invalid', found: cellText(raw), expected: 'dd/mm/yyyy' } };
  }

  /** An amount or count: whole and ≥ 0; a negative or fractional number is refused saying so. */
  private interpretWhole(raw: CellValue, found: string): number | Refusal {
    const read = parseWholeNumber(raw);
    if ('value' in read) return read.value;
    if (read.refused === 'negative') {
      const mark = NEGATIVE_MARK_SHAPES[read.reading.negative ?? 'minus'];
      return { refused: { code: 'register-number-negative', found, expected: '≥ 0', params: { mark } } };
    }
    if (read.refused === 'not-whole') {
      return { refused: { code: 'register-number-not-whole', found, expected: '0, 1, 2, …', params: { read: String(read.reading.value).replace('.', ',') } } };
    }
    return { refused: { code: 'register-integer-invalid', found, expected: '≥ 0' } };
  }

  private interpret(column: RegisterColumn, raw: CellValue): Exclude<CellResult, undefined> | Refusal {
    const found = cellText(raw);
    switch (column.type) {
      case 'date':
        return this.interpretDate(raw, column);
      case 'yes-no':
        return parseYesNo(raw) ?? { refused: { code: 'register-yes-no-invalid', found, expected: 'Có | Không' } };
      case 'integer':
        return this.interpretWhole(raw, found);
      case 'code':
      case 'codes': {
        const { codes, unknown } = parseCodes(raw, column.codeLookup ?? new Map());
        if (unknown.length > 0 || (column.type === 'code' && codes.length !== 1)) {
          return { refused: { code: 'register-code-unknown', found: unknown.length > 0 ? unknown.join('; ') : found, expected: expectedCodes(column) } };
        }
        if (codes.length === 0) return { refused: { code: 'register-value-missing', found, expected: column.label } };
        return column.type === 'code' ? codes[0] : Object.freeze(codes) as string[];
      }
      case 'commune': {
        if (!this.communes) return found;
        const resolution = this.communes.resolve(found);
        if (resolution.ok) return resolution.code;
        const { code, found: shown, expected, params } = resolution;
        return { refused: { code, found: shown, ...(expected ? { expected } : {}), ...(params ? { params } : {}) } };
      }
      default:
        return found;
    }
  }
}
