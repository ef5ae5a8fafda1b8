import dns, { type LookupAddress, type LookupAllOptions } from 'node:dns';
import net from 'node:net';

/**
 * Which hosts the crawler may reach although they are private: names or IP addresses from
 * CRAWL_ALLOW_HOSTS (tests on 127.0.0.1, intranet sources). Everything else must be public.
 */
export interface AddressPolicy {
  allowHosts: readonly string[];
  /** The resolver the guard checks; the system's DNS unless a test passes its own. */
  lookup?: LookupFunction | undefined;
}

/** Code of the error raised when a fetch would reach a private address; such a fetch is never retried. */
export const BLOCKED_ADDRESS = 'ERR_BLOCKED_ADDRESS';

/** A fetch refused because it would reach a private, loopback, link-local or metadata address. */
export class BlockedAddressError extends Error {
  override readonly name = 'BlockedAddressError';
  readonly code = BLOCKED_ADDRESS;
}

/** Address ranges no crawl may reach: RFC 6890 special-purpose blocks, both families. */
const BLOCKED_RANGES: readonly [string, number, 'ipv4' | 'ipv6'][] = [
  ['0.0.0.0', 8, 'ipv4'],
  ['10.0.0.0', 8, 'ipv4'],
  ['100.64.0.0', 10, 'ipv4'],
  ['127.0.0.0', 8, 'ipv4'],
  ['169.254.0.0', 16, 'ipv4'],
  ['172.16.0.0', 12, 'ipv4'],
  ['192.0.0.0', 24, 'ipv4'],
  ['192.0.2.0', 24, 'ipv4'],
  ['192.88.99.0', 24, 'ipv4'],
  ['192.168.0.0', 16, 'ipv4'],
  ['198.18.0.0', 15, 'ipv4'],
  ['198.51.100.0', 24, 'ipv4'],
  ['203.0.113.0', 24, 'ipv4'],
  ['224.0.0.0', 4, 'ipv4'],
  ['240.0.0.0', 4, 'ipv4'],
  ['::', 96, 'ipv6'],
  ['::ffff:0:0', 96, 'ipv6'],
  ['64:ff9b::', 96, 'ipv6'],
  ['64:ff9b:1::', 48, 'ipv6'],
  ['100::', 64, 'ipv6'],
  ['2001::', 23, 'ipv6'],
  ['2001:db8::', 32, 'ipv6'],
  ['2002::', 16, 'ipv6'],
  ['fc00::', 7, 'ipv6'],
  ['fe80::', 10, 'ipv6'],
  ['fec0::', 10, 'ipv6'],
  ['ff00::', 8, 'ipv6'],
];

// One list per family: a BlockList matches IPv4 addresses against IPv4-mapped IPv6 rules too, so
// ::ffff:0:0/96 in a shared list would block every IPv4 address.
const blocked = { ipv4: new net.BlockList(), ipv6: new net.BlockList() };
for (const [address, prefix, family] of BLOCKED_RANGES) blocked[family].addSubnet(address, prefix, family);

/** Names that always mean this machine or a private network, whatever DNS says. */
const PRIVATE_NAME = /(^|\.)(localhost|local|internal|intranet|lan|home\.arpa|localdomain)$/i;

/**
 * Whether an IP address is on the public internet: not private (RFC 1918, fc00::/7), loopback,
 * link-local (169.254.0.0/16 holds the cloud metadata service, fe80::/10), carrier-grade NAT,
 * documentation, multicast, reserved, or an IPv4 address wrapped in IPv6 (mapped, NAT64, 6to4, Teredo).
 */
export function isPublicAddress(address: string): boolean {
  const family = net.isIP(address);
  if (family === 0) return false;
  const kind = family === 4 ? 'ipv4' : 'ipv6';
  return !blocked[kind].check(address, kind);
}

function bare(hostname: string): string {
  return hostname
    .replace(/^\[|\]$/g, '')
    .replace(/\.$/, '')
    .toLowerCase();
}

function allowed(policy: AddressPolicy, host: string): boolean {
  const name = bare(host);
  return policy.allowHosts.some((entry) => bare(entry) === name);
}

const HOW_TO_ALLOW = 'list the host in CRAWL_ALLOW_HOSTS to crawl it anyway';

