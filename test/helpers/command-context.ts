/**
 * Calling a command in-process, as the CLI would: a context whose output is captured (lines, and
 * the `--json` documents), and the Tk13Error a call must end with.
 */
import type { CommandContext } from '../../src/cli/context.js';
import type { Output } from '../../src/cli/output.js';
import { Tk13Error } from '../../src/core/errors.js';

export function commandContext(json = false): { ctx: CommandContext; lines: string[]; documents: unknown[] } {
  const lines: string[] = [];
  const documents: unknown[] = [];
  const out: Output = { lang: 'vi', json, line: (text = '') => lines.push(text), note: () => {}, document: (value) => documents.push(value) };
  return { ctx: { db: ':memory:', lang: 'vi', json, debug: false, now: new Date(), out }, lines, documents };
}

/** The Tk13Error (or UsageError) `promise` rejects with; anything else fails the test. */
export async function failure(promise: Promise<unknown>): Promise<Tk13Error> {
  const error = await promise.then(() => undefined, (e: unknown) => e);
  if (!(error instanceof Tk13Error)) throw new Error(`expected a Tk13Error, got ${String(error)}`);
  return error;
}
