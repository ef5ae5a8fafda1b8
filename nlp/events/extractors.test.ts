import { analyze } from '../analyze.js';
import { defaultKnowledgeBase as kb } from '../knowledge-base.js';
import { linkEntities } from '../link-entities.js';
import { splitSentences } from '../sentences.js';
import type { FoundEvent } from '../types.js';
import { extractCancellations } from './cancellation.js';
import { extractDelays } from './delay.js';
import { DiscourseState } from './discourse-state.js';
import { readDocument } from './document-facts.js';
import { exportPolarity, extractExportControls } from './export-control.js';
import { extractFinancial } from './financial.js';
import { extractHardwareSwitches } from './hardware-switch.js';
import { followUpExport } from './pending-export.js';
import { extractPlans } from './plan.js';
import { extractReleases } from './release.js';
import type { EventExtractor } from './run-triggers.js';
import { readSentence, sentenceYearOf } from './sentence-context.js';

/** Runs one extractor over every sentence of `text`, carrying the discourse state as extractEvents does. */
function run(extract: EventExtractor, text: string, published = '2025-06-04'): FoundEvent[] {
  const sentences = splitSentences(text);
  const doc = readDocument({
    sentences,
    mentions: linkEntities(text, sentences, kb),
    kb,
    skip: new Set(),
    published: new Date(published),
    reported: published,
  });
  const state = new DiscourseState();
  const out: FoundEvent[] = [];
  sentences.forEach((sentence, index) => {
    const sentenceYear = sentenceYearOf(sentence.text);
    const yearBefore = state.enterSentence(sentenceYear);
    const sc = readSentence(doc, sentence, index, { sentenceYear, yearBefore });
    const found = extract(sc, state);
    state.accept(found, index);
    state.remember(sc);
    out.push(...found);
  });
  return out;
}

const brief = (events: FoundEvent[]) =>
  events.map((e) => `${e.type} ${e.subject.id} ${e.date?.value ?? '-'}${e.reason ? ` (${e.reason})` : ''}`);

const roles = (events: FoundEvent[]) =>
  events.flatMap((e) => e.related.map((r) => `${r.role ?? ''}:${r.id}`));

describe('extractReleases', () => {
  test('a dated release names the developer; a hedged one is none', () => {
    const found = run(extractReleases, 'OpenAI released GPT-5 on August 7, 2025.', '2025-08-20');
    expect(brief(found)).toEqual(['release openai-gpt-5 2025-08-07']);
    expect(roles(found)).toEqual(['developer:openai']);
    expect(run(extractReleases, 'OpenAI could release GPT-5 next month.')).toEqual([]);
  });

  test('"Das Modell" carries the previous sentence’s model over, at lower confidence', () => {
    const found = run(
      extractReleases,
      'OpenAI stellte GPT-5 vor. Das Modell ist seit dem 3. Juni verfügbar.',
    );
    expect(brief(found)).toEqual(['release openai-gpt-5 -', 'release openai-gpt-5 2025-06-03']);
    expect(found[1]?.confidence).toBeLessThan(found[0]?.confidence ?? 0);
  });

  test('a launch dated after the article is a plan; a present-tense verb reads its month forward', () => {
    const published = '2025-11-20';
    const plan = (text: string) => brief(run(extractReleases, text, published));
    expect(plan('Huawei bringt im Mai den Ascend 920 auf den Markt.')).toEqual([
      'plan huawei-ascend-920 2026-05',
    ]);
    expect(plan('Nvidia launches the H20 next month.')).toEqual(['plan nvidia-h20 2025-12']);
    expect(plan('OpenAI veröffentlicht GPT-5 am 25. November.')).toEqual(['plan openai-gpt-5 2025-11-25']);
    // past tense: a yearless month ahead of the article is last year's
    expect(plan('OpenAI released GPT-5 in December.')).toEqual(['release openai-gpt-5 2024-12']);
    expect(plan('Bekannt wurde, dass OpenAI GPT-5 im Dezember veröffentlicht hat.')).toEqual([
      'release openai-gpt-5 2024-12',
    ]);
    expect(plan('Nvidia launched the H20 in March.')).toEqual(['release nvidia-h20 2025-03']);
  });
});

