import { foundEvent } from '../__fixtures__/found-event.js';
import { findDateExpressions } from '../dates.js';
import type { EventType, FoundEvent } from '../types.js';
import type { Trigger } from './find-triggers.js';
import { suppressEvents, type EventTags } from './suppress-events.js';

const sentence = (text: string) => ({ text, lower: text.toLowerCase(), dates: findDateExpressions(text) });

function setup(text: string, spec: [EventType, string, string, string?][]) {
  const polarity = new Map<FoundEvent, string>();
  const trigger = new Map<FoundEvent, Trigger>();
  const found = spec.map(([type, id, triggerText, pol]) => {
    const e = foundEvent(id, { type, evidence: text });
    trigger.set(e, { type, start: 0, end: triggerText.length, text: triggerText });
    polarity.set(e, pol ?? '');
    return e;
  });
  const tags: EventTags = { polarityOf: (e) => polarity.get(e), triggerOf: (e) => trigger.get(e) };
  const kept = suppressEvents(found, sentence(text), tags);
  return kept.map((e) => `${e.type}:${e.subject.id}`);
}

describe('suppressEvents', () => {
  test('a delayed subject is neither released nor cancelled in the same sentence', () => {
    expect(
      setup('Acme verschiebt den Start von M1 und stoppt die Auslieferung.', [
        ['release', 'm1', 'start'],
        ['delay', 'm1', 'verschiebt'],
        ['cancellation', 'm1', 'stoppt'],
      ]),
    ).toEqual(['delay:m1']);
  });

  test('a nominal release beside a plan of another subject is its argument; a verbal one stands', () => {
    const text = 'Nach der Veröffentlichung von M1 plant Acme den M2.';
    expect(
      setup(text, [
        ['release', 'm1', 'veröffentlichung'],
        ['plan', 'm2', 'plant'],
      ]),
    ).toEqual(['plan:m2']);
    expect(
      setup('Acme veröffentlichte M1 und plant den M2.', [
        ['release', 'm1', 'veröffentlichte'],
        ['plan', 'm2', 'plant'],
      ]),
    ).toEqual(['release:m1', 'plan:m2']);
  });

  test('a superseded launch target is no release', () => {
    expect(
      setup('Ursprünglich war die Einführung von M1 für März geplant.', [['release', 'm1', 'einführung']]),
    ).toEqual([]);
  });

  test('a delayed plan stays only when the sentence names a new target', () => {
    const spec: [EventType, string, string][] = [
      ['plan', 'm1', 'soll'],
      ['delay', 'm1', 'verschoben'],
    ];
    expect(setup('M1 soll erscheinen, wurde aber verschoben.', spec)).toEqual(['delay:m1']);
    expect(setup('M1 wurde auf das erste Quartal 2027 verschoben und soll dann erscheinen.', spec)).toEqual([
      'plan:m1',
      'delay:m1',
    ]);
  });

  test('lifting a ban drops the lifted restriction unless its imposition is reported too', () => {
    const spec: [EventType, string, string, string][] = [
      ['export_control', 'chip-x', 'verbot', 'restrict'],
      ['export_control', 'chip-y', 'erlaubt', 'allow'],
    ];
    expect(setup('Washington hat das Verbot für Chip X aufgehoben und erlaubt Chip Y.', spec)).toEqual([
      'export_control:chip-y',
    ]);
    expect(setup('Das im Mai verhängte Verbot wurde aufgehoben.', spec)).toEqual([
      'export_control:chip-x',
      'export_control:chip-y',
    ]);
  });
});
