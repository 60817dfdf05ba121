import { type CommuneMerge, type ListId, type Unit, type UnitReference, unitReference } from './unit-lists.js';

/** Queries over one administrative list. */
export class Hierarchy {
  /** Children of each unit in code order, built on the first query that needs them (a lookup does not). */
  private childrenByParent: Map<string, Unit[]> | undefined;

  constructor(
    readonly list: ListId,
    private readonly reference: UnitReference = unitReference(),
  ) {}

  private childIndex(): Map<string, Unit[]> {
    if (this.childrenByParent) return this.childrenByParent;
    const index = new Map<string, Unit[]>();
    for (const unit of this.reference.lists[this.list].units.values()) {
      if (!unit.parentCode) continue;
      const siblings = index.get(unit.parentCode) ?? [];
      siblings.push(unit);
      index.set(unit.parentCode, siblings);
    }
    for (const siblings of index.values()) siblings.sort((a, b) => a.code.localeCompare(b.code));
    this.childrenByParent = index;
    return index;
  }

  unit(code: string): Unit | undefined {
    return this.reference.lists[this.list].units.get(code);
  }

  children(code: string): readonly Unit[] {
    return this.childIndex().get(code) ?? [];
  }

  /** Districts of a province (empty in the 2025 list). */
  districts(provinceCode: string): Unit[] {
    return this.children(provinceCode).filter((u) => u.level === 'district');
  }

  /** Every commune of a province or district, in code order. */
  communesUnder(code: string): Unit[] {
    const unit = this.unit(code);
    if (!unit) return [];
    if (unit.level === 'commune') return [unit];
    return this.children(code).flatMap((child) => this.communesUnder(child.code));
  }

  /** The unit itself, then its parent, up to the province. */
  ancestry(code: string): Unit[] {
    const chain: Unit[] = [];
    for (let unit = this.unit(code); unit; unit = unit.parentCode ? this.unit(unit.parentCode) : undefined) chain.push(unit);
    return chain;
  }

  /** True when `code` is `ancestorCode` or lies below it. */
  isWithin(code: string, ancestorCode: string): boolean {
    return this.ancestry(code).some((u) => u.code === ancestorCode);
  }

  /** Units that must send a report for a province: districts (where the list has them), then communes. */
  expectedReporters(provinceCode: string): Unit[] {
    return [...this.districts(provinceCode), ...this.communesUnder(provinceCode)];
  }
}

const hierarchies = new Map<ListId, Hierarchy>();

export function hierarchyFor(list: ListId): Hierarchy {
  let hierarchy = hierarchies.get(list);
  if (!hierarchy) {
    hierarchy = new Hierarchy(list);
    hierarchies.set(list, hierarchy);
  }
  return hierarchy;
}

let mergesByOldCode: Map<string, CommuneMerge[]> | undefined;

/** Where an old (2024-list) commune went in the 2025 list: `full` when it went whole into one commune. */
export function newCommunesOf(oldCode: string): { full?: string; candidates: string[] } {
  if (!mergesByOldCode) {
    mergesByOldCode = new Map();
    for (const merge of unitReference().merges) {
      const targets = mergesByOldCode.get(merge.oldCode) ?? [];
      targets.push(merge);
      mergesByOldCode.set(merge.oldCode, targets);
    }
  }
  const targets = mergesByOldCode.get(oldCode) ?? [];
  const full = targets.find((m) => m.mergeType === 'full')?.newCode;
  return { ...(full ? { full } : {}), candidates: targets.map((m) => m.newCode) };
}
