/**
 * Candidates for an editor: names the NLP found that the curated knowledge base does not know. Each can
 * be promoted (curated under its own id) or merged into a curated entity. Both need an API key, which
 * the editor enters once per tab; the API decides, and its message is shown when it refuses.
 */

import { callApi, queryString, type EntitySummary, type Page } from './api-client.js';
import { h, replaceChildren } from './dom.js';
import { keyForm } from './key-form.js';
import { KIND_LABELS, labelOf } from './labels.js';
import { formatRoute } from './routes.js';
import { errorBox, statusLine, viewHeading } from './view-kit.js';

type Act = (path: string, body: unknown, done: string) => Promise<void>;

function candidateRow(candidate: EntitySummary, act: Act): HTMLLIElement {
  const target = `merge-${candidate.id}`;
  const into = h('input', {
    id: target,
    name: 'into',
    list: 'curated-entities',
    required: true,
    placeholder: 'e.g. deepseek-r2',
    autocomplete: 'off',
  });
  const merge = h(
    'form',
    { class: 'merge-form' },
    h('label', { for: target }, 'Merge into'),
    into,
    h('button', { type: 'submit' }, 'Merge'),
  );
  merge.addEventListener('submit', (event) => {
    event.preventDefault();
    void act(
      `/v1/entities/${encodeURIComponent(candidate.id)}/merge`,
      { into: into.value.trim() },
      `${candidate.name} merged into ${into.value.trim()}.`,
    );
  });
  const promote = h('button', { type: 'button', class: 'primary' }, 'Promote');
  promote.addEventListener('click', () => {
    void act(
      `/v1/entities/${encodeURIComponent(candidate.id)}/promote`,
      undefined,
      `${candidate.name} promoted to a curated ${candidate.kind}.`,
    );
  });
  return h(
    'li',
    { class: 'candidate', 'data-entity': candidate.id },
    h('h2', {}, h('a', { href: formatRoute({ view: 'entity', id: candidate.id }) }, candidate.name)),
    h(
      'p',
      { class: 'meta' },
      `${labelOf(KIND_LABELS, candidate.kind)} · ${candidate.mentions} mentions${candidate.developer ? ` · developer ${candidate.developer}` : ''} · id ${candidate.id}`,
    ),
    candidate.aliases.length > 0 &&
      h(
        'ul',
        { class: 'chips', 'aria-label': 'Aliases' },
        ...candidate.aliases.map((alias) => h('li', {}, alias)),
      ),
    h('div', { class: 'actions' }, promote, merge),
  );
}

/** Renders the candidates awaiting an editor into `container`, with the key form and the actions. */
export async function renderCandidatesView(container: HTMLElement): Promise<void> {
  const outcome = h('div', { class: 'outcome', 'aria-live': 'polite' });
  const list = h('div', {}, statusLine('Loading…'));
  const load = async () => {
    const [candidates, curated] = await Promise.all([
      callApi<Page<EntitySummary>>(`/v1/entities${queryString({ candidate: 'true', limit: 200 })}`),
      callApi<Page<EntitySummary>>(`/v1/entities${queryString({ candidate: 'false', limit: 500 })}`),
    ]);
    const act: Act = async (path, body, done) => {
      try {
        await callApi(path, { method: 'POST', body });
        replaceChildren(outcome, h('p', { class: 'success', role: 'status' }, done));
        await load();
      } catch (error) {
        replaceChildren(outcome, errorBox(error));
      }
    };
    replaceChildren(
      list,
      h(
        'datalist',
        { id: 'curated-entities' },
        ...curated.items.map((entity) => h('option', { value: entity.id }, entity.name)),
      ),
      candidates.items.length > 0
        ? h(
            'ul',
            { class: 'candidate-list' },
            ...candidates.items.map((candidate) => candidateRow(candidate, act)),
          )
        : statusLine('No candidates are waiting.'),
    );
  };
  replaceChildren(
    container,
    viewHeading('Candidates'),
    h(
      'p',
      { class: 'lede' },
      'New model and chip names found in the news. Promote one to track it under its own id, or merge it into an entity that is already tracked.',
    ),
    keyForm('Needed to promote or merge.'),
    outcome,
    list,
  );
  try {
    await load();
  } catch (error) {
    replaceChildren(list, errorBox(error));
  }
}
