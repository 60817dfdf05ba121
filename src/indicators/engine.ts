/**
 * The indicator engine. A definition (`indicators/<id>.sql`) returns rows at the lowest grain it can;
 * the engine, not the definition, applies the roll-up rules of PRODUCT §3.2. The row contract:
 *
 *   unit_code    a commune of the period's list (the canonical views already resolved old codes), or
 *                the province's own code for a figure that exists only for the whole province (a
 *                department's sector form): such a row attaches to the province alone, never to a
 *                commune or district. Mixed sources are allowed: e.g. numerators per commune, which
 *                roll up, and a denominator row at the province;
 *   <dim>        one column per declared dim; a dim listed in `multi` is a VARCHAR[] (an entity falls
 *                in every category its rows name, so categories may add up to more than the total);
 *   entity_id    optional: what is counted once (a child, a case, a decision). Rows are collapsed per
 *                (unit at each level, entity) before anything is added up, so an entity in two
 *                communes counts once in their district and province. Its single-valued dims come
 *                from its earliest row (`observed_on`, then the dim values, ascending) among the rows
 *                of the unit being computed; its multi dims are the union; its measures the max
 *                ("supported if any row says so");
 *   observed_on  the date that orders an entity's rows (needed with entity_id and single-valued dims);
 *   measures     count: optional `value` (a 0/1 flag; without it each entity or row counts 1);
 *                sum: `value`; ratio: `numerator` and `denominator`;
 *   <grain>      the columns that identify a row, checked unique (`indicator-grain-not-unique`).
 *
 * Levels: commune, district (2024 list only) and province, through `unit_ancestors` of the list valid
 * at the end of the period's window, for every unit in scope (with zeros or empties for units without
 * rows, per `no_data`). Only the metadata's `levels` are published (default all three): an indicator
 * whose inputs exist only for the province declares `levels: [province]` and has no commune or
 * district value at all, not even an empty one. A ratio is Σ numerator / Σ denominator × scale at every level; a zero or
 * missing denominator gives an empty value. Session variables `tk13_unit_list` and `tk13_as_of` steer
 * the views during a compute and are reset afterwards: `current_submissions` is the current rows of the
 * one definition of a version, `submission_versions(tk13_as_of)` (migration 0002). See docs/indicators.md.
 */
import type { DuckDBConnection } from '@duckdb/node-api';
import type { Diagnostic } from '../core/diagnostics.js';
import { periodWindow } from '../periods/calendar.js';
import type { Period } from '../periods/period.js';
import { listForPeriod } from '../periods/period-list.js';
import { hierarchyFor } from '../units/hierarchy.js';
import { runChecks } from './checks.js';
import { definitionsHash, dimensionsFor, loadDefinitions } from './definitions.js';
import { disaggregationGrid } from './grid.js';
import { runDefinition } from './run-definition.js';
import { prepareScope, withComputeSession } from './session.js';
import type { DefinitionParams } from './sql-params.js';
import type { CheckFinding, IndicatorDefinition } from './types.js';
import { unresolvedRegisterRows } from './unresolved-rows.js';
import { unknownUnitError } from '../units/find-unit.js';

export interface ComputeOptions {
  period: Period;
  /** Interpreted in the period's list (91 is Kiên Giang in 2024, the merged An Giang from July 2025). */
  provinceCode?: string;
  /** Only submissions received by then; null or absent: everything. */
  asOf?: Date | null;
  /** Defaults to every definition in `indicators/`. */
  definitions?: IndicatorDefinition[];
}

/** Definitions, their load diagnostics and hash, the list and window a period is computed on. */
export function computePlan(options: ComputeOptions) {
  const loaded = options.definitions
    ? { definitions: options.definitions, diagnostics: [] as Diagnostic[], dimensions: dimensionsFor(options.definitions) }
    : loadDefinitions();
  const { period, provinceCode } = options;
  const list = listForPeriod(period);
  if (provinceCode !== undefined && hierarchyFor(list).unit(provinceCode)?.level !== 'province') {
    throw unknownUnitError(list, provinceCode, period.id, 'province');
  }
  const window = periodWindow(period, provinceCode ? { provinceCode } : {});
  const params: DefinitionParams = { period: period.id, period_start: window.start, period_end: window.end };
  return { ...loaded, list, window, params, hash: definitionsHash(loaded.definitions, loaded.dimensions) };
}

/** The order values are published in: indicator, level (province first), unit, then report order. */
export const COMPUTED_ORDER = 'indicator, level_rank, unit_code, combo, ordinal NULLS LAST, disaggregation';

export type ComputePlan = ReturnType<typeof computePlan>;

/** What a compute leaves in the session: the values sit in the temp table `computed_values`. */
export interface ComputedSession {
  plan: ComputePlan;
  published: IndicatorDefinition[];
  findings: CheckFinding[];
  diagnostics: Diagnostic[];
}

let engineRuns = 0;

/**
 * How many times this process has computed indicators (calls of `withComputedValues`): what lets a
 * test show that a command computes once, or not at all when stored values still hold.
 */
export function computeCount(): number {
  return engineRuns;
}

/**
 * Computes every indicator due for the period at every level (commune, district on the 2024 list,
 * province) from the canonical views into `computed_values`, runs the definitions' checks, and hands
 * the session to `consume` before the temp tables go. Reads only.
 */
export async function withComputedValues<T>(
  connection: DuckDBConnection,
  options: ComputeOptions,
  consume: (session: ComputedSession) => Promise<T>,
): Promise<T> {
  engineRuns++;
  const plan = computePlan(options);
  const due = plan.definitions.filter((d) => d.meta.frequency.includes(options.period.type));
  const diagnostics: Diagnostic[] = [...plan.diagnostics];
  const session = { list: plan.list, asOf: options.asOf ?? null, ...(options.provinceCode !== undefined ? { provinceCode: options.provinceCode } : {}) };
  return withComputeSession(connection, session, async () => {
    await prepareScope(connection, plan.list, options.provinceCode);
    const published: IndicatorDefinition[] = [];
    for (const definition of due) {
      const grid = disaggregationGrid(definition.meta, plan.dimensions);
      const run = await runDefinition(connection, { definition, params: plan.params, list: plan.list, grid });
      diagnostics.push(...run.diagnostics);
      if (run.published) published.push(definition);
    }
    const checks = await runChecks(connection, published, plan.params);
    diagnostics.push(...checks.diagnostics);
    diagnostics.push(...(await unresolvedRegisterRows(connection, { list: plan.list, provinceCode: options.provinceCode, ...plan.window })));
    return consume({ plan, published, findings: checks.findings, diagnostics });
  });
}

