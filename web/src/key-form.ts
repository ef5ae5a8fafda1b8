/**
 * The editor's API key field, shared by the views whose actions are writes (candidates, saved searches):
 * the key is typed once per tab and kept in sessionStorage by api-client.ts, so entering it in one view
 * serves the others too.
 */

import { storedKey, storeKey } from './api-client.js';
import { h } from './dom.js';

/** The key form; `purpose` says what the key is needed for ("Needed to promote or merge."). */
export function keyForm(purpose: string, onKey: () => void = () => undefined): HTMLFormElement {
  const input = h('input', {
    id: 'api-key',
    name: 'key',
    type: 'password',
    autocomplete: 'off',
    value: storedKey() ?? '',
    'aria-describedby': 'api-key-help',
  });
  const form = h(
    'form',
    { class: 'key-form', 'aria-label': 'Editor key' },
    h(
      'p',
      { class: 'field' },
      h('label', { for: 'api-key' }, 'API key'),
      input,
      h('button', { type: 'submit' }, 'Use key'),
    ),
    h(
      'p',
      { id: 'api-key-help', class: 'hint' },
      `${purpose} Kept in this tab only. Create one with npx modelwatch apikey create NAME.`,
    ),
  );
  form.addEventListener('submit', (event) => {
    event.preventDefault();
    storeKey(input.value);
    form
      .querySelector('.hint')
      ?.replaceChildren(input.value.trim() ? 'Key kept for this tab.' : 'Key forgotten.');
    onKey();
  });
  return form;
}