/**
 * Why the crawler must not fetch `url`, or null when it may: not http(s), an IP literal that is not
 * public, or a name that only ever means a private host (localhost, *.internal, a name without a dot).
 * Names that DNS resolves to private addresses are caught at connect time by {@link guardedLookup}.
 * Hosts in the policy's allow list pass.
 */
export function urlProblem(url: string, policy: AddressPolicy): string | null {
  let parsed: URL;
  try {
    parsed = new URL(url);
  } catch {
    return `not a valid URL: ${url}`;
  }
  if (parsed.protocol !== 'http:' && parsed.protocol !== 'https:') return `not an http(s) URL: ${url}`;
  const host = bare(parsed.hostname);
  if (allowed(policy, host)) return null;
  if (net.isIP(host) !== 0) {
    return isPublicAddress(host)
      ? null
      : `${url} points to a private, loopback, link-local or metadata address (${host}); ${HOW_TO_ALLOW}`;
  }
  if (PRIVATE_NAME.test(host) || !host.includes('.')) {
    return `${url} names a private or local host (${host}); ${HOW_TO_ALLOW}`;
  }
  return null;
}

type LookupCallback = (
  error: NodeJS.ErrnoException | null,
  address: string | LookupAddress[],
  family?: number,
) => void;

/** The shape of `dns.lookup` that `net.connect` (and so got) calls. */
export type LookupFunction = (hostname: string, options: object, callback: LookupCallback) => void;

const systemLookup: LookupFunction = (hostname, options, callback) => {
  dns.lookup(hostname, { ...(options as LookupAllOptions), all: true }, callback as never);
};

/**
 * A DNS lookup for sockets that refuses a name when any of its addresses is not public (a name that
 * resolves partly to a private address is a rebinding trick), unless the name or the address is allowed.
 * Because the check runs on the addresses the socket then connects to, a DNS answer cannot steer a fetch
 * to an internal host; it runs again for every redirect hop, since each hop opens its own connection.
 */
export function guardedLookup(policy: AddressPolicy, lookup: LookupFunction = systemLookup): LookupFunction {
  return (hostname, options, callback) => {
    const wantsAll = (options as { all?: boolean }).all === true;
    lookup(hostname, { ...options, all: true }, (error, result) => {
      if (error) {
        callback(error, wantsAll ? [] : '');
        return;
      }
      const addresses = Array.isArray(result) ? result : [{ address: result, family: net.isIP(result) }];
      const bad = allowed(policy, hostname)
        ? undefined
        : addresses.find(({ address }) => !isPublicAddress(address) && !allowed(policy, address));
      if (bad) {
        const refused = new BlockedAddressError(
          `${hostname} resolves to a private, loopback, link-local or metadata address (${bad.address}); ${HOW_TO_ALLOW}`,
        );
        callback(refused, wantsAll ? [] : '');
        return;
      }
      const first = addresses[0];
      if (wantsAll) callback(null, addresses);
      else if (first) callback(null, first.address, first.family);
      else callback(Object.assign(new Error(`no address for ${hostname}`), { code: 'ENOTFOUND' }), '');
    });
  };
}

/**
 * got request options that enforce the policy on every connection: the guarded lookup for names, a
 * check of each redirect target (IP literals skip DNS, so they are checked here), and HTTP/1.1 only, so no
 * protocol probe opens a connection of its own.
 */
export function guardedRequestOptions(policy: AddressPolicy) {
  return {
    dnsLookup: guardedLookup(policy, policy.lookup),
    http2: false,
    hooks: {
      beforeRedirect: [
        (options: { url?: URL | string | undefined }) => {
          const problem = urlProblem(String(options.url ?? ''), policy);
          if (problem) throw new BlockedAddressError(`redirect refused: ${problem}`);
        },
      ],
    },
  };
}

/** CRAWL_ALLOW_HOSTS (comma-separated names or addresses) as a policy. */
export function addressPolicy(allowHosts: string | undefined): AddressPolicy {
  return {
    allowHosts: (allowHosts ?? '')
      .split(',')
      .map((entry) => entry.trim())
      .filter((entry) => entry.length > 0),
  };
}
