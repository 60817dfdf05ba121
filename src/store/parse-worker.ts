/**
 * A parse worker (worker thread): reads the submissions it is sent, one at a time in arrival order,
 * and answers each with its `ParsedSubmission` (plain data) or the error that stopped it. The
 * database stays with the main thread.
 */
import { parentPort } from 'node:worker_threads';
import { readSubmissionBytes } from '../submissions/read-submission.js';
import type { ParseReply, ParseRequest } from './parse-pool.js';

const port = parentPort!;
const queue: ParseRequest[] = [];
let busy = false;

async function drain(): Promise<void> {
  busy = true;
  for (let request = queue.shift(); request; request = queue.shift()) {
    let reply: ParseReply;
    try {
      reply = { id: request.id, parsed: await readSubmissionBytes(request.file, request.bytes, request.context) };
    } catch (error) {
      reply = { id: request.id, error: error instanceof Error ? { message: error.message, stack: error.stack } : { message: String(error) } };
    }
    port.postMessage(reply);
  }
  busy = false;
}

port.on('message', (request: ParseRequest) => {
  queue.push(request);
  if (!busy) void drain();
});
