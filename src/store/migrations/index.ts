import { initialSchema } from './0001-initial.js';

export interface Migration {
  version: number;
  name: string;
  sql: string;
}

/** Numbered, append-only. Never edit a released migration: add the next one. */
export const migrations: readonly Migration[] = [{ version: 1, name: 'initial', sql: initialSchema }];

export const latestSchemaVersion = migrations[migrations.length - 1].version;
