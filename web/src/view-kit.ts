/**
 * What every view shares: a heading that takes focus after navigation (so screen readers and keyboard
 * users land on the new view), status lines, and how a failed API call is shown.
 */

import { ApiError } from './api-client.js';
import { h } from './dom.js';

/** The view's heading; focused by the router after each navigation. */
export function viewHeading(text: string, ...extra: (Node | string)[]): HTMLHeadingElement {
  return h('h1', { class: 'view-heading', tabindex: -1 }, text, ...extra);
}

/** A polite status line ("Loading…", "3 results"). */
export function statusLine(text: string): HTMLParagraphElement {
  return h('p', { class: 'status', role: 'status' }, text);
}

/** A failed call as an alert: the API's own message for a 4xx, a generic line otherwise. */
export function errorBox(error: unknown): HTMLElement {
  const message =
    error instanceof ApiError
      ? error.status === 401
        ? `${error.message} (enter an API key under Candidates)`
        : error.message
      : 'The server could not be reached. Try again in a moment.';
  return h('p', { class: 'error', role: 'alert' }, message);
}

/** The section a view renders into, labelled by its heading. */
export function section(label: string, ...children: (Node | string | null | false)[]): HTMLElement {
  return h('section', { class: 'panel', 'aria-label': label }, ...children);
}
