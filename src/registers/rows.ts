import type { Diagnostic } from '../core/diagnostics.js';
import { formatVietnamDate } from '../periods/vietnam-time.js';
import { CellReader, type CellResult } from './cells.js';
import type { CommuneResolver } from './communes.js';
import { DateColumns } from './date-columns.js';
import { type ColumnBinding, bindHeaders, cellPlace } from './headers.js';
import type { ProblemFields, Problems } from './problems.js';
import type { RegisterLayout } from './spec.js';
import { type CellValue, columnLetters, type RecordPlace, type RecordSink } from './table.js';
import { matchKey } from './text.js';
import { cellText, isBlank } from './values.js';
import type { AbuseCaseRow, SanctionRow } from '../submissions/types.js';

export interface RowRules {
  /** The receipt date (yyyy-mm-dd, Vietnam time): no event may be dated later. */
  receivedOn: string;
  pseudonymKey: string;
  /** Absent when the period is unknown: communes cannot be interpreted then. */
  communes?: CommuneResolver;
  /** The text had undecodable bytes: records holding U+FFFD were reported already and are skipped. */
  lossy: boolean;
}

/**
 * Records held back at most while a date column's order is open: past this many, the open columns
 * are settled by their writing style (reported like at the end of the file) to bound memory.
 */
const MAX_WAITING_RECORDS = 50_000;

/** The earliest plausible date of a detection or a decision. */
const EARLIEST_EVENT = '2000-01-01';
/** Luật Trẻ em 2016, Điều 1: a child is a person under 16. */
const CHILD_AGE_LIMIT = 16;

type Values = Record<string, CellResult>;

/**
 * Labels of a total line under the data, as match keys: "Tổng cộng", "Tổng số", "Total" with
 * anything after them; "Tổng" or "Cộng" alone or followed by a number ("Cộng: 4 vụ"), never by a
 * word ("Cộng đồng" is an environment).
 */
const TOTAL_LABEL = /^(?:tong cong|tong so|grand total|total)(?: .*)?$|^(?:tong|cong)(?: \d.*)?$/;

/**
 * The cell of a total line: its first filled cell reads "Tổng cộng", "Cộng: 4 vụ", "TỔNG SỐ"…
 * in any case, with or without diacritics. Undefined for any other record.
 */
function totalLabelCell(cells: readonly CellValue[]): { index: number; text: string } | undefined {
  const index = cells.findIndex((cell) => !isBlank(cell));
  const text = index === -1 ? '' : cellText(cells[index]);
  if (text.length > 100) return undefined;
  const key = matchKey(text.replace(/:/g, ' '));
  return TOTAL_LABEL.test(key) ? { index, text } : undefined;
}

export function completedYears(birth: string, on: string): number {
  const years = Number(on.slice(0, 4)) - Number(birth.slice(0, 4));
  return on.slice(5) < birth.slice(5) ? years - 1 : years;
}

export function ageGroupOf(age: number): string | null {
  return age <= 5 ? '0-5' : age <= 10 ? '6-10' : age < CHILD_AGE_LIMIT ? '11-15' : null;
}

/**
 * Turns header and data records into register rows, checking every cell and the rules between
 * cells, and reporting every problem where it is. A row with any error is left out; the file is
 * then refused as a whole by whoever ingests it.
 */
export class RegisterRowBuilder implements RecordSink {
  readonly abuseCases: AbuseCaseRow[] = [];
  readonly sanctions: SanctionRow[] = [];
  headerRead = false;
  /** Non-empty data records seen. */
  records = 0;
  private bindings: ColumnBinding[] = [];
  private complete = false;
  private readonly cells: CellReader;
  private readonly firstOfKey = new Map<string, number>();
  private readonly mappings = new Map<string, Diagnostic>();
  private readonly dates: DateColumns;
  /** Records waiting for a date column's order to be settled, in file order. */
  private waiting: { cells: readonly CellValue[]; place: RecordPlace }[] = [];

  constructor(
    private readonly layout: RegisterLayout,
    private readonly problems: Problems,
    private readonly rules: RowRules,
  ) {
    this.dates = new DateColumns(problems);
    this.cells = new CellReader(problems, rules.pseudonymKey, rules.communes, (where, from, to) => {
      const noted = this.mappings.get(from.code);
      if (noted?.params) noted.params.rows = Number(noted.params.rows) + 1;
      else {
        const found = `${from.code} ${from.name}`.trim();
        this.mappings.set(from.code, problems.warning('commune-code-mapped', { ...where, found, expected: `${to.code} ${to.name}`.trim(), params: { rows: 1 } }));
      }
    }, this.dates);
  }

  header(cells: readonly CellValue[], place: RecordPlace): void {
    this.headerRead = true;
    const before = this.problems.errorCount;
    this.bindings = bindHeaders(cells, place, this.layout, this.problems);
    this.complete = this.problems.errorCount === before;
    this.dates.bind(this.bindings);
  }

  /**
   * One data record. Its dates are shown to the date columns first: while a column holding values
   * that read both ways (`3/5/2024`) has no settled order, records wait, in order, and are read
   * once it is settled (or at `finish`).
   */
  record(cells: readonly CellValue[], place: RecordPlace): void {
    if (this.bindings.every((b) => isBlank(cells[b.index] ?? null))) return;
    // A total line of a register laid out for printing is no case: skipped, and said so.
    const total = totalLabelCell(cells);
    if (total) {
      const where = place.sheet ? { sheet: place.sheet, cell: `${columnLetters(total.index + 1)}${place.line}` } : { line: place.line };
      this.problems.warning('register-total-row-skipped', { ...where, found: total.text });
      return;
    }
    this.records++;
    const waits = this.dates.observe(cells, place);
    if (waits || this.waiting.length > 0) {
      this.waiting.push({ cells, place });
      if (this.waiting.length > MAX_WAITING_RECORDS) this.dates.settleRest();
      if (this.dates.settled) this.flush();
      return;
    }
    this.build(cells, place);
  }

