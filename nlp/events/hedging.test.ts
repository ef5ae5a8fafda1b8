import { analyze } from '../analyze.js';

const events = (text: string): string[] =>
  analyze({ id: 't', text, published: '2026-01-10' }).events.map((e) => `${e.type} ${e.subject.name}`);

describe('outsiders’ guesses, hypotheticals and leaks report no event (own sentences)', () => {
  it.each([
    'Analysts believe AMD will launch the MI450 in June.',
    'Experten gehen davon aus, dass Moonshot Kimi K3 im Mai veröffentlicht.',
    'Industry watchers expect the Ascend 950 to be delayed to 2027.',
    'If Washington approves the licence, AMD would ship the MI308 to China in March.',
    'Sollte die Genehmigung kommen, würde AMD den MI308 im März liefern.',
    'Should Moonshot release Kimi K3 in May, rivals would respond.',
    'A leaked roadmap suggests Intel will ship Jaguar Shores in 2027.',
  ])('%s', (text) => {
    expect(events(text)).toEqual([]);
  });

  it('keeps what the company says and what happened', () => {
    expect(events('AMD will launch the MI450 in June, analysts said.')).toContain('plan MI450');
    expect(events('When AMD launched the MI355X in June, Nvidia responded.')).toContain('release MI355X');
    expect(events('Analysts expected more, and AMD shares fell 5% on Tuesday.')).toContain('financial AMD');
  });
});
