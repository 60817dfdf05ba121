import type { Lang } from '../i18n/catalog-types.js';
import { pick } from '../i18n/pick.js';
import { formatCount } from './number-format.js';

/** What long commands report while they work; everything goes to stderr, never to stdout. */
export interface Progress {
  /** A new stage begins ("nạp tệp", "tính chỉ tiêu", …). */
  stage(name: string): void;
  /** `done` of `total` files handled in the current stage. */
  files(done: number, total: number): void;
  /** Work finished: clears the bar on a terminal. */
  end(): void;
}

interface ProgressTarget {
  isTTY?: boolean;
  write(text: string): unknown;
}

function elapsed(ms: number): string {
  const s = Math.floor(ms / 1000);
  return `${String(Math.floor(s / 60)).padStart(2, '0')}:${String(s % 60).padStart(2, '0')}`;
}

/**
 * On a terminal: one line redrawn in place, `[██████░░░░] 120/500 tệp · nạp tệp · 00:14`. Elsewhere
 * (a log file, a pipe): one plain line per stage and one every tenth of the files (at least every
 * 100), so a log shows the run advancing without flooding it.
 */
export function progressReporter(lang: Lang, target: ProgressTarget = process.stderr, clock: () => number = Date.now): Progress {
  const started = clock();
  let stage = '';
  let lastPlain = 0;
  let drawn = false;
  const filesWord = pick(lang, 'tệp', 'files');
  const draw = (text: string) => {
    target.write(`\r\u001b[2K${text}`);
    drawn = true;
  };
  return {
    stage(name) {
      stage = name;
      lastPlain = 0;
      if (target.isTTY) draw(`${name} · ${elapsed(clock() - started)}`);
      else target.write(`${name}… (${elapsed(clock() - started)})\n`);
    },
    files(done, total) {
      if (total === 0) return;
      if (target.isTTY) {
        const width = 20;
        const full = Math.round((done / total) * width);
        draw(`[${'█'.repeat(full)}${'░'.repeat(width - full)}] ${formatCount(done, lang)}/${formatCount(total, lang)} ${filesWord} · ${stage} · ${elapsed(clock() - started)}`);
        return;
      }
      const step = Math.max(100, Math.ceil(total / 10));
      if (done === total || done - lastPlain >= step) {
        lastPlain = done;
        target.write(`  ${formatCount(done, lang)}/${formatCount(total, lang)} ${filesWord} (${elapsed(clock() - started)})\n`);
      }
    },
    end() {
      if (drawn) target.write('\r\u001b[2K');
      drawn = false;
    },
  };
}