describe('extractPlans', () => {
  test('a plan needs a time', () => {
    expect(brief(run(extractPlans, 'Nvidia will begin shipping the B30A later this year.'))).toEqual([
      'plan nvidia-b30a 2025',
    ]);
    expect(run(extractPlans, 'Nvidia will begin shipping the B30A.')).toEqual([]);
  });
});

describe('extractDelays', () => {
  test('a delay keeps its stated reason', () => {
    expect(
      brief(run(extractDelays, 'Nvidia verschiebt den B30A wegen neuer Exportregeln auf 2026.')),
    ).toEqual(['delay nvidia-b30a - (wegen neuer Exportregeln auf 2026)']);
  });
});

describe('extractCancellations', () => {
  test('stopping a product is a cancellation, stopping orders of it is not', () => {
    expect(brief(run(extractCancellations, 'AMD hat die Produktion des MI308 eingestellt.'))).toEqual([
      'cancellation amd-mi308 -',
    ]);
    expect(run(extractCancellations, 'Alibaba stoppte die Bestellungen des H20.')).toEqual([]);
  });
});

describe('extractExportControls', () => {
  test('a permission without a named chip refers to the chip of the licence context', () => {
    const found = run(
      extractExportControls,
      'Die USA verboten im April den Export des H20. Im Juli erlaubte die Regierung die Lieferungen wieder.',
    );
    expect(brief(found)).toEqual(['export_control nvidia-h20 2025-04', 'export_control nvidia-h20 2025-07']);
  });

  test('a restriction without a named chip is completed by the chips of the next sentence', () => {
    const withFollowUp: EventExtractor = (sc, state) => {
      const found = extractExportControls(sc, state);
      return [...found, ...followUpExport(sc, state, found)];
    };
    const found = run(
      withFollowUp,
      'Das US-Handelsministerium hat am Montag neue Exportbeschränkungen verhängt. Betroffen ist vor allem der H20 von Nvidia.',
    );
    expect(brief(found)).toEqual(['export_control nvidia-h20 2025-06-02']);
    expect(found[0]?.evidence).toMatch(/^Das US-Handelsministerium .* Betroffen ist/u);
  });

  test('a permission told by the modal "darf" is an export decision; negated, it is a restriction', () => {
    const allowed = 'Washington teilte mit, dass Nvidia den H20 an Kunden in China verkaufen darf.';
    expect(brief(run(extractExportControls, allowed))).toEqual(['export_control nvidia-h20 -']);
    const banned = 'Nvidia darf den H20 im Mai nicht mehr nach China liefern.';
    const trigger = { type: 'export_control' as const, start: 0, end: 0, text: '' };
    expect(exportPolarity({ ...trigger, text: 'verkaufen darf' })).toBe('allow');
    expect(exportPolarity({ ...trigger, text: 'darf den h20 im mai nicht mehr nach china liefer' })).toBe(
      'restrict',
    );
    expect(brief(run(extractExportControls, banned))).toEqual(['export_control nvidia-h20 2025-05']);
  });

  test('buyers abroad kept from a chip, a chip reserved for home buyers, a sale let or not let', () => {
    const events = (text: string): string[] =>
      analyze({ id: 't', text, published: '2025-11-05' }).events.map((e) => `${e.type} ${e.subject.id}`);
    expect(
      events('China and other countries cannot have the Blackwell chips, the president said on Sunday.'),
    ).toContain('export_control nvidia-blackwell');
    expect(events('He said the newest Rubin chips will be reserved for US companies for now.')).toContain(
      'export_control nvidia-rubin',
    );
    expect(
      events('Washington will not let AMD ship the MI308 to Chinese buyers, the agency said.'),
    ).toContain('export_control amd-mi308');
    const trigger = { type: 'export_control' as const, start: 0, end: 0, text: '' };
    expect(exportPolarity({ ...trigger, text: 'let amd ship the mi308 to chinese' })).toBe('allow');
    expect(events('Let the MI308 numbers speak for themselves, AMD told analysts about China.')).toEqual([]);
  });

  test('a reversed ban or decision is a permission, so the lifted ban does not take it along', () => {
    const trigger = { type: 'export_control' as const, start: 0, end: 0, text: '' };
    expect(exportPolarity({ ...trigger, text: 'reversed' })).toBe('allow');
    expect(exportPolarity({ ...trigger, text: 'rückgängig' })).toBe('allow');
    const events = (text: string): string[] =>
      analyze({ id: 't', text, published: '2025-08-04' }).events.map(
        (e) => `${e.type} ${e.subject.id} ${e.date?.value ?? '-'}`,
      );
    expect(events('In June the White House reversed its ban on selling the MI308 to China.')).toEqual([
      'export_control amd-mi308 2025-06',
    ]);
    expect(events('Die Regierung machte die Ausfuhrsperre für den H20 im Juli rückgängig.')).toEqual([
      'export_control nvidia-h20 2025-07',
    ]);
  });
});

