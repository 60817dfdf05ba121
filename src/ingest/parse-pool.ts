import { availableParallelism } from 'node:os';
import { compiledWorker, createWorkerPool } from '../core/worker-pool.js';
import { readSubmissionBytes } from '../submissions/read-submission.js';
import type { ParsedSubmission, SubmissionContext } from '../submissions/types.js';

export interface ParseRequest {
  file: string;
  bytes: Uint8Array;
  context: SubmissionContext;
}

/** Reads submissions into rows and diagnostics, on this thread or on worker threads. */
export interface Parser {
  parse(file: string, bytes: Uint8Array, context: SubmissionContext): Promise<ParsedSubmission>;
  close(): Promise<void>;
}

/** Below this many files, starting workers (each loads the readers, ~0.3 s) costs more than it saves. */
const MIN_FILES_FOR_WORKERS = 48;

/** Workers for a batch of `files`: one per core, none for a small batch. */
export function defaultWorkerCount(files: number): number {
  return files < MIN_FILES_FOR_WORKERS ? 0 : availableParallelism();
}

/**
 * Worker threads fed by least queued bytes. Each worker queues what it is sent and parses one file
 * at a time, so the main thread can hand out work ahead while it is busy writing to the database.
 */
function workerParser(size: number): Parser {
  const pool = createWorkerPool<ParseRequest, ParsedSubmission>(compiledWorker(import.meta.url, 'ingest/parse-worker.js', 'parse-worker.js'), size, 'parse');
  return {
    parse(file, bytes, context) {
      // A file is weighed by its size plus a fixed cost, so many small forms also spread evenly.
      const weight = bytes.byteLength + 16_384;
      const own = bytes.byteOffset === 0 && bytes.byteLength === bytes.buffer.byteLength && bytes.buffer instanceof ArrayBuffer;
      return pool.run({ file, bytes, context }, weight, own ? [bytes.buffer as ArrayBuffer] : []);
    },
    close: () => pool.close(),
  };
}

/** `workers` 0 parses on this thread. */
export function createParser(workers: number): Parser {
  if (workers > 0) return workerParser(workers);
  return { parse: (file, bytes, context) => readSubmissionBytes(file, bytes, context), close: async () => {} };
}
