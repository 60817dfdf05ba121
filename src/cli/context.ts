import type { Lang } from '../i18n/messages.js';
import type { Output } from './output.js';

/** What every command gets from the global flags. */
export interface CommandContext {
  db: string;
  lang: Lang;
  json: boolean;
  debug: boolean;
  out: Output;
  /** The current moment: the clock, or `TK13_NOW` (an ISO instant) for tests and reproducible runs. */
  now: Date;
}
