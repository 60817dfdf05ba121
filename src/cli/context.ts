import type { Lang } from '../i18n/messages.js';
import type { Output } from './output.js';

/** What every command gets from the global flags. */
export interface CommandContext {
  db: string;
  lang: Lang;
  json: boolean;
  debug: boolean;
  out: Output;
}
