import { type Hierarchy, newCommunesOf } from '../units/hierarchy.js';
import { unitReference } from '../units/unit-lists.js';
import type { SubmittingUnit } from '../submissions/types.js';

/** What a register's `commune_code` cell turned out to be, before any line is attached. */
export type CommuneResolution =
  | { ok: true; code: string; mappedFrom?: { code: string; name: string; newName: string } }
  | { ok: false; code: string; found: string; expected?: string; params?: Record<string, string> };

const SHORT_CODE = /^\d{1,4}$/;

/**
 * Interprets commune codes with the period's list, once per distinct code (a register of 250,000
 * rows names a few hundred communes). In a 2025-list period an old commune that merged whole is
 * mapped to its new code; a split one is refused with the candidates it went into.
 */
export class CommuneResolver {
  private readonly cache = new Map<string, CommuneResolution>();

  constructor(
    private readonly hierarchy: Hierarchy,
    private readonly submitting?: SubmittingUnit,
  ) {}

  resolve(text: string): CommuneResolution {
    let resolution = this.cache.get(text);
    if (!resolution) {
      // Excel drops leading zeros ("97" for 00097); commune codes are always 5 digits. A short code
      // that is itself a unit (district 883, province 01) is taken as written, and refused.
      const code = SHORT_CODE.test(text) && !this.hierarchy.unit(text) ? text.padStart(5, '0') : text;
      resolution = this.interpret(code);
      this.cache.set(text, resolution);
    }
    return resolution;
  }

  private interpret(code: string): CommuneResolution {
    const unit = this.hierarchy.unit(code);
    if (unit) {
      if (unit.level !== 'commune') return { ok: false, code: 'register-commune-not-commune', found: `${code} ${unit.name}` };
      return this.within(code) ?? { ok: true, code };
    }
    if (this.hierarchy.list === '2025') {
      const { full, candidates } = newCommunesOf(code);
      const oldName = unitReference().lists['2024'].units.get(code)?.name ?? '';
      if (full) {
        const newName = this.hierarchy.unit(full)?.name ?? '';
        return this.within(full, `${code} → ${full} ${newName}`.trim()) ?? { ok: true, code: full, mappedFrom: { code, name: oldName, newName } };
      }
      if (candidates.length > 0) {
        const named = candidates.map((c) => `${c} ${this.hierarchy.unit(c)?.name ?? ''}`.trim());
        return { ok: false, code: 'register-commune-split', found: `${code} ${oldName}`.trim(), expected: named.join('; ') };
      }
    }
    return { ok: false, code: 'register-commune-unknown', found: code, params: { list: this.hierarchy.list } };
  }

  /** The refusal when `code` is not the submitting unit nor below it; undefined when it is. */
  private within(code: string, shown = `${code} ${this.hierarchy.unit(code)?.name ?? ''}`.trim()): CommuneResolution | undefined {
    if (!this.submitting || this.hierarchy.isWithin(code, this.submitting.code)) return undefined;
    return {
      ok: false,
      code: 'register-commune-outside-unit',
      found: shown,
      expected: `${this.submitting.code} ${this.submitting.name}`,
    };
  }
}
