import { initialSchema } from './0001-initial.js';
import { submissionVersionsSchema } from './0002-submission-versions.js';
import { computeRunsDefinitionsSchema } from './0003-compute-runs-definitions.js';
import { sectorFormsSchema } from './0004-sector-forms.js';

export interface Migration {
  version: number;
  name: string;
  sql: string;
}

/** Numbered, append-only. Never edit a released migration: add the next one. */
export const migrations: readonly Migration[] = [
  { version: 1, name: 'initial', sql: initialSchema },
  { version: 2, name: 'submission-versions', sql: submissionVersionsSchema },
  { version: 3, name: 'compute-runs-definitions', sql: computeRunsDefinitionsSchema },
  { version: 4, name: 'sector-forms', sql: sectorFormsSchema },
];

export const latestSchemaVersion = migrations[migrations.length - 1].version;
