import type { Diagnostic } from '../core/diagnostics.js';
import type { ListId, UnitLevel } from '../units/unit-lists.js';

/**
 * What a submission is: a commune's (or district's) aggregate form, one of the two registers, or a
 * province department's sector form, `sector:<department id>` (templates/sector-forms.yaml), whose
 * submitting unit is the province. The kind is part of a version chain's key (migration 0002).
 */
export type SubmissionKind = 'form' | 'abuse-cases' | 'sanctions' | SectorKind;
export type SectorKind = `sector:${string}`;
const SECTOR_PREFIX = 'sector:';

/** The kind of department `sectorId`'s forms. */
export function sectorKind(sectorId: string): SectorKind {
  return `${SECTOR_PREFIX}${sectorId}`;
}

/** The department of a sector form's kind, or undefined for any other kind. */
export function sectorOfKind(kind: string): string | undefined {
  return kind.startsWith(SECTOR_PREFIX) ? kind.slice(SECTOR_PREFIX.length) : undefined;
}
export const REGISTER_KINDS = ['abuse-cases', 'sanctions'] as const;
export type RegisterKind = (typeof REGISTER_KINDS)[number];

/** One input cell of an aggregate form. `value` null means "not reported" (a blank cell), never 0. */
export interface FormValue {
  item: string;
  /** §3.4 syntax: `total` or `age_group=0-5;sex=male`. */
  disaggregation: string;
  sex?: string;
  ageGroup?: string;
  category?: string;
  value: number | null;
  /** Where it was read, e.g. `F12`. */
  cell: string;
}

/**
 * One input cell of a sector form: an item for one area (the province, or a commune of the form's
 * list). `value` null means "not reported" (a blank cell), never 0.
 */
export interface SectorValue {
  item: string;
  areaCode: string;
  areaLevel: 'province' | 'commune';
  value: number | null;
  /** Where it was read, e.g. `F12`. */
  cell: string;
}

/** One row per child per case (PRODUCT §4.2), as stored: no birth date, identifiers pseudonymised. */
export interface AbuseCaseRow {
  line: number;
  caseId: string;
  /** Pseudonymised child id (keyed hash), never the submitted value. */
  childId: string;
  /** Commune code as submitted, valid in the submission's list. */
  communeCode: string;
  /** yyyy-mm-dd */
  detectedOn: string;
  sex: 'male' | 'female';
  /** Completed years at `detectedOn`. */
  ageYears: number;
  /** `0-5`, `6-10`, `11-15`; null for 16 and over (then the row does not concern a child). */
  ageGroup: string | null;
  abuseForms: string[];
  environments: string[];
  supported: boolean;
  ethnicity?: string;
  perpetratorRelation?: string;
}

export interface SanctionRow {
  line: number;
  decisionId: string;
  decidedOn: string;
  communeCode: string;
  /** Pseudonymised violator id. */
  violatorId: string;
  violatorType: 'individual' | 'organization';
  fineVnd: number | null;
  relatedCaseId?: string;
}

export interface SubmittingUnit {
  code: string;
  name: string;
  level: UnitLevel;
  list: ListId;
  provinceCode: string;
}

/**
 * What reading one file produced. Validation shows the diagnostics; ingest stores the rows when
 * there is no error-severity diagnostic.
 */
export interface ParsedSubmission {
  file: string;
  sha256: string;
  kind?: SubmissionKind;
  unit?: SubmittingUnit;
  period?: string;
  templateVersion?: number;
  formValues?: FormValue[];
  /** Sector forms (kind `sector:<id>`): one value per item and area; `unit` is the province. */
  sectorValues?: SectorValue[];
  abuseCases?: AbuseCaseRow[];
  sanctions?: SanctionRow[];
  diagnostics: Diagnostic[];
}

/** What the caller knows about a file beyond its bytes (flags, manifest, the batch being run). */
export interface SubmissionContext {
  /** Expected period (e.g. from `run --period`); a file for another period is an error. */
  period?: string;
  /** Expected submitting unit, for registers without `_meta` or a conventional file name. */
  unitCode?: string;
  /** Register kind when it cannot be told from the file. */
  kind?: RegisterKind;
  /** When the file was (or will be) received; `detected_on` may not be later. */
  receivedAt: Date;
  /** Key for pseudonymising person identifiers (HMAC). */
  pseudonymKey: string;
}
