import { GotScrapingHttpClient } from '@crawlee/http';
import { BLOCKED_ADDRESS, guardedRequestOptions, urlProblem, type AddressPolicy } from './address-guard.js';
import type { HostGate } from './host-gate.js';
import type { FetchRobots } from './robots-rules.js';

/** Crawlers need read no more than the first 500 KiB of a robots.txt (RFC 9309). */
const ROBOTS_MAX_BYTES = 512_000;

/**
 * Fetches robots.txt files through the host gate with the same address guard as every page (a robots.txt
 * request to a metadata address is as harmful as any other), following up to five redirects and reading
 * at most 500 KiB. A failure answers its reason, which {@link RobotsRules} reads as "unreachable"; a
 * refused address answers as a missing file.
 */
export function createRobotsFetcher(deps: {
  userAgent: string;
  gate: HostGate;
  timeoutSeconds: number;
  addresses: AddressPolicy;
}): FetchRobots {
  const client = new GotScrapingHttpClient();
  return async (url) => {
    if (urlProblem(url, deps.addresses)) return { status: 404, text: '' };
    const release = await deps.gate.acquire(new URL(url).host);
    try {
      const response = await client.stream({
        url,
        headers: { 'user-agent': deps.userAgent },
        useHeaderGenerator: false,
        timeout: { request: deps.timeoutSeconds * 1000 },
        maxRedirects: 5,
        throwHttpErrors: false,
        ...guardedRequestOptions(deps.addresses),
      });
      if (response.statusCode < 200 || response.statusCode >= 300) {
        response.stream.destroy();
        return { status: response.statusCode, text: '' };
      }
      const chunks: Buffer[] = [];
      let size = 0;
      for await (const chunk of response.stream) {
        chunks.push(chunk as Buffer);
        size += (chunk as Buffer).length;
        if (size >= ROBOTS_MAX_BYTES) break;
      }
      response.stream.destroy();
      return {
        status: response.statusCode,
        text: Buffer.concat(chunks).toString('utf8').slice(0, ROBOTS_MAX_BYTES),
      };
    } catch (error) {
      // A refused address is not an unreachable site: the page fetches that follow are refused by the same
      // guard and recorded with the real reason, instead of a misleading "robots.txt unreachable".
      if ((error as NodeJS.ErrnoException).code === BLOCKED_ADDRESS) return { status: 404, text: '' };
      return { error: (error as Error).message.split('\n')[0] ?? 'failed' };
    } finally {
      release();
    }
  };
}
