import { analyze } from '../analyze.js';
import type { FoundEvent } from '../types.js';

function eventsOf(text: string): string[] {
  return analyze({ id: 't', text, published: '2025-11-01' }).events.map(
    (e: FoundEvent) => `${e.type} ${e.subject.name}`,
  );
}

describe('a product described in one sentence and named in the next (own sentences)', () => {
  it.each([
    [
      'Huawei plans to start mass-producing its most advanced AI chip in the first quarter. Samples of the Ascend 910C, its newest chip, have already gone out to customers.',
      'plan Ascend 910C',
    ],
    [
      'Amazon hat am Dienstag einen neuen KI-Chip vorgestellt. Der neue Trainium3 soll vor allem für das Training großer Modelle dienen.',
      'release Trainium3',
    ],
  ])('%s', (text, event) => {
    expect(eventsOf(text)).toContain(event);
  });

  it.each([
    // the next sentence names the base of the new chip, or a rival, or reports its own launch
    [
      'Nvidia wird im Dezember einen neuen KI-Chip für China einführen. Der Chip basiert auf dem H20, hat aber weniger Speicher.',
      /H20/,
    ],
    ['Alibaba released a new model on Monday. It beats DeepSeek-V3 on most benchmarks.', /DeepSeek-V3/],
    // an old product that stays on offer is not the new one
    ['AMD stellt einen neuen Beschleuniger vor. Der MI300X bleibt aber weiterhin im Angebot.', /MI300X/],
    // the sentence that names a product is its own subject
    ['Baidu unveiled a new chip and the ERNIE 5 model. The Kunlun P800 is its best seller.', /P800/],
  ])('no event for the wrong product: %s', (text, wrong) => {
    expect(eventsOf(text).filter((e) => wrong.test(e))).toEqual([]);
  });
});

describe('an unnamed new product named by its maker in the next sentence (own sentences)', () => {
  it.each([
    [
      'FuriosaAI launches an artificial intelligence (AI) chip on Monday. The company’s RNGD chip targets inference in data centres.',
      'release RNGD',
    ],
    [
      'Mistral has released a new series of “open” artificial intelligence models. The group said its largest system, called Mistral Medium 3, beats rivals.',
      'release Mistral Medium 3',
    ],
  ])('%s', (text, event) => {
    expect(eventsOf(text)).toContain(event);
  });

  it('another maker’s product in the next sentence is not the one launched', () => {
    expect(eventsOf('Nvidia launched a new chip. Its rival’s MI300X is faster.')).toEqual([]);
  });
});

describe('a possessive product in the next sentence that is not the new one (own sentences)', () => {
  it.each([
    'Nvidia launched a chip design service for startups. Its Blackwell chip remains sold out.',
    'AMD launched an AI chip for laptops. Its MI355X, by contrast, is for data centers.',
    'Huawei hat ein neues Smartphone-Modell vorgestellt. Sein Ascend 910C bleibt knapp.',
  ])('%s', (text) => {
    expect(eventsOf(text).filter((e) => e.startsWith('release'))).toEqual([]);
  });
});

describe('the next sentence opening with the product just described (own sentences)', () => {
  it.each([
    [
      'Moonshot AI released a new model on Monday. Kimi K2.5 is said to outperform rivals on coding tasks.',
      'release Kimi K2.5',
    ],
    [
      'Huawei hat einen neuen Chip für 2027 angekündigt. Der Ascend 960 soll doppelt so schnell sein wie sein Vorgänger.',
      'plan Ascend 960',
    ],
    [
      'Intel stoppt die Entwicklung eines KI-Chips. Falcon Shores wird nicht an Kunden ausgeliefert.',
      'cancellation Falcon Shores',
    ],
    [
      'Meta is holding back its largest model. Llama 4 Behemoth failed to impress internally, people familiar with the matter said.',
      'delay Llama 4 Behemoth',
    ],
    [
      'DeepSeek muss sein nächstes Modell später veröffentlichen als geplant. R2 sollte eigentlich schon im Mai erscheinen.',
      'delay DeepSeek-R2',
    ],
  ])('%s', (text, event) => {
    expect(eventsOf(text)).toContain(event);
  });

  it('an old product going on beside the new one is not it', () => {
    for (const text of [
      'AMD launched a new accelerator. The MI300X remains the best seller in its lineup.',
      'Huawei hat einen neuen Chip vorgestellt. Der Ascend 910B ist nach wie vor gefragt.',
    ])
      expect(eventsOf(text)).toEqual([]);
  });

  it('a release that must still come is none', () => {
    expect(eventsOf('DeepSeek muss R2 noch in diesem Jahr veröffentlichen, um mitzuhalten.')).not.toContain(
      'release DeepSeek-R2',
    );
  });
});
