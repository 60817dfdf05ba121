import { availableParallelism } from 'node:os';
import { Worker } from 'node:worker_threads';
import type { Lang } from '../i18n/catalog-types.js';
import type { ReportModel } from './report-model.js';

export interface RenderRequest {
  id: number;
  model: ReportModel;
  lang: Lang;
}

export type RenderReply = { id: number; bytes: Uint8Array } | { id: number; error: { message: string; stack?: string } };

/** Renders report models to workbook bytes on worker threads (the same `renderReport`, elsewhere). */
export interface RenderPool {
  render(model: ReportModel, lang: Lang): Promise<Uint8Array>;
  close(): Promise<void>;
}

/** The compiled worker beside this module; from TypeScript source (tests, tsx), its copy in dist/. */
function workerScript(): URL {
  return import.meta.url.endsWith('.ts') ? new URL('../../dist/reports/render-worker.js', import.meta.url) : new URL('./render-worker.js', import.meta.url);
}

export function createRenderPool(size: number = availableParallelism()): RenderPool {
  const workers = Array.from({ length: size }, () => new Worker(workerScript()));
  const queued = workers.map(() => 0);
  const pending = new Map<number, { resolve: (bytes: Uint8Array) => void; reject: (error: Error) => void; worker: number }>();
  let nextId = 0;
  const fail = (error: Error) => {
    for (const task of pending.values()) task.reject(error);
    pending.clear();
  };
  workers.forEach((worker) => {
    worker.on('message', (reply: RenderReply) => {
      const task = pending.get(reply.id);
      if (!task) return;
      pending.delete(reply.id);
      queued[task.worker]--;
      if ('bytes' in reply) task.resolve(reply.bytes);
      else task.reject(Object.assign(new Error(reply.error.message), { stack: reply.error.stack }));
    });
    worker.on('error', fail);
    worker.on('exit', (code) => {
      if (pending.size > 0) fail(new Error(`report render worker stopped (exit code ${code})`));
    });
  });
  return {
    render(model, lang) {
      const target = queued.indexOf(Math.min(...queued));
      queued[target]++;
      const id = nextId++;
      return new Promise((resolve, reject) => {
        pending.set(id, { resolve, reject, worker: target });
        workers[target].postMessage({ id, model, lang } satisfies RenderRequest);
      });
    },
    async close() {
      await Promise.all(workers.map((w) => w.terminate()));
    },
  };
}
