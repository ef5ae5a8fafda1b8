import { analyze } from '../analyze.js';

const events = (text: string): string[] =>
  analyze({ id: 't', text, published: '2026-01-10' }).events.map((e) => `${e.type} ${e.subject.name}`);

describe('a plan that the neighbouring sentence frames as rumour is no plan (own sentences)', () => {
  it.each([
    'In der Gerüchteküche brodelt es. Das neue Modell Avocado von Meta soll 2026 erscheinen.',
    'Leakers have been busy this week. AMD’s MI450 is slated for the second half of 2026.',
    'Nvidias Rubin soll im März kommen. Offiziell bestätigt ist davon aber nichts.',
    'Nvidia’s Rubin is expected in March. None of this has been confirmed by Nvidia.',
  ])('%s', (text) => {
    expect(events(text).filter((e) => e.startsWith('plan'))).toEqual([]);
  });

  it('keeps a plan that is on the record, confirmed, or beside a rumour about another product', () => {
    expect(events('Rumours had swirled for months. Nvidia said Rubin will ship in March.')).toContain(
      'plan Rubin',
    );
    expect(events('Meta hat die Gerüchte bestätigt. Avocado soll 2026 erscheinen.')).toContain(
      'plan Avocado',
    );
    expect(
      events('AMD’s MI450 will ship in the second half of 2026. Nvidia did not confirm its plans for Rubin.'),
    ).toContain('plan MI450');
    expect(
      events('Gerüchte über Nvidias Rubin gibt es viele. Der MI450 von AMD soll 2026 erscheinen.'),
    ).toContain('plan MI450');
  });
});
