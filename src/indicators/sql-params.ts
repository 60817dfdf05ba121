import type { DuckDBConnection, DuckDBValue } from '@duckdb/node-api';

/** The named parameters a definition or check may use (PRODUCT §3.1): the period id and its window as DATE strings. */
export interface DefinitionParams {
  period: string;
  period_start: string;
  period_end: string;
}

export class UnknownParameterError extends Error {
  constructor(readonly parameter: string) {
    super(`unknown parameter $${parameter}`);
  }
}

/**
 * Runs SQL binding only the parameters it uses (DuckDB refuses values it has no placeholder for)
 * and returns the rows as JSON-safe objects. A placeholder not in `available` is an
 * UnknownParameterError, so a typo in a definition is named rather than reported as a DuckDB error.
 */
export async function runBound(
  connection: DuckDBConnection,
  sql: string,
  available: Readonly<Record<string, DuckDBValue>>,
): Promise<{ rows: Record<string, unknown>[]; columns: string[] }> {
  const prepared = await connection.prepare(sql);
  try {
    const values: Record<string, DuckDBValue> = {};
    for (let i = 1; i <= prepared.parameterCount; i++) {
      const name = prepared.parameterName(i);
      if (!Object.hasOwn(available, name)) throw new UnknownParameterError(name);
      values[name] = available[name];
    }
    if (prepared.parameterCount > 0) prepared.bind(values);
    const reader = await prepared.runAndReadAll();
    return { rows: reader.getRowObjectsJson() as Record<string, unknown>[], columns: reader.columnNames() };
  } finally {
    prepared.destroySync();
  }
}

/** First line of a DuckDB error, without the noise that follows it. */
export function errorLine(error: unknown): string {
  return (error instanceof Error ? error.message : String(error)).split('\n')[0];
}
