/** Renders the sample district report and prints its SHA-256: run in a child process under another TZ. */
import { sha256 } from '../../src/core/hash.js';
import { renderReport } from '../../src/reports/render-report.js';
import { districtModel } from './sample-models.js';

process.stdout.write(`${sha256(await renderReport(districtModel()))}\n`);
