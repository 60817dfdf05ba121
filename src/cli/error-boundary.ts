import { EXIT_INTERNAL, Tk13Error } from '../core/errors.js';
import { systemErrorToTk13 } from '../core/system-errors.js';
import { type Lang, renderMessage } from '../i18n/messages.js';
import { t } from './output.js';

/**
 * The one place errors become exit codes: a Tk13Error prints one translated line; a failure of the
 * machine (full disk, no permission… — `systemErrorToTk13`) is one too, exit 1, naming the path and
 * the cause; anything else is internal (3).
 */
export function exitCodeFor(thrown: unknown, lang: Lang, debug: boolean, json: boolean): number {
  const error = systemErrorToTk13(thrown) ?? thrown;
  if (error instanceof Tk13Error) {
    const { message: text, hint } = renderMessage(error.code, { params: error.params }, lang);
    // A usage error may carry what the person probably meant: "Có phải ý bạn là --period?"
    const { suggestion } = error.params;
    const message = suggestion === undefined ? text : `${text} ${renderMessage('did-you-mean', { params: { suggestion } }, lang).message}`;
    if (json) process.stdout.write(`${JSON.stringify({ error: { code: error.code, message, hint: hint ?? null } }, null, 2)}\n`);
    process.stderr.write(`${t(lang, 'Lỗi', 'Error')}: ${message}\n`);
    if (hint) process.stderr.write(`  → ${hint}\n`);
    if (debug) process.stderr.write(`${error.stack}\n`);
    return error.exitCode;
  }
  const detail = error instanceof Error ? error.message.split('\n')[0] : String(error);
  const { message, hint } = renderMessage('internal-error', { params: { detail } }, lang);
  if (json) process.stdout.write(`${JSON.stringify({ error: { code: 'internal-error', message, hint: hint ?? null } }, null, 2)}\n`);
  process.stderr.write(`${message}\n`);
  if (debug) process.stderr.write(`${error instanceof Error ? error.stack : ''}\n`);
  else if (hint) process.stderr.write(`  → ${hint}\n`);
  return EXIT_INTERNAL;
}
