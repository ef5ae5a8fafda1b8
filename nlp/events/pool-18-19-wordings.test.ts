/**
 * Wordings that fresh real passages (round 39's read halves) showed missed or misread, each written
 * here as our own sentences: the pattern generalised, not the passage.
 */
import { analyze } from '../analyze.js';

const events = (text: string): string[] =>
  analyze({ id: 't', text, published: '2025-11-03' }).events.map((e) => `${e.type} ${e.subject.name}`);

describe('an idiom and a superseded plan are no events', () => {
  it.each([
    'Mit dem neuen Rubin verschiebt Nvidia-Chef Jensen Huang die Torpfosten erneut.',
    'This is a blow to the original internal plan to launch Gemini 3 in March.',
    'Das war weit entfernt vom ursprünglichen Plan, Grok 5 im Sommer zu veröffentlichen.',
  ])('%s', (text) => {
    expect(events(text).filter((e) => e.startsWith('delay') || e.startsWith('plan'))).toEqual([]);
  });

  it('still reads a plain move of a launch as a delay', () => {
    expect(events('Nvidia verschiebt den Start von Rubin erneut.')).toContain('delay Rubin');
  });
});

describe('licences told first, orders short of what came, availability ahead', () => {
  it.each([
    [
      "The licences, which were approved in October, allow Nvidia's GB300 to be shipped to Saudi Arabia.",
      'export_control GB300',
    ],
    ['Licences for the Nvidia H20 were granted last week.', 'export_control H20'],
    ['Tencent bestellte 50.000 Ascend-910C-Chips bei Huawei, erhielt aber nur 10.000.', 'delay Ascend 910C'],
    ['Intels Crescent Island soll ab dem zweiten Halbjahr 2026 erhältlich sein.', 'plan Crescent Island'],
  ])('%s', (text, event) => {
    expect(events(text)).toContain(event);
  });

  it.each([
    'Licences for the Nvidia H20 have not been granted yet.',
    'Tencent bestellte 50.000 Ascend-910C-Chips bei Huawei und erhielt sie alle.',
  ])('no event: %s', (text) => {
    expect(events(text).filter((e) => !e.startsWith('financial'))).toEqual([]);
  });
});

describe('a product shown while called planned is not launched', () => {
  it.each([
    'Nvidia zeigte auf der Messe den geplanten GB10-Chip.',
    'Nvidia showed off its planned GB10 chip at the fair.',
  ])('%s', (text) => {
    expect(events(text).filter((e) => e.startsWith('release'))).toEqual([]);
  });

  it.each([
    'Nvidia hat den lange geplanten GB10-Chip nun veröffentlicht.',
    'Nvidia finally released its long-planned GB10 chip.',
  ])('a long-planned product launched is released: %s', (text) => {
    expect(events(text).filter((e) => e.startsWith('release'))).toHaveLength(1);
  });
});

describe('a maker named as the trade names it (knowledge base)', () => {
  it.each([
    [
      'Furiosa, a Korean AI startup, has released a chip. The RNGD processor, which comes on a PCIe card, uses less power.',
      'release RNGD',
    ],
  ])('%s', (text, event) => {
    expect(events(text)).toContain(event);
  });

  it('leaves the film character alone', () => {
    const found = analyze({ id: 't', text: 'Furiosa is a character in Mad Max.', published: '2025-11-03' });
    expect(found.entities.map((e) => e.name)).not.toContain('FuriosaAI');
  });
});
