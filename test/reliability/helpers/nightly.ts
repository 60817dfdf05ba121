/**
 * `TK13_NIGHTLY=1 npx vitest run test/reliability` runs the nightly-size reliability suite: every corpus
 * file through the CLI on its own, more SIGKILLs, more fuzz mutants (see docs/reliability.md).
 */
export const NIGHTLY = process.env.TK13_NIGHTLY === '1' || process.env.TK13_NIGHTLY === 'true';

/** `normal` in the everyday suite, `nightly` in the nightly one. */
export function sized(normal: number, nightly: number): number {
  return NIGHTLY ? nightly : normal;
}