describe('extractFinancial', () => {
  test('a share move without a company is the previous sentence’s company; a market share is no move', () => {
    expect(
      brief(run(extractFinancial, 'Nvidia meldete am Mittwoch Rekordzahlen. Die Aktie stieg um 5 Prozent.')),
    ).toEqual(['financial nvidia -']);
    expect(run(extractFinancial, 'Nvidia hat einen Marktanteil von 80 Prozent.')).toEqual([]);
  });

  test('"die Aktien des Unternehmens" reaches back two sentences for its company', () => {
    const text =
      'Nvidia hat die Fertigung des H20 gestoppt. Das Unternehmen nannte keine Gründe. Die Aktien des Unternehmens fielen um 2 Prozent.';
    expect(brief(run(extractFinancial, text))).toEqual(['financial nvidia -']);
  });

  test.each([
    [
      'Baidu unveiled a new reasoning model in Beijing, ahead of rivals such as Alibaba. The company says the model beats its rivals on maths. Shares rose 4 percent in Hong Kong.',
      'financial baidu -',
    ],
    [
      'Tencent stellte am Dienstag ein neues Sprachmodell vor. Der Konzern will damit zu Alibaba aufschließen. Die Aktie legte in Hongkong um 3 Prozent zu.',
      'financial tencent -',
    ],
  ])('a sentence opening with "the company" names its company again: %s', (text, event) => {
    expect(brief(run(extractFinancial, text))).toEqual([event]);
  });

  test('a company named right after "Der Konzern" is the one named', () => {
    const text =
      'Tencent stellte am Dienstag ein neues Sprachmodell vor. Der Konzern Alibaba zog nach. Die Aktie legte um 3 Prozent zu.';
    expect(brief(run(extractFinancial, text))).toEqual(['financial alibaba -']);
  });
});

describe('extractHardwareSwitches', () => {
  test('a training move names its target and source platforms and its purpose', () => {
    const found = run(
      extractHardwareSwitches,
      'DeepSeek trainiert R2 inzwischen auf Huawei-Ascend-Chips statt auf Nvidia-GPUs.',
    );
    expect(brief(found)).toEqual(['hardware_switch deepseek-r2 - (training)']);
    expect(roles(found)).toEqual(['developer:deepseek', 'to:huawei-ascend', 'from:nvidia']);
  });

  test('taking up or leaving a platform is a move: ditched, adopts, begun using, now deploying', () => {
    const moves = [
      'Tencent ditched Nvidia GPUs for Huawei Ascend chips to train its newest models.',
      'Baidu has begun using its own chips for training new models.',
      'Kuaishou adopts domestic accelerators for AI training.',
      'Until last year the lab rented Nvidia GPUs, but Zhipu AI now deploys Huawei Ascend chips for inference.',
    ];
    for (const text of moves)
      expect(run(extractHardwareSwitches, text).map((e) => e.type)).toEqual(['hardware_switch']);
    expect(run(extractHardwareSwitches, 'Baidu uses Nvidia GPUs for training.')).toEqual([]);
  });
});
