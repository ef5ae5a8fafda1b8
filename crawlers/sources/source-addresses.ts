import { urlProblem, type AddressPolicy } from '../fetch/address-guard.js';
import type { SourceConfig } from './source-schema.js';

/** One URL of a source that the address guard refuses, named by its field (`feeds.0`). */
export interface SourceAddressProblem {
  field: string;
  problem: string;
}

/**
 * The URLs of a source (homepage, feeds, sitemaps, sections) that point at private, loopback,
 * link-local or metadata hosts, so the API and the registry loader refuse such a source up front with
 * the field to fix, rather than leaving it to fail at every crawl.
 */
export function sourceAddressProblems(
  source: Pick<SourceConfig, 'homepage' | 'feeds' | 'sitemaps' | 'sections'>,
  policy: AddressPolicy,
): SourceAddressProblem[] {
  const urls: [string, string][] = [
    ['homepage', source.homepage],
    ...(['feeds', 'sitemaps', 'sections'] as const).flatMap((key) =>
      source[key].map((url, index): [string, string] => [`${key}.${index}`, url]),
    ),
  ];
  return urls.flatMap(([field, url]) => {
    const problem = urlProblem(url, policy);
    return problem ? [{ field, problem }] : [];
  });
}
