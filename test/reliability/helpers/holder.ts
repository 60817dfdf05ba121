/**
 * Another tk13 process holding the database: a child node process that opens the store through
 * tk13's own `openStore` (read-write, or read-only) and keeps it open until it is stopped.
 */
import { type ChildProcess, spawn } from 'node:child_process';
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { repoRoot } from '../../helpers/cli.js';

export interface Holder {
  pid: number;
  stop(): Promise<void>;
}

const SCRIPT = (databaseModule: string) => `
import { openStore } from ${JSON.stringify(databaseModule)};
const store = await openStore(process.argv[2], { readOnly: process.argv[3] === 'read-only' });
process.stdout.write('ready\\n');
process.stdin.resume();
process.stdin.on('end', () => { store.close(); process.exit(0); });
`;

/** Starts the holder and resolves once the store is open. */
export async function holdDatabase(dir: string, db: string, mode: 'read-write' | 'read-only'): Promise<Holder> {
  const script = join(dir, 'hold-database.mjs');
  writeFileSync(script, SCRIPT(pathToFileURL(join(repoRoot, 'dist', 'store', 'database.js')).href));
  const child: ChildProcess = spawn(process.execPath, [script, db, mode], { stdio: ['pipe', 'pipe', 'pipe'] });
  const exited = new Promise<void>((resolve) => child.on('exit', () => resolve()));
  await new Promise<void>((resolve, reject) => {
    let stderr = '';
    child.stderr!.on('data', (chunk) => (stderr += chunk));
    child.stdout!.on('data', (chunk: Buffer) => chunk.toString().includes('ready') && resolve());
    child.on('exit', (code) => reject(new Error(`holder exited with ${code}: ${stderr}`)));
  });
  return {
    pid: child.pid!,
    async stop() {
      // Closing its stdin lets it close the store cleanly: it is our child, stopped by its own hand.
      child.stdin!.end();
      await exited;
    },
  };
}
