import { serializeJson } from './json-serializer.js';

describe('serializeJson', () => {
  it('writes the same text as JSON.stringify, frozen parts or not', () => {
    const frozen = Object.freeze({ id: 1, nested: { a: [1, 'two', null] }, when: undefined });
    const cases: unknown[] = [
      { items: [frozen, { id: 2 }, undefined, null, 3], nextCursor: null },
      { entity: { id: 'x' }, events: [frozen], skipped: undefined, fn: () => 1 },
      [frozen, frozen],
      frozen,
      { date: new Date(0), text: 'ä "quoted" \n' },
      new Date(0),
      { toJSON: () => ({ replaced: true }) },
      'plain',
      42,
      null,
      {},
      [],
      // eslint-disable-next-line no-sparse-arrays -- holes must come out as null
      { items: [1, , frozen] },
    ];
    for (const value of cases) expect(serializeJson(value)).toBe(JSON.stringify(value));
  });

  it('reuses the text of a frozen object and re-reads objects that are not frozen', () => {
    const view = Object.freeze({ id: 1, sources: [{ url: 'https://a.example/' }] });
    const first = serializeJson({ items: [view] });
    // A frozen object's own fields cannot change; its text is served again as it was.
    expect(serializeJson({ items: [view] })).toBe(first);
    const open = { id: 2, title: 'before' };
    expect(serializeJson({ items: [open] })).toBe('{"items":[{"id":2,"title":"before"}]}');
    open.title = 'after';
    expect(serializeJson({ items: [open] })).toBe('{"items":[{"id":2,"title":"after"}]}');
  });
});
