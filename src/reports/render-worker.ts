/**
 * A report render worker (worker thread): turns the report models it is sent into workbook bytes,
 * one at a time, so the main thread can build the next province's model from the database meanwhile.
 */
import { parentPort } from 'node:worker_threads';
import type { RenderReply, RenderRequest } from './render-pool.js';
import { renderReport } from './render-report.js';

const port = parentPort!;
let chain = Promise.resolve();

port.on('message', (request: RenderRequest) => {
  chain = chain.then(async () => {
    let reply: RenderReply;
    try {
      const bytes = await renderReport(request.model, request.lang);
      reply = { id: request.id, bytes };
      port.postMessage(reply, [bytes.buffer as ArrayBuffer]);
    } catch (error) {
      reply = { id: request.id, error: error instanceof Error ? { message: error.message, stack: error.stack } : { message: String(error) } };
      port.postMessage(reply);
    }
  });
});
