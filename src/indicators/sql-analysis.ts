import type { DuckDBConnection } from '@duckdb/node-api';

export interface SqlAnalysis {
  /** Tables, views and table functions the SELECT reads (CTE names excluded), lowercase, sorted. */
  reads: string[];
  /** Why the text is not one SELECT, when it is not. */
  problem?: string;
}

/** Table functions that only produce values from their arguments; anything else (read_csv, …) reads outside the store. */
const VALUE_FUNCTIONS = new Set(['unnest', 'range', 'generate_series']);

function collect(node: unknown, tables: Set<string>, ctes: Set<string>): void {
  if (Array.isArray(node)) {
    for (const item of node) collect(item, tables, ctes);
    return;
  }
  if (!node || typeof node !== 'object') return;
  const record = node as Record<string, unknown>;
  if (record.type === 'BASE_TABLE' && typeof record.table_name === 'string') tables.add(record.table_name.toLowerCase());
  if (record.type === 'TABLE_FUNCTION') {
    const name = (record.function as { function_name?: string } | undefined)?.function_name?.toLowerCase();
    if (name && !VALUE_FUNCTIONS.has(name)) tables.add(`${name}()`);
  }
  const cteMap = (record.cte_map as { map?: Array<{ key: string }> } | undefined)?.map;
  for (const entry of cteMap ?? []) ctes.add(entry.key.toLowerCase());
  for (const value of Object.values(record)) collect(value, tables, ctes);
}

/**
 * Parses SQL with DuckDB's own parser (`json_serialize_sql`, which only accepts SELECT statements)
 * and lists what it reads. The text has to be a constant for that function, so it is quoted here
 * rather than bound; it is the definition file's own text and is never executed by this call.
 */
export async function analyseSql(connection: DuckDBConnection, sql: string): Promise<SqlAnalysis> {
  const literal = `'${sql.replaceAll("'", "''")}'`;
  const reader = await connection.runAndReadAll(`SELECT json_serialize_sql(${literal}) AS tree`);
  const tree = JSON.parse(String(reader.getRowObjectsJson()[0].tree)) as {
    error: boolean;
    error_message?: string;
    statements?: unknown[];
  };
  if (tree.error) return { reads: [], problem: tree.error_message ?? 'not a SELECT' };
  if ((tree.statements ?? []).length !== 1) return { reads: [], problem: `${tree.statements?.length ?? 0} statements` };
  const tables = new Set<string>();
  const ctes = new Set<string>();
  collect(tree.statements, tables, ctes);
  return { reads: [...tables].filter((t) => !ctes.has(t)).sort() };
}
