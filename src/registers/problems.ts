import type { Diagnostic, Severity } from '../core/diagnostics.js';

export type ProblemFields = Omit<Diagnostic, 'code' | 'severity' | 'file'>;

/** Collects the diagnostics of one register file, in the order they were found. */
export class Problems {
  readonly list: Diagnostic[] = [];
  private errors = 0;

  constructor(readonly file: string) {}

  add(severity: Severity, code: string, fields: ProblemFields = {}): Diagnostic {
    const diagnostic: Diagnostic = { code, severity, file: this.file, ...fields };
    this.list.push(diagnostic);
    if (severity === 'error') this.errors++;
    return diagnostic;
  }

  error(code: string, fields?: ProblemFields): Diagnostic {
    return this.add('error', code, fields);
  }

  warning(code: string, fields?: ProblemFields): Diagnostic {
    return this.add('warning', code, fields);
  }

  get errorCount(): number {
    return this.errors;
  }
}
