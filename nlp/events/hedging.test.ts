import { analyze } from '../analyze.js';

const events = (text: string): string[] =>
  analyze({ id: 't', text, published: '2026-01-10' }).events.map((e) => `${e.type} ${e.subject.name}`);

describe('outsiders’ guesses, hypotheticals and leaks report no event (own sentences)', () => {
  it.each([
    'Analysts believe AMD will launch the MI450 in June.',
    'Experten gehen davon aus, dass Moonshot Kimi K3 im Mai veröffentlicht.',
    'Industry watchers expect the Ascend 950 to be delayed to 2027.',
    'Der Verkauf von Blackwell-Chips nach China wird wohl auch künftig nur mit Genehmigung möglich sein.',
    'Moonshot wird Kimi K3 wohl im Mai veröffentlichen.',
    'If Washington approves the licence, AMD would ship the MI308 to China in March.',
    'Sollte die Genehmigung kommen, würde AMD den MI308 im März liefern.',
    'Should Moonshot release Kimi K3 in May, rivals would respond.',
    'A leaked roadmap suggests Intel will ship Jaguar Shores in 2027.',
    'The industry anticipates the launch of AMD’s MI450 in June.',
    'Die Branche erwartet den Marktstart von Nvidias Rubin im März.',
    'Analysts expect that Nvidia, after months of trouble with the advanced packaging of its chips at TSMC, will start shipping Rubin in March.',
  ])('%s', (text) => {
    expect(events(text)).toEqual([]);
  });

  it('keeps a company that leads its industry or market', () => {
    expect(events('Nvidia, the industry leader, expects to ship Rubin in March.')).toContain('plan Rubin');
    expect(
      events('Nvidia, which dominates the market for AI chips, expects to launch Rubin in March.'),
    ).toContain('plan Rubin');
  });

  it('keeps what the company says and what happened', () => {
    expect(
      events('Zum Wohl der Aktionäre hat Nvidia im Mai Rekordumsätze gemeldet, die Aktie stieg um 5 %.'),
    ).toContain('financial Nvidia');
    expect(events('AMD will launch the MI450 in June, analysts said.')).toContain('plan MI450');
    expect(events('When AMD launched the MI355X in June, Nvidia responded.')).toContain('release MI355X');
    expect(events('Analysts expected more, and AMD shares fell 5% on Tuesday.')).toContain('financial AMD');
    expect(
      events('Sowohl AMD als auch Nvidia haben am Dienstag neue Chips vorgestellt: den MI450 und den B300.'),
    ).toContain('release MI450');
  });
});

describe('a measure still under deliberation is no event (own sentences)', () => {
  it.each([
    'Washington weighs new curbs on sales of Nvidia’s H20 chips to China.',
    'The White House is mulling a ban on exports of AMD’s MI308 to China.',
    'The administration is exploring the possibility of further restricting sales of the Nvidia H20.',
    'The US considers tightening restrictions on Nvidia’s H20.',
    'Discussions on tightening restrictions for the Nvidia H20 are at an early stage.',
    'Die Regierung prüft ein Exportverbot für Nvidias H20.',
    'Der Kongress berät über neue Ausfuhrbeschränkungen für AMDs MI308.',
    'In Washington gibt es Überlegungen zu einem Exportverbot für den Nvidia H20.',
  ])('%s', (text) => {
    expect(events(text).filter((e) => e.startsWith('export_control'))).toEqual([]);
  });

  it.each([
    ['Nvidia is exploring new markets after the ban on exports of its H20 to China.', 'export_control H20'],
    [
      'Das Ministerium prüfte die Anträge und erteilte dann Lizenzen für den Export des H20.',
      'export_control H20',
    ],
    ['Die Regierung prüft das Verbot von Nvidias H20 erneut.', 'export_control H20'],
    ['Talks on the licence ended when Commerce granted Nvidia a licence for the H20.', 'export_control H20'],
    [
      'After weeks of debate over new export controls on Nvidia’s H20, Washington imposed them on Friday.',
      'export_control H20',
    ],
    ['Nvidia considers the H20 export ban imposed in April a mistake.', 'export_control H20'],
    ['Researchers are studying the newly released DeepSeek R1 this week.', 'release DeepSeek-R1'],
  ])('keeps a measure taken: %s', (text, event) => {
    expect(events(text)).toContain(event);
  });
});

describe('a sentence that closes by naming rumours as its source is hedged (own sentences)', () => {
  it.each([
    'Moonshot will Kimi K3 im Mai veröffentlichen, behaupten Gerüchte.',
    'AMD has pushed the MI450 back to 2027, according to unconfirmed rumours.',
    'Der Start des Ascend 950 verschiebt sich auf Herbst, wie Gerüchte besagen.',
    'Intel will ship Jaguar Shores in 2027, leakers claim.',
    'Zhipu bringt GLM-5 im März, Spekulationen zufolge.',
  ])('%s', (text) => {
    expect(events(text)).toEqual([]);
  });

  it('keeps a named source, and a rumour said before the event', () => {
    expect(events('AMD has pushed the MI450 back to 2027, according to Reuters.')).toContain('delay MI450');
    expect(
      events('Despite rumours of trouble, Intel shipped Jaguar Shores in January, the company said.'),
    ).toContain('release Jaguar Shores');
  });
});
