import { formatVietnamDate } from '../periods/vietnam-time.js';
import { ColumnDateOrder, type DateOrder, type SlashDate, type Sighting, isAmbiguous, readSlashDate } from '../text/date-order.js';
import { stripInvisible } from '../text/invisible-characters.js';
import { type ColumnBinding, cellPlace } from './headers.js';
import type { ProblemFields, Problems } from './problems.js';
import type { CellValue, RecordPlace } from './table.js';

/**
 * How an order is shown in messages: the same in Vietnamese and English. Warnings carry
 * `expected: dd/mm/yyyy` (what tk13 asks for) and say in words which order was used.
 */
export const ORDER_PATTERN: Readonly<Record<DateOrder, string>> = { 'day-first': 'dd/mm/yyyy', 'month-first': 'mm/dd/yyyy' };

/** Distinct date texts remembered per column (dates with times can all differ). */
const MAX_REMEMBERED_TEXTS = 20_000;

interface DateColumn {
  binding: ColumnBinding;
  order: ColumnDateOrder<RecordPlace>;
  /** Distinct texts of the column read once: a register repeats the same dates. */
  seen: Map<string, SlashDate | null>;
}

function shown(iso: string | undefined): string {
  return iso ? formatVietnamDate(iso) : '—';
}

/**
 * The date order of each date column of one register (issue 12, kind 1; rules in
 * src/text/date-order.ts). The row builder shows it every record before reading it; a record
 * holding a value that reads both ways in a column whose order is not settled yet must wait until
 * the order is settled (or the file ends). The order is reported once per column, never per cell.
 */
export class DateColumns {
  private columns: DateColumn[] = [];

  constructor(private readonly problems: Problems) {}

  bind(bindings: readonly ColumnBinding[]): void {
    this.columns = bindings.filter((b) => b.column.type === 'date').map((binding) => ({ binding, order: new ColumnDateOrder<RecordPlace>(), seen: new Map() }));
  }

  /** Notes the record's dates; true when the record must wait for a column's order to be settled. */
  observe(cells: readonly CellValue[], place: RecordPlace): boolean {
    let waits = false;
    for (const column of this.columns) {
      const raw = cells[column.binding.index];
      if (typeof raw !== 'string') continue;
      let date = column.seen.get(raw);
      if (date === undefined) {
        date = readSlashDate(stripInvisible(raw).text) ?? null;
        if (column.seen.size < MAX_REMEMBERED_TEXTS) column.seen.set(raw, date);
      }
      if (!date) continue;
      const wasDecided = column.order.decision !== undefined;
      if (column.order.observe(date, place) === 'settles' && column.order.decision?.order === 'month-first') this.reportSettled(column);
      if (!wasDecided && column.order.decision === undefined && isAmbiguous(date)) waits = true;
    }
    return waits;
  }

  /** True when no column holds values reading both ways while its order is still open. */
  get settled(): boolean {
    return this.columns.every((c) => c.order.decision !== undefined || !c.order.ambiguousSeen);
  }

  /**
   * Settles every column still open that holds values reading both ways: like another date column
   * of the file whose order a value proved, else by its writing style; reported once per column.
   */
  settleRest(): void {
    const proved = this.columns.find((c) => c.order.decision?.by === 'evidence');
    for (const column of this.columns) {
      if (column.order.decision || !column.order.ambiguousSeen) continue;
      const byStyle = column.order.decideByStyle();
      const doubtful = byStyle.by === 'style' ? byStyle.doubtful : undefined;
      if (proved && proved.order.decision?.by === 'evidence' && (proved.order.decision.order === 'month-first' || doubtful)) {
        const evidence = proved.order.decision.evidence;
        column.order.decision = { order: proved.order.decision.order, by: 'evidence', evidence };
        this.reportLike(column, proved, evidence);
      } else if (doubtful) this.reportDoubtful(column, doubtful);
    }
  }

  /** The order to read `key`'s dates in, and the value that settled it (for contradictions). */
  orderOf(key: string): { order: DateOrder; evidence?: Sighting<RecordPlace>; evidenceColumn?: string } | undefined {
    const column = this.columns.find((c) => c.binding.column.key === key);
    const decision = column?.order.decision;
    if (!decision) return undefined;
    const evidence = decision.by === 'evidence' ? decision.evidence : decision.padded;
    return evidence ? { order: decision.order, evidence } : { order: decision.order };
  }

  private where(column: DateColumn, place: RecordPlace): ProblemFields {
    return { ...cellPlace(place, column.binding.index, column.binding.header), item: column.binding.column.key };
  }

  private reportSettled(column: DateColumn): void {
    const decision = column.order.decision;
    if (decision?.by !== 'evidence') return;
    const { date, where } = decision.evidence;
    this.problems.warning('register-date-order-month-first', {
      ...this.where(column, where),
      found: date.text,
      expected: ORDER_PATTERN['day-first'],
      params: { reading: shown(date.monthFirst) },
    });
  }

  private reportDoubtful(column: DateColumn, doubtful: Sighting<RecordPlace>): void {
    this.problems.warning('register-date-order-doubtful', {
      ...this.where(column, doubtful.where),
      found: doubtful.date.text,
      expected: ORDER_PATTERN['day-first'],
      params: { monthFirst: shown(doubtful.date.monthFirst), dayFirst: shown(doubtful.date.dayFirst) },
    });
  }

  private reportLike(column: DateColumn, other: DateColumn, evidence: Sighting<RecordPlace>): void {
    const order = other.order.decision?.order ?? 'day-first';
    const sample = column.order.firstAmbiguous;
    if (!sample) return;
    this.problems.warning('register-date-order-like-column', {
      ...this.where(column, sample.where),
      found: sample.date.text,
      expected: ORDER_PATTERN['day-first'],
      params: { order: ORDER_PATTERN[order], other: other.binding.header, evidence: evidence.date.text, reading: shown(order === 'month-first' ? sample.date.monthFirst : sample.date.dayFirst) },
    });
  }
}
