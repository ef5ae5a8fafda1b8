/**
 * Imported first by every process that analyses text (the CLI, the benchmarks, eval:nlp):
 * V8 is told to compile each regular expression to machine code on its first use instead of
 * interpreting it and compiling it later ("tier-up").
 *
 * Why: the analyzer's trigger lexicons are large alternations. With tier-up, whether such an
 * expression ends up running as machine code or stays in V8's bytecode interpreter depends on the
 * order in which expressions first meet one-byte (Latin-1) and two-byte subject strings. Real news
 * mixes both (typographic quotes and dashes make a sentence two-byte), and there the scans ran about
 * eight times slower than on the same text in another order: 13 ms of trigger scanning per
 * 4,000-character article instead of 1.7 (docs/nlp.md, round 21). Compiling on first use removes
 * the order dependence, and compiling once is also cheaper than interpreting first and compiling after.
 *
 * V8 flags are process-wide. Node asks for care with flags changed at run time; this one is read by
 * V8 each time it prepares a regular expression for a subject, so it takes effect for every expression
 * run after this module, which is why it must be imported first, before any module that builds
 * lexicons and before any thread starts. `node --no-regexp-tier-up` on the command line does the same
 * from the start (deploy/docker-compose.yml passes it).
 */
import { setFlagsFromString } from 'node:v8';
import { isMainThread } from 'node:worker_threads';

const FLAG = '--no-regexp-tier-up';

// Only the main thread sets it, before any worker starts: the flag is the process's, so worker threads
// (the page pool) run with it already, and a worker setting it again while other threads compile code
// crashed the process (SIGSEGV, seen under load in test/serve.test.ts).
if (isMainThread && !process.execArgv.includes(FLAG)) setFlagsFromString(FLAG);
