/**
 * A parse worker (worker thread): reads the submissions it is sent, one at a time in arrival order,
 * and answers each with its `ParsedSubmission` (plain data). The database stays with the main thread.
 */
import { serveRequests } from '../core/worker-pool.js';
import { readSubmissionBytes } from '../submissions/read-submission.js';
import type { ParsedSubmission } from '../submissions/types.js';
import type { ParseRequest } from './parse-pool.js';

serveRequests<ParseRequest, ParsedSubmission>(async (request) => ({
  result: await readSubmissionBytes(request.file, request.bytes, request.context),
}));
