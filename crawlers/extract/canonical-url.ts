/** Query parameters that only track where a click came from; they never select different content. */
const TRACKING_PARAMS = new Set([
  'fbclid',
  'gclid',
  'gclsrc',
  'dclid',
  'msclkid',
  'yclid',
  'twclid',
  'igshid',
  'mc_cid',
  'mc_eid',
  'mkt_tok',
  '_hsenc',
  '_hsmi',
  'hsctatracking',
  'ref_src',
  'ref_url',
  'cmpid',
  'icid',
  'ocid',
  'wt_mc',
  'wt.mc_id',
  'xtor',
  'ns_mchannel',
  'ns_source',
  'ns_campaign',
  'ns_linkname',
  'ns_fee',
  'sr_share',
  'smid',
  'ito',
  'at_medium',
  'at_campaign',
  'at_custom1',
  'at_custom2',
  'at_custom3',
  'at_custom4',
  'at_ptr_name',
  'at_link_id',
  'at_link_origin',
  'at_link_type',
  'at_format',
  'at_bbc_team',
  'at_platform',
  'guccounter',
  'guce_referrer',
  'guce_referrer_sig',
  'spm',
]);

const TRACKING_PREFIXES = ['utm_', 'pk_', 'piwik_', 'matomo_', 'mtm_', 'oly_', 'vero_', 'hmb_'];

const DEFAULT_PORTS: Record<string, string> = { 'http:': '80', 'https:': '443' };

/** Whether a query parameter name only tracks the visitor and can be dropped. */
export function isTrackingParam(name: string): boolean {
  const lower = name.toLowerCase();
  return TRACKING_PARAMS.has(lower) || TRACKING_PREFIXES.some((prefix) => lower.startsWith(prefix));
}

/**
 * Normalises an absolute URL so that one article is one row in the store however it was linked:
 * lower-case scheme and host, no default port, no fragment, no tracking parameters (utm_*, fbclid,
 * gclid, mc_cid, ...), remaining query parameters sorted by name (stable for equal names), and no
 * empty query. Paths are kept as given (servers may treat them case-sensitively).
 * A string that is not an absolute http(s) URL is returned trimmed but otherwise unchanged, so the
 * caller never has to catch an exception for a bad link found on a page.
 */
export function canonicalizeUrl(url: string): string {
  const trimmed = url.trim();
  let parsed: URL;
  try {
    parsed = new URL(trimmed);
  } catch {
    return trimmed;
  }
  if (parsed.protocol !== 'http:' && parsed.protocol !== 'https:') return trimmed;
  parsed.hash = '';
  if (DEFAULT_PORTS[parsed.protocol] === parsed.port) parsed.port = '';
  const kept = [...parsed.searchParams.entries()].filter(([name]) => !isTrackingParam(name));
  kept.sort((a, b) => (a[0] < b[0] ? -1 : a[0] > b[0] ? 1 : 0));
  parsed.search = '';
  for (const [name, value] of kept) parsed.searchParams.append(name, value);
  // URL already lower-cases scheme and host and drops an empty "?".
  return parsed.toString();
}
