import type { Item } from '../scripts/lib/annotated-passages.js';
import { compareLabellings, prf } from '../scripts/lib/label-agreement.js';

/** A labelled passage of our own writing. */
function item(id: string, events: Item['events'], entities: Item['entities'] = []): Item {
  return { id, lang: 'en', text: `passage ${id}`, entities, events };
}
const ev = (
  type: Item['events'][number]['type'],
  subject: string,
  accept: string[] = [],
  date: string | null = null,
) => ({
  type,
  subject,
  accept_subject: accept,
  date,
});
const chip = (canonical: string, accept: string[] = []) => ({
  kind: 'chip',
  canonical,
  accept: [canonical, ...accept],
});

describe('label agreement', () => {
  const first = [
    item('p1', [ev('release', 'Nvidia H20', ['H20'], '2025-04')], [chip('Nvidia H20', ['H20'])]),
    item('p2', [ev('delay', 'Ascend 910C')], [chip('Ascend 910C')]),
    item('p3', []),
  ];

  it('agrees fully with itself', () => {
    const a = compareLabellings(first, first);
    expect(prf(a.events).f1).toBe(1);
    expect(prf(a.entities).f1).toBe(1);
    expect([a.traps, a.trapsWithEvent, a.dated, a.datesAgree]).toEqual([1, 0, 1, 1]);
  });

  it('matches a subject by either side’s accepted forms, and counts what only one side has', () => {
    const second = [
      item('p1', [ev('release', 'H20', [], '2025-05')], [chip('H20')]),
      item('p2', [ev('cancellation', 'Ascend 910C')], [chip('Ascend 910C')]),
      item('p3', [ev('plan', 'Rubin')], [chip('Rubin')]),
    ];
    const a = compareLabellings(first, second);
    expect(a.events).toEqual({ tp: 1, fp: 2, fn: 1 });
    expect(a.eventsByType.delay).toEqual({ tp: 0, fp: 0, fn: 1 });
    expect(a.entities).toEqual({ tp: 2, fp: 1, fn: 0 });
    expect([a.trapsWithEvent, a.dated, a.datesAgree]).toEqual([1, 1, 0]);
    expect(a.differences.map((d) => `${d.side} ${d.what}`)).toContain('missing delay Ascend 910C');
  });

  it('leaves out passages only one labelling has', () => {
    expect(compareLabellings(first, [first[0] as Item]).passages).toBe(1);
  });
});