  /** Reads the records still waiting, settling the open date columns first. Call once after the last record. */
  finish(): void {
    this.dates.settleRest();
    this.flush();
  }

  private flush(): void {
    const waiting = this.waiting;
    this.waiting = [];
    for (const { cells, place } of waiting) this.build(cells, place);
  }

  private build(cells: readonly CellValue[], place: RecordPlace): void {
    if (this.rules.lossy && cells.some((c) => typeof c === 'string' && c.includes('\uFFFD'))) return;
    const before = this.problems.errorCount;
    const values: Values = {};
    for (const binding of this.bindings) values[binding.column.key] = this.cells.read(binding, cells[binding.index] ?? null, place);
    if (this.layout.kind === 'abuse-cases') {
      const age = this.checkCase(values, place);
      this.checkDuplicate(values, place);
      if (this.complete && this.problems.errorCount === before && age !== undefined) this.abuseCases.push(abuseCaseRow(values, age, place.line));
    } else {
      this.checkEventDate(values, 'decided_on', place);
      this.checkDuplicate(values, place);
      if (this.complete && this.problems.errorCount === before) this.sanctions.push(sanctionRow(values, place.line));
    }
  }

  private where(key: string, place: RecordPlace): ProblemFields {
    const binding = this.bindings.find((b) => b.column.key === key);
    return binding ? { ...cellPlace(place, binding.index, binding.header), item: key } : { line: place.line, item: key };
  }

  private checkEventDate(values: Values, key: string, place: RecordPlace): void {
    const date = values[key];
    if (typeof date !== 'string') return;
    if (date < EARLIEST_EVENT) {
      this.problems.error('register-date-too-early', { ...this.where(key, place), found: formatVietnamDate(date), expected: `≥ ${formatVietnamDate(EARLIEST_EVENT)}` });
    } else if (date > this.rules.receivedOn) {
      this.problems.error('register-date-after-receipt', { ...this.where(key, place), found: formatVietnamDate(date), expected: `≤ ${formatVietnamDate(this.rules.receivedOn)}` });
    }
  }

  /** The child's age at detection, when the dates allow one and it is a child's. */
  private checkCase(values: Values, place: RecordPlace): number | undefined {
    this.checkEventDate(values, 'detected_on', place);
    const { birth_date: birth, detected_on: detected } = values;
    if (typeof birth !== 'string' || typeof detected !== 'string') return undefined;
    if (birth > detected) {
      this.problems.error('register-birth-after-detection', { ...this.where('birth_date', place), found: formatVietnamDate(birth), expected: `≤ ${formatVietnamDate(detected)}` });
      return undefined;
    }
    const age = completedYears(birth, detected);
    if (age < CHILD_AGE_LIMIT) return age;
    this.problems.error('register-not-a-child', { ...this.where('birth_date', place), found: String(age), expected: `< ${CHILD_AGE_LIMIT}` });
    return undefined;
  }

  /** One row per child per case: a repeated key is reported, naming only the columns that are not person ids. */
  private checkDuplicate(values: Values, place: RecordPlace): void {
    const parts = this.layout.uniqueKey.map((key) => values[key]);
    if (parts.some((p) => typeof p !== 'string')) return;
    const key = parts.join('\u0000');
    const first = this.firstOfKey.get(key);
    if (first === undefined) {
      this.firstOfKey.set(key, place.line);
      return;
    }
    const shown = this.layout.uniqueKey.filter((k) => this.layout.columns.find((c) => c.key === k)?.type !== 'id');
    this.problems.warning('register-duplicate-record', {
      ...this.where(this.layout.uniqueKey[0], place),
      column: this.bindings.filter((b) => this.layout.uniqueKey.includes(b.column.key)).map((b) => b.header).join(' + '),
      item: this.layout.uniqueKey.join(' + '),
      found: shown.map((k) => values[k]).join(' + '),
      params: { first },
    });
  }
}

function optionalText(value: CellResult): string | undefined {
  return typeof value === 'string' ? value : undefined;
}

function abuseCaseRow(values: Values, ageYears: number, line: number): AbuseCaseRow {
  const ethnicity = optionalText(values.ethnicity);
  const perpetratorRelation = optionalText(values.perpetrator_relation);
  return {
    line,
    caseId: values.case_id as string,
    childId: values.child_id as string,
    communeCode: values.commune_code as string,
    detectedOn: values.detected_on as string,
    sex: values.sex as AbuseCaseRow['sex'],
    ageYears,
    ageGroup: ageGroupOf(ageYears),
    abuseForms: values.abuse_forms as string[],
    environments: values.environment as string[],
    supported: values.supported as boolean,
    ...(ethnicity !== undefined ? { ethnicity } : {}),
    ...(perpetratorRelation !== undefined ? { perpetratorRelation } : {}),
  };
}

function sanctionRow(values: Values, line: number): SanctionRow {
  const relatedCaseId = optionalText(values.related_case_id);
  return {
    line,
    decisionId: values.decision_id as string,
    decidedOn: values.decided_on as string,
    communeCode: values.commune_code as string,
    violatorId: values.violator_id as string,
    violatorType: values.violator_type as SanctionRow['violatorType'],
    fineVnd: typeof values.fine_vnd === 'number' ? values.fine_vnd : null,
    ...(relatedCaseId !== undefined ? { relatedCaseId } : {}),
  };
}
