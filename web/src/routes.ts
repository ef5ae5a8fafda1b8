/**
 * The page's views and their addresses. Every view lives in the URL fragment (`#/search?q=R2&lang=de`,
 * `#/entity/deepseek-r2`, `#/releases?status=delayed`, `#/candidates`), so a view can be bookmarked,
 * shared and reached with the back button, and the server serves one file for all of them.
 */

export type Route =
  | { view: 'search'; params: Record<string, string> }
  | { view: 'entity'; id: string }
  | { view: 'releases'; params: Record<string, string> }
  | { view: 'candidates' };

function paramsOf(query: string): Record<string, string> {
  const params: Record<string, string> = {};
  for (const [name, value] of new URLSearchParams(query)) if (value !== '') params[name] = value;
  return params;
}

/** The route a fragment names; anything unknown is the search view. */
export function parseRoute(hash: string): Route {
  const [path = '', query = ''] = hash.replace(/^#/, '').split('?', 2);
  const parts = path.split('/').filter(Boolean).map(decodeURIComponent);
  if (parts[0] === 'entity' && parts[1]) return { view: 'entity', id: parts[1] };
  if (parts[0] === 'releases') return { view: 'releases', params: paramsOf(query) };
  if (parts[0] === 'candidates') return { view: 'candidates' };
  return { view: 'search', params: paramsOf(query) };
}

/** The fragment of a route (the inverse of {@link parseRoute}); empty parameters are left out. */
export function formatRoute(route: Route): string {
  const withQuery = (path: string, params: Record<string, string>) => {
    const query = new URLSearchParams(Object.entries(params).filter(([, value]) => value !== '')).toString();
    return query ? `${path}?${query}` : path;
  };
  switch (route.view) {
    case 'entity':
      return `#/entity/${encodeURIComponent(route.id)}`;
    case 'releases':
      return withQuery('#/releases', route.params);
    case 'candidates':
      return '#/candidates';
    case 'search':
      return withQuery('#/search', route.params);
  }
}
