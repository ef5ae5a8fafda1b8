/**
 * The analyst page's entry: reads the view from the address fragment, renders it into <main>, marks the
 * current navigation link, and moves focus to the new view's heading so keyboard and screen-reader users
 * land where the content changed.
 */

import { renderCandidatesView } from './candidates-view.js';
import { renderEntityView } from './entity-view.js';
import { renderReleasesView } from './releases-view.js';
import { parseRoute, type Route } from './routes.js';
import { renderSearchView } from './search-view.js';

function render(route: Route, container: HTMLElement): Promise<void> {
  switch (route.view) {
    case 'search':
      return renderSearchView(container, route.params);
    case 'entity':
      return renderEntityView(container, route.id);
    case 'releases':
      return renderReleasesView(container, route.params);
    case 'candidates':
      return renderCandidatesView(container);
  }
}

const TITLES: Readonly<Record<Route['view'], string>> = {
  search: 'Search',
  entity: 'Entity',
  releases: 'Release tracker',
  candidates: 'Candidates',
};

async function show(main: HTMLElement): Promise<void> {
  const route = parseRoute(location.hash);
  for (const link of document.querySelectorAll<HTMLAnchorElement>('nav a[data-view]')) {
    if (link.dataset.view === route.view) link.setAttribute('aria-current', 'page');
    else link.removeAttribute('aria-current');
  }
  const container = document.createElement('div');
  container.className = `view view-${route.view}`;
  main.replaceChildren(container);
  const focusHeading = () =>
    container.querySelector<HTMLElement>('.view-heading')?.focus({ preventScroll: true });
  focusHeading();
  await render(route, container);
  if (main.firstChild !== container) return;
  const heading = container.querySelector('.view-heading')?.textContent ?? TITLES[route.view];
  document.title = `${heading} · modelwatch`;
  if (document.activeElement === document.body) focusHeading();
  document.body.dataset.ready = route.view;
}

const main = document.querySelector<HTMLElement>('main');
if (main) {
  // The skip link must not change the fragment: the fragment is the view.
  document.querySelector('.skip-link')?.addEventListener('click', (event) => {
    event.preventDefault();
    main.focus();
  });
  window.addEventListener('hashchange', () => {
    delete document.body.dataset.ready;
    void show(main);
  });
  void show(main);
}
