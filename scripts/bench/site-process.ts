/**
 * The benchmark news site (news-site.ts) in a child process of its own, so serving pages takes no time
 * from the crawlers measured. Run as a script (`site-process.ts PAGES`, forked by {@link startSiteProcess}),
 * it serves the site and sends its base URL to the parent.
 */
import { fork } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { startBenchSite } from './news-site.js';

/** Starts the site with `pages` articles in a child process under the caller's loader. */
export async function startSiteProcess(pages: number): Promise<{ baseUrl: string; close(): void }> {
  const child = fork(fileURLToPath(import.meta.url), [String(pages)], {
    execArgv: process.execArgv,
    stdio: ['ignore', 'inherit', 'inherit', 'ipc'],
  });
  const baseUrl = await new Promise<string>((resolve, reject) => {
    child.once('message', (m) => {
      resolve(m as string);
    });
    child.once('exit', (code) => {
      reject(new Error(`bench site exited with ${String(code)}`));
    });
  });
  return { baseUrl, close: () => child.kill('SIGTERM') };
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  const site = await startBenchSite(Number(process.argv[2]));
  process.send?.(site.baseUrl);
}
