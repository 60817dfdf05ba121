/**
 * A report render worker (worker thread): turns the report models it is sent into workbook bytes,
 * one at a time, so the main thread can build the next province's model from the database meanwhile.
 */
import { serveRequests } from '../core/worker-pool.js';
import type { RenderRequest } from './render-pool.js';
import { renderReport } from './render-report.js';

serveRequests<RenderRequest, Uint8Array>(async (request) => {
  const bytes = await renderReport(request.model, request.lang);
  return { result: bytes, transfer: [bytes.buffer as ArrayBuffer] };
});
