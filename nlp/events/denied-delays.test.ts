import { analyze } from '../analyze.js';
import type { FoundEvent } from '../types.js';

function eventsOf(text: string): string[] {
  return analyze({ id: 't', text, published: '2025-11-01' }).events.map(
    (e: FoundEvent) => `${e.type} ${e.subject.name}`,
  );
}

describe('a delay the company denies reports no delay (own sentences)', () => {
  it.each([
    'Die Serienfertigung des MI355X soll sich um ein Quartal verzögern. AMD dementierte den Bericht noch am selben Tag.',
    'Shipments of the MI355X have slipped by two months, a supplier said. AMD denied the report on Friday.',
    'A supplier note says the Trainium3 rollout has been pushed back, but Amazon says the chip remains on schedule.',
    'Berichte über eine Verschiebung von Gemini 3 machten die Runde. Google betont, der Start liege im Zeitplan.',
    'Analysts claim the MI450 launch will be delayed to 2027. The claim was met with a flat denial from AMD.',
  ])('%s', (text) => {
    expect(eventsOf(text).filter((e) => e.startsWith('delay') || e.startsWith('plan'))).toEqual([]);
  });

  it.each([
    // a denial of something else, or another product on schedule, leaves the delay standing
    [
      'Die Auslieferung des B200 verzögert sich um drei Monate. Nvidia dementierte zugleich Berichte über eine Übernahme.',
      'delay B200',
    ],
    ['AMD pushed back shipments of the MI355X, while its MI400 roadmap remains on schedule.', 'delay MI355X'],
    ['Grok 5 slipped to 2026. Its training run, however, is on track, Musk said.', 'delay Grok 5'],
    [
      'DeepSeek R2 has been postponed indefinitely. The firm denied that its founder had met US officials.',
      'delay DeepSeek-R2',
    ],
    [
      'Das Training von R2 stockte, weil die Chips ausfielen. DeepSeek bestreitet nicht, dass es Probleme gab.',
      'delay DeepSeek-R2',
    ],
    // the negated forms confirm the delay; a denial of something else two sentences on does not count
    ['AMD verschiebt den MI355X. Die Fertigung ist nicht im Zeitplan.', 'delay MI355X'],
    ['AMD pushed back the MI450 to 2027. The chip is no longer on track for this year.', 'delay MI450'],
    [
      'OpenAI hat GPT-5 verschoben. Der Start ist für den Herbst geplant. Gerüchte über Entlassungen dementierte OpenAI.',
      'delay GPT-5',
    ],
    // a denial of a delay leaves the sentence's other events standing
    [
      'Ein Bericht über eine erneute Verzögerung bei Siri drückte die Apple-Aktie um fünf Prozent, Apple spricht von einem Start nach Zeitplan.',
      'financial Apple',
    ],
  ])('%s', (text, event) => {
    expect(eventsOf(text)).toContain(event);
  });
});

describe('a release noun moved at the end of a long German middle field (own sentences)', () => {
  it.each([
    [
      'Im Zuge der Umstellung hat Mistral AI die Veröffentlichung seines lange angekündigten Modells Magistral Medium 2 auf das Frühjahr oder möglicherweise noch später verschoben.',
      'delay Magistral Medium 2',
    ],
    [
      'Wie das Unternehmen mitteilte, hat Baidu die Markteinführung des neuen und für Rechenzentren gedachten Kunlun P900 auf unbestimmte Zeit verschoben.',
      'delay Kunlun P900',
    ],
  ])('%s', (text, event) => {
    const found = eventsOf(text);
    expect(found).toContain(event);
    expect(found.filter((e) => e.startsWith('release') || e.startsWith('plan'))).toEqual([]);
  });

  it('an open-ended new target ("or possibly later") is no plan, and its hedge is not the delay’s', () => {
    const found = eventsOf('Meta has pushed the Behemoth launch to the autumn or possibly later.');
    expect(found).toContain('delay Llama 4 Behemoth');
    expect(found.filter((e) => e.startsWith('plan'))).toEqual([]);
  });
});

describe('an on-schedule statement about the delayed product by name (own sentences)', () => {
  it('withdraws the delay of the product it names and keeps the other', () => {
    const found = eventsOf('Alibaba delayed Qwen4, while Qwen3-Max is still on schedule.');
    expect(found).toContain('delay Qwen4');
    expect(found).not.toContain('delay Qwen3-Max');
  });

  it('withdraws a delay the next sentence answers by name', () => {
    expect(
      eventsOf(
        'Nvidia’s Rubin was pushed back to 2027, sources said. Nvidia said Rubin is on track for 2026.',
      ),
    ).not.toContain('delay Rubin');
  });
});

describe('a reported plan the company denies reports no plan (own sentences)', () => {
  it.each([
    'Media reports said AMD would unveil the MI450 in March. AMD denied the reports.',
    'Laut einem Bericht soll DeepSeek R2 im Mai veröffentlichen. DeepSeek dementierte das.',
    'Cambricon will ship the Siyuan 690 in June, a newspaper wrote, which the company denied.',
  ])('%s', (text) => {
    expect(eventsOf(text).filter((e) => e.startsWith('plan'))).toEqual([]);
  });

  it('keeps the plan when the denial is of something else or by someone else', () => {
    for (const text of [
      'AMD will unveil the MI450 in March. It denied reports that it was building a phone.',
      'AMD will unveil the MI450 in March. AMD denied that the chip would be delayed.',
      'AMD will unveil the MI450 in March. Nvidia denied reports about the Rubin.',
    ])
      expect(eventsOf(text)).toContain('plan MI450');
  });
});
