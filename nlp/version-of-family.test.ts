import { analyze } from './analyze.js';

function entitiesOf(text: string): { name: string; candidate: boolean }[] {
  return analyze({ id: 't', text, published: '2026-03-10' }).entities.map((e) => ({
    name: e.name,
    candidate: e.candidate === true,
  }));
}

describe('versions named through their family', () => {
  it('links a known version ("die Version 1.6 des Doubao-Modells" is Doubao 1.6)', () => {
    const text = 'ByteDance hat die Version 1.6 des Doubao-Modells veröffentlicht.';
    expect(entitiesOf(text)).toContainEqual({ name: 'Doubao 1.6', candidate: false });
    const events = analyze({ id: 't', text, published: '2026-03-10' }).events;
    expect(events.map((e) => `${e.type} ${e.subject.name}`)).toEqual(['release Doubao 1.6']);
  });

  it('makes an unknown version a candidate of its family ("version 7 of the Gemma family")', () => {
    const analysis = analyze({
      id: 't',
      text: 'Google released version 7 of the Gemma family.',
    });
    const gemma7 = analysis.entities.find((e) => e.name === 'Gemma 7');
    expect(gemma7?.candidate).toBe(true);
    expect(gemma7?.family).toBe('google-gemma');
    expect(analysis.events.map((e) => `${e.type} ${e.subject.name}`)).toEqual(['release Gemma 7']);
  });

  it('leaves a family without a version phrase alone', () => {
    expect(entitiesOf('Google released a new Gemma model.')).toContainEqual({
      name: 'Gemma',
      candidate: false,
    });
  });

  it.each([
    ['Baidu hat Version 4.0 seines beliebten Chatbots „Ernie“ vorgestellt.', 'ERNIE 4.0'],
    ['Google released version 3 of its Gemma family on Tuesday.', 'Gemma 3'],
  ])('reads a possessive and words before the family: %s', (text, name) => {
    const events = analyze({ id: 't', text, published: '2026-03-10' }).events;
    expect(events.map((e) => `${e.type} ${e.subject.name}`)).toEqual([`release ${name}`]);
  });

  it('does not make a version of something that is no family', () => {
    const names = entitiesOf('OpenAI hat Version 2 seines Vertrags mit Nvidia unterschrieben.').map(
      (e) => e.name,
    );
    expect(names.filter((n) => / 2$/u.test(n))).toEqual([]);
  });
});
