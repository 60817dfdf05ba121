import { availableParallelism } from 'node:os';
import { Worker } from 'node:worker_threads';
import { readSubmissionBytes } from '../submissions/read-submission.js';
import type { ParsedSubmission, SubmissionContext } from '../submissions/types.js';

export interface ParseRequest {
  id: number;
  file: string;
  bytes: Uint8Array;
  context: SubmissionContext;
}

export type ParseReply = { id: number; parsed: ParsedSubmission } | { id: number; error: { message: string; stack?: string } };

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
 * The compiled worker beside this module; when this module runs from TypeScript source (tests,
 * tsx), the compiled copy in dist/, since worker threads do not inherit a TypeScript loader.
 */
function workerScript(): URL {
  return import.meta.url.endsWith('.ts') ? new URL('../../dist/store/parse-worker.js', import.meta.url) : new URL('./parse-worker.js', import.meta.url);
}

function inlineParser(): Parser {
  return { parse: (file, bytes, context) => readSubmissionBytes(file, bytes, context), close: async () => {} };
}

interface Pending {
  resolve: (parsed: ParsedSubmission) => void;
  reject: (error: Error) => void;
  bytes: number;
  worker: number;
}

/**
 * Worker threads fed by least queued bytes. Each worker queues what it is sent and parses one file
 * at a time, so the main thread can hand out work ahead while it is busy writing to the database.
 */
function workerParser(size: number): Parser {
  const workers = Array.from({ length: size }, () => new Worker(workerScript()));
  const queuedBytes = workers.map(() => 0);
  const pending = new Map<number, Pending>();
  let nextId = 0;
  let failure: Error | undefined;
  const fail = (error: Error) => {
    failure ??= error;
    for (const task of pending.values()) task.reject(error);
    pending.clear();
  };
  workers.forEach((worker) => {
    worker.on('message', (reply: ParseReply) => {
      const task = pending.get(reply.id);
      if (!task) return;
      pending.delete(reply.id);
      queuedBytes[task.worker] -= task.bytes;
      if ('parsed' in reply) task.resolve(reply.parsed);
      else task.reject(Object.assign(new Error(reply.error.message), { stack: reply.error.stack }));
    });
    worker.on('error', fail);
    worker.on('exit', (code) => {
      if (pending.size > 0) fail(new Error(`parse worker stopped (exit code ${code})`));
    });
  });
  return {
    parse(file, bytes, context) {
      if (failure) return Promise.reject(failure);
      const target = queuedBytes.indexOf(Math.min(...queuedBytes));
      const id = nextId++;
      // A file is weighed by its size plus a fixed cost, so many small forms also spread evenly.
      const weight = bytes.byteLength + 16_384;
      queuedBytes[target] += weight;
      return new Promise<ParsedSubmission>((resolve, reject) => {
        pending.set(id, { resolve, reject, bytes: weight, worker: target });
        const request: ParseRequest = { id, file, bytes, context };
        const own = bytes.byteOffset === 0 && bytes.byteLength === bytes.buffer.byteLength && bytes.buffer instanceof ArrayBuffer;
        workers[target].postMessage(request, own ? [bytes.buffer as ArrayBuffer] : []);
      });
    },
    async close() {
      await Promise.all(workers.map((worker) => worker.terminate()));
    },
  };
}

/** `workers` 0 parses on this thread. */
export function createParser(workers: number): Parser {
  return workers > 0 ? workerParser(workers) : inlineParser();
}
