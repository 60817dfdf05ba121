// Loaded into a benchmarked child with `node --import` when /usr/bin/time is not there (or --rss
// process): the child writes its own peak resident set size (kB) to TK13_BENCH_RSS_FILE as it exits.
import { writeFileSync } from 'node:fs';

const target = process.env.TK13_BENCH_RSS_FILE;
if (target) process.on('exit', () => writeFileSync(target, String(process.resourceUsage().maxRSS)));
