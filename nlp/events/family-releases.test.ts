import { createKnowledgeBase } from '../knowledge-base.js';
import type { FoundEvent } from '../types.js';
import { foldFamilyReleases } from './family-releases.js';

const kb = createKnowledgeBase([
  { id: 'acme', kind: 'organization', name: 'Acme', aliases: ['Acme'] },
  { id: 'acme-bolt', kind: 'model', name: 'Bolt', aliases: ['Bolt'], developer: 'acme' },
  { id: 'acme-bolt-mini', kind: 'model', name: 'Bolt Mini', aliases: ['Bolt Mini'], family: 'acme-bolt' },
  { id: 'acme-bolt-max', kind: 'model', name: 'Bolt Max', aliases: ['Bolt Max'], family: 'acme-bolt' },
]);

function release(id: string, date: string | null = null): FoundEvent {
  return {
    type: 'release',
    subject: { id, name: id },
    related: [],
    date: date === null ? null : { value: date, precision: 'month' },
    reported: null,
    confidence: 0.8,
    evidence: '',
  };
}

describe('foldFamilyReleases', () => {
  it('folds the members of a family launched in the same report into the family release', () => {
    const out = foldFamilyReleases(
      [release('acme-bolt'), release('acme-bolt-mini'), release('acme-bolt-max')],
      kb,
    );
    expect(out.map((e) => e.subject.id)).toEqual(['acme-bolt']);
  });

  it('keeps members launched on dates of their own', () => {
    const out = foldFamilyReleases(
      [
        release('acme-bolt', '2026-01'),
        release('acme-bolt-mini', '2026-03'),
        release('acme-bolt-max', '2026-01'),
      ],
      kb,
    );
    expect(out.map((e) => e.subject.id)).toEqual(['acme-bolt', 'acme-bolt-mini']);
  });

  it('keeps member releases when the family itself is not reported released', () => {
    const out = foldFamilyReleases([release('acme-bolt-mini'), release('acme-bolt-max')], kb);
    expect(out).toHaveLength(2);
  });
});
