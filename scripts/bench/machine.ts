import { readFileSync } from 'node:fs';
import { availableParallelism, loadavg, totalmem } from 'node:os';
import { DuckDBInstance } from '@duckdb/node-api';

export interface Machine {
  cores: number;
  cpu: string;
  memoryGiB: number;
  node: string;
  duckdb: string;
  load: number[];
}

function cpuModel(): string {
  try {
    return /^model name\s*:\s*(.+)$/m.exec(readFileSync('/proc/cpuinfo', 'utf8'))?.[1]?.trim() ?? 'unknown CPU';
  } catch {
    return 'unknown CPU';
  }
}

async function duckdbVersion(): Promise<string> {
  const instance = await DuckDBInstance.create(':memory:');
  const connection = await instance.connect();
  try {
    const reader = await connection.runAndReadAll('SELECT version() AS v');
    return String(reader.getRowObjectsJson()[0].v);
  } finally {
    connection.closeSync();
    instance.closeSync();
  }
}

export async function describeMachine(): Promise<Machine> {
  return { cores: availableParallelism(), cpu: cpuModel(), memoryGiB: totalmem() / 1024 ** 3, node: process.version, duckdb: await duckdbVersion(), load: loadavg() };
}
