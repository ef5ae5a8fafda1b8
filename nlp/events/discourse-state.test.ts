import { foundEvent } from '../__fixtures__/found-event.js';
import type { FoundEvent } from '../types.js';
import { DiscourseState } from './discourse-state.js';

const event = (id: string, type: FoundEvent['type'] = 'release'): FoundEvent => foundEvent(id, { type });

describe('DiscourseState: the events of earlier sentences', () => {
  it('gives each sentence its accepted events in text order, and forgets a withdrawn one', () => {
    const state = new DiscourseState();
    const [a, b, c] = [event('a'), event('b'), event('c')];
    state.accept([a, b], 1);
    state.accept([], 2);
    state.accept([c], 3);
    expect(state.eventsOf(1)).toEqual([a, b]);
    expect(state.eventsOf(2)).toEqual([]);
    state.withdraw(a);
    expect(state.eventsOf(1)).toEqual([b]);
    expect(state.events).toEqual([b, c]);
    // the list handed out is a copy: changing it changes nothing in the state
    state.eventsOf(3).pop();
    expect(state.eventsOf(3)).toEqual([c]);
  });

  it('finds the latest matching event, the sentence’s own found events first', () => {
    const state = new DiscourseState();
    const [older, newer, own] = [event('x', 'plan'), event('y', 'plan'), event('z', 'plan')];
    state.accept([older], 1);
    state.accept([newer], 2);
    expect(state.lastEvent([], (e) => e.type === 'plan')).toBe(newer);
    expect(state.lastEvent([own], (e) => e.type === 'plan')).toBe(own);
    expect(state.lastEvent([own], (e) => e.subject.id === 'x')).toBe(older);
    expect(state.lastEvent([own], (e) => e.type === 'delay')).toBeUndefined();
  });
});
