import { basename, extname } from 'node:path';
import { listForPeriod } from '../periods/period-list.js';
import { type Period, tryParsePeriod } from '../periods/period.js';
import { type Hierarchy, hierarchyFor } from '../units/hierarchy.js';
import type { Problems } from './problems.js';
import { REGISTER_KINDS, type RegisterKind, type SubmittingUnit } from '../submissions/types.js';

/** What one source says about whose register this is. */
export interface IdentityClues {
  unitCode?: string;
  period?: string;
  kind?: string;
}

/** A source of clues: `from` names it for the user (`_meta`, the file name, `--unit/--period/--kind`). */
export interface ClueSource {
  from: string;
  clues: IdentityClues;
}

export interface RegisterIdentity {
  kind?: RegisterKind;
  period?: Period;
  unit?: SubmittingUnit;
  hierarchy?: Hierarchy;
}

const CONVENTIONAL_NAME = /^(\d{2,5})_(\d{4}(?:-h1)?)_(abuse-cases|sanctions)(?:[ _.(-].*)?$/i;

/** `<unit>_<period>_<kind>.csv|xlsx`, e.g. `30280_2024-H1_abuse-cases.csv`; nothing when the name does not follow it. */
export function identityFromFileName(file: string): IdentityClues {
  const name = basename(file, extname(file));
  const match = CONVENTIONAL_NAME.exec(name);
  return match ? { unitCode: match[1], period: match[2], kind: match[3] } : {};
}

const FIELDS = {
  kind: { missing: 'register-kind-missing', conflict: 'register-kind-conflict', normalise: (v: string) => v.trim().toLowerCase() },
  period: { missing: 'register-period-missing', conflict: 'register-period-conflict', normalise: (v: string) => v.trim().toUpperCase() },
  unitCode: { missing: 'register-unit-missing', conflict: 'register-unit-conflict', normalise: (v: string) => v.trim() },
} as const;

/** The one value the sources agree on, or the first one after reporting each disagreement. */
function agreed(field: keyof typeof FIELDS, sources: readonly ClueSource[], problems: Problems): string | undefined {
  const { missing, conflict, normalise } = FIELDS[field];
  const given = sources.flatMap(({ from, clues }) => {
    const value = clues[field];
    return value === undefined || value.trim() === '' ? [] : [{ from, value: normalise(value) }];
  });
  if (given.length === 0) {
    problems.error(missing);
    return undefined;
  }
  const [first] = given;
  for (const other of given.slice(1)) {
    if (other.value !== first.value) {
      problems.error(conflict, { found: other.value, expected: first.value, params: { foundIn: other.from, expectedIn: first.from } });
    }
  }
  return first.value;
}

/**
 * Whose register this is: kind, period and submitting unit, from every source that says something.
 * Sources must agree; a unit must exist in the administrative list valid for the period.
 */
export function resolveIdentity(sources: readonly ClueSource[], problems: Problems): RegisterIdentity {
  const identity: RegisterIdentity = {};
  const kind = agreed('kind', sources, problems);
  if (kind !== undefined) {
    if ((REGISTER_KINDS as readonly string[]).includes(kind)) identity.kind = kind as RegisterKind;
    else problems.error('register-kind-invalid', { found: kind, expected: REGISTER_KINDS.join(' | ') });
  }
  const periodText = agreed('period', sources, problems);
  if (periodText !== undefined) {
    identity.period = tryParsePeriod(periodText);
    if (!identity.period) problems.error('period-invalid', { found: periodText });
  }
  const unitCode = agreed('unitCode', sources, problems);
  if (unitCode !== undefined && identity.period) {
    const hierarchy = hierarchyFor(listForPeriod(identity.period));
    identity.hierarchy = hierarchy;
    const unit = hierarchy.unit(unitCode);
    if (unit) {
      identity.unit = { code: unit.code, name: unit.name, level: unit.level, list: unit.list, provinceCode: unit.provinceCode };
    } else {
      problems.error('unit-unknown', { found: unitCode, unit: unitCode, params: { period: identity.period.id } });
    }
  } else if (identity.period) {
    identity.hierarchy = hierarchyFor(listForPeriod(identity.period));
  }
  return identity;
}
