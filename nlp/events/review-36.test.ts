/**
 * Round 36 review: sentences a reviewer wrote to catch the round's new rules out (own sentences), each read
 * wrongly by the rules before they were narrowed.
 */
import { analyze } from '../analyze.js';

const events = (text: string, published = '2026-01-15'): string[] =>
  analyze({ id: 't', text, published }).events.map(
    (e) => `${e.type} ${e.subject.name}${e.date === null ? '' : ` ${e.date.value}`}`,
  );

describe('a rumour closing a sentence hedges only the clause it closes', () => {
  it.each([
    [
      'Alibaba released Qwen3 in April, and Qwen4 is due in the autumn, leakers claim.',
      'release Qwen3 2025-04',
    ],
    [
      'Nvidia officially launched the RTX Pro 6000D in July, confirming what leakers claim.',
      'release RTX Pro 6000D 2025-07',
    ],
    [
      'DeepSeek released R1 in January; R2 will follow in May, according to rumours.',
      'release DeepSeek-R1 2026-01',
    ],
  ])('%s', (text, event) => {
    expect(events(text)).toContain(event);
  });
});

describe('permissions and rules only weighed', () => {
  it('reads no permission that was never given or only asked for', () => {
    expect(events('The US has never given Nvidia permission to sell the Blackwell B200 in China.')).toEqual(
      [],
    );
    expect(events('Nvidia asked to be given permission to export the B30A to China.')).toEqual([]);
  });

  it('keeps a decision beside a rule that is still being considered in another clause', () => {
    expect(
      events('Nvidia received licences for the H20, while a ban on the B30A is being considered.'),
    ).toContain('export_control H20');
  });
});

describe('targets that are open, gone by or no target', () => {
  it('reads no plan from a delay to "frühestens" a year', () => {
    expect(events('Der Start von Llama 5 verschiebt sich auf frühestens 2027.')).toEqual(['delay Llama 5']);
  });

  it('reads no plan from a target that has gone by', () => {
    expect(
      events('Die Auslieferung des Ascend 910C begann erst 2025 nach monatelangen Verzögerungen.'),
    ).not.toContain('plan Ascend 910C 2025');
  });

  it('keeps a launch whose "wird" is a present passive', () => {
    expect(events('Die Einführung von GPT-5 im August wird von vielen Nutzern kritisiert.')).toContain(
      'release GPT-5 2025-08',
    );
  });

  it('keeps a company’s own projection as a plan', () => {
    expect(events('Nvidia’s own projections point to a Rubin launch in October.')).toContain(
      'plan Rubin 2026-10',
    );
  });
});

describe('dates and merging', () => {
  it('keeps a halt told again as a second event', () => {
    const found = events(
      'Nvidia halted H20 production in August 2025.\n\nIn January 2026, Nvidia stopped H20 production again after customs blocked imports.',
    ).filter((e) => e.startsWith('cancellation'));
    expect(found).toEqual(['cancellation H20 2025-08', 'cancellation H20 2026-01']);
  });

  it('dates one cancellation by its announcement, the earlier of its two dates', () => {
    expect(
      events(
        'Anthropic retires Claude 2 on July 21.\n\nAnthropic said on June 10 that it would retire Claude 2.',
        '2026-06-12',
      ),
    ).toEqual(['cancellation Claude 2 2026-06-10']);
  });

  it('takes a later year of the same clause on an undated page', () => {
    const text =
      'DeepSeek was founded in 2023. On January 20 the startup released R1 and triggered the biggest tech sell-off of 2025.';
    expect(analyze({ id: 't', text }).events.map((e) => e.date?.value)).toEqual(['2025-01-20']);
  });
});

describe('subjects', () => {
  it('keeps the product after "the team behind the new ..." when it is the only one', () => {
    expect(events('The team behind the new Qwen3 model released it on Tuesday.')).toEqual([
      'release Qwen3 2026-01-13',
    ]);
  });

  it('reads "This week it was released" as the pronoun after a time', () => {
    expect(events('OpenAI delayed gpt-oss twice. This week it was finally released.')).toContain(
      'release gpt-oss',
    );
  });

  it('reads no switch from relying on chips over a time span', () => {
    expect(events('Alibaba has relied on Nvidia GPUs over the past two years to train Qwen.')).toEqual([]);
  });
});

describe('launches not withheld', () => {
  it.each([
    'In diesem Jahr hat Nvidia keinen neuen Chip für China auf den Markt gebracht, aber der B30A kommt im Juni.',
    'OpenAI did not release GPT-5 this week, as some had expected.',
  ])('%s: no delay', (text) => {
    expect(events(text).filter((e) => e.startsWith('delay'))).toEqual([]);
  });
});

describe('follow-on moves need the company right before its verb', () => {
  it.each([
    'Cambricon shares surged 10% in Shanghai. Huawei-linked suppliers also climbed.',
    'Nvidia shares fell 4% on Monday. Alibaba also lost ground in the AI race after Qwen3 underwhelmed.',
  ])('%s', (text) => {
    expect(events(text).filter((e) => e.startsWith('financial')).length).toBe(1);
  });
});
