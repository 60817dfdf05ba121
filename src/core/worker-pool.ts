import { Worker, parentPort } from 'node:worker_threads';

/** What a pool worker answers for request `id`: its result, or the error that stopped it. */
type Reply<R> = { id: number; result: R } | { id: number; error: { message: string; stack?: string } };

export interface WorkerPool<Q, R> {
  /** Sends `request` to the least loaded worker; `weight` is how much load it adds until answered. */
  run(request: Q, weight?: number, transfer?: ArrayBuffer[]): Promise<R>;
  close(): Promise<void>;
}

/**
 * The compiled worker module `distPath` (relative to dist/). Worker threads do not inherit a
 * TypeScript loader, so code running from src/ (tests, tsx) also starts the compiled copy.
 */
export function compiledWorker(callerUrl: string, distPath: string, siblingName: string): URL {
  return callerUrl.endsWith('.ts') ? new URL(`../../dist/${distPath}`, callerUrl) : new URL(`./${siblingName}`, callerUrl);
}

/** `size` worker threads running `script`, each fed by least queued weight; any failure rejects everything pending. */
export function createWorkerPool<Q, R>(script: URL, size: number, name: string): WorkerPool<Q, R> {
  const workers = Array.from({ length: size }, () => new Worker(script));
  const load = workers.map(() => 0);
  const pending = new Map<number, { resolve: (result: R) => void; reject: (error: Error) => void; weight: number; worker: number }>();
  let nextId = 0;
  let failure: Error | undefined;
  const fail = (error: Error) => {
    failure ??= error;
    for (const task of pending.values()) task.reject(error);
    pending.clear();
  };
  workers.forEach((worker) => {
    worker.on('message', (reply: Reply<R>) => {
      const task = pending.get(reply.id);
      if (!task) return;
      pending.delete(reply.id);
      load[task.worker] -= task.weight;
      if ('result' in reply) task.resolve(reply.result);
      else task.reject(Object.assign(new Error(reply.error.message), { stack: reply.error.stack }));
    });
    worker.on('error', fail);
    worker.on('exit', (code) => {
      if (pending.size > 0) fail(new Error(`${name} worker stopped (exit code ${code})`));
    });
  });
  return {
    run(request, weight = 1, transfer = []) {
      if (failure) return Promise.reject(failure);
      const target = load.indexOf(Math.min(...load));
      const id = nextId++;
      load[target] += weight;
      return new Promise<R>((resolve, reject) => {
        pending.set(id, { resolve, reject, weight, worker: target });
        workers[target].postMessage({ id, request }, transfer);
      });
    },
    async close() {
      await Promise.all(workers.map((worker) => worker.terminate()));
    },
  };
}

/**
 * The worker side: handles requests one at a time in arrival order (the pool may queue several
 * ahead) and answers each with its result or its error.
 */
export function serveRequests<Q, R>(handle: (request: Q) => Promise<{ result: R; transfer?: ArrayBuffer[] }>): void {
  const port = parentPort!;
  let chain = Promise.resolve();
  port.on('message', ({ id, request }: { id: number; request: Q }) => {
    chain = chain.then(async () => {
      try {
        const { result, transfer = [] } = await handle(request);
        port.postMessage({ id, result } satisfies Reply<R>, transfer);
      } catch (error) {
        const detail = error instanceof Error ? { message: error.message, stack: error.stack } : { message: String(error) };
        port.postMessage({ id, error: detail } satisfies Reply<R>);
      }
    });
  });
}
