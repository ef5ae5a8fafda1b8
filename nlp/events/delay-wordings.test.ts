/**
 * Delays said without a postponing verb, in both languages (sentences written for these tests): a date
 * moved back, later than someone had said, held up, stalled work, a target that cannot be kept, a dated
 * launch given up, a plan given up for a later one, a launch stopped for now. Also how a delay is dated
 * (by its report, not by its new or missed target) and a dated release beside the delay it ended.
 */
import { analyze } from '../analyze.js';
import type { EventType, FoundEvent } from '../types.js';

function eventsOf(text: string, published = '2025-06-10'): FoundEvent[] {
  return analyze({ id: 't', text, published }).events;
}

function typesOf(text: string, subject: RegExp): EventType[] {
  return eventsOf(text)
    .filter((e) => subject.test(e.subject.name))
    .map((e) => e.type)
    .sort();
}

describe('delays said without a postponing verb', () => {
  it.each([
    ['AMD moved the MI350 launch back to the second half.', /MI350/],
    ['The Gaudi 3 release date was quietly moved to the autumn, Intel confirmed.', /Gaudi 3/],
    ['Google says Gemini 3 will come later than the company had indicated in the spring.', /Gemini 3/],
    ['Die Massenfertigung des Ascend 910C wird durch Probleme bei der Ausbeute aufgehalten.', /910C/],
    ['DeepSeek ran into trouble with R2, and development of the model ground to a halt.', /R2/],
    ['Musk hatte Grok 5 bis Jahresende versprochen. Dieses Ziel ist nicht mehr zu halten.', /Grok 5/],
    ["xAI's target of a Grok 5 launch this year can no longer be met.", /Grok 5/],
    ["DeepSeek's trouble with R2 led it to scrap the model's planned May launch.", /R2/],
    ['OpenAI said o3 would not ship in January as previously announced, but in the spring.', /o3/],
    ['OpenAI says GPT-5 needs more time to make the model safe.', /GPT-5/],
    ['Nun braucht OpenAI für GPT-5 nach eigenen Angaben noch mehr Zeit.', /GPT-5/],
    ['DeepSeek wanted to release R2 in May, but now plans to ship it in the autumn.', /R2/],
    ['DeepSeek wollte R2 im Mai veröffentlichen, doch nun soll das Modell erst im Herbst kommen.', /R2/],
    ['OpenAI hat GPT-5 veröffentlicht, mehrere Monate später als von Altman angedeutet.', /GPT-5/],
    ['DeepSeek hat die Veröffentlichung von R2 vorerst gestoppt.', /R2/],
    ['OpenAI wird GPT-5 vorerst nicht veröffentlichen.', /GPT-5/],
    ["OpenAI won't release GPT-5 for now, Altman said.", /GPT-5/],
    ['DeepSeek has halted the release of R2 for the time being.', /R2/],
    [
      "Nvidia's Rubin was due in the autumn. Customers have been told to expect the first racks several months later.",
      /Rubin/,
    ],
  ])('%s', (text, subject) => {
    expect(typesOf(text, subject)).toContain('delay');
    expect(typesOf(text, subject)).not.toContain('cancellation');
  });
});

it('a launch cancelled without a date, or production stopped, stays a cancellation', () => {
  expect(typesOf('Intel cancelled the planned launch of Falcon Shores.', /Falcon Shores/)).toEqual([
    'cancellation',
  ]);
  expect(typesOf('OpenAI hat die Veröffentlichung von GPT-5 gestoppt.', /GPT-5/)).toEqual(['cancellation']);
  expect(typesOf('Nvidia hat die Produktion des H20 vorerst gestoppt.', /H20/)).toEqual(['cancellation']);
});

it('a date moved up, or moved to other chips, is no delay', () => {
  expect(typesOf('AMD moved the MI350 launch up to the first quarter.', /MI350/)).not.toContain('delay');
  expect(typesOf('DeepSeek moved training of R2 back to Nvidia H20 chips.', /R2/)).not.toContain('delay');
});

describe('a delay is dated by its report, not by its target', () => {
  const delayDate = (text: string): string | undefined =>
    eventsOf(text).find((e) => e.type === 'delay')?.date?.value;
  it.each([
    'Apple hat Siri auf den 12. Mai verschoben.',
    'Apple has pushed Siri back to March 2026.',
    'Die neue Siri wird nicht wie geplant im März erscheinen.',
    'DeepSeek wanted to release R2 in May, but now plans to ship it in the autumn.',
    'Die Einführung der neuen Siri verschiebt sich bis Ende 2026.',
  ])('%s', (text) => {
    expect(delayDate(text)).toBeUndefined();
  });
  it('keeps the day of the report', () => {
    expect(delayDate('On June 3, Apple delayed Siri to March 2026.')).toBe('2025-06-03');
  });
  it('keeps the new target as the plan', () => {
    const plan = eventsOf('Apple has pushed Siri back to March 2026.').find((e) => e.type === 'plan');
    expect(plan?.date?.value).toBe('2026-03');
  });
});

describe('a dated release beside the delay it ended', () => {
  it.each([
    'OpenAI released GPT-5 on Thursday, several months later than Altman had first suggested.',
    'OpenAI hat GPT-5 am Donnerstag veröffentlicht, mehrere Monate später als geplant.',
  ])('%s', (text) => {
    expect(typesOf(text, /GPT-5/)).toEqual(['delay', 'release']);
  });
  it.each([
    'GPT-5 soll nun erst im August erscheinen.',
    'Statt im Mai soll Qwen4 nun erst im Herbst erscheinen.',
    'Grok 5 will now only arrive in December.',
  ])('a date that is the new target makes no release: %s', (text) => {
    expect(typesOf(text, /GPT-5|Qwen4|Grok 5/)).not.toContain('release');
  });
  it('a release noun beside the delay is still its argument', () => {
    expect(typesOf('The release of GPT-5 on Thursday was delayed.', /GPT-5/)).toEqual(['delay']);
  });
});

describe('a launch withheld for a time is delayed (own sentences)', () => {
  it.each([
    [
      'Anthropic gab bekannt, dass es Claude 5 in diesem Jahr nicht für EU-Nutzer veröffentlichen wird.',
      'delay Claude 5',
    ],
    ['Mistral will Magistral Medium vorerst nicht in den USA anbieten.', 'delay Magistral Medium'],
    ['Anthropic will not release Claude 5 to EU users this year.', 'delay Claude 5'],
    [
      'Apple will not now roll out Apple Intelligence this week, the regulator said.',
      'delay Apple Intelligence',
    ],
  ])('%s', (text, event) => {
    expect(
      analyze({ id: 't', text, published: '2026-02-10' }).events.map((e) => `${e.type} ${e.subject.name}`),
    ).toContain(event);
  });
});

describe('German delays told by a floor or a slide between months (own sentences)', () => {
  it('"nun nicht vor ... erwartet" is a delay, with the plan of its new target', () => {
    const text =
      'Ursprünglich sollten große Mengen des B300 noch in diesem Jahr ausgeliefert werden, nun werden sie nicht vor Anfang 2026 erwartet.';
    expect(typesOf(text, /Blackwell Ultra/)).toEqual(['delay', 'plan']);
  });

  it('"rutscht vom März in den Mai" slides as "von März" does', () => {
    expect(typesOf('Apples neue Siri rutscht vom März in den Mai.', /Siri/)).toContain('delay');
  });
});

describe('delays told as a launch timeline extended or a target moved to (own sentences)', () => {
  it.each([
    ['Meta has extended the release timeline for Llama 4 Behemoth.', /Behemoth/],
    ['xAI hat Grok 5 aufs nächste Quartal geschoben.', /Grok 5/],
  ])('%s', (text, subject) => {
    expect(typesOf(text, subject)).toContain('delay');
  });

  it.each([
    ['Apple extended the trial period for Apple Intelligence.', /Apple Intelligence/],
    ["Nvidia's B300 will be ready in time for the holiday season.", /Blackwell Ultra/],
    [
      'Despite the extended timeline, Anthropic released Claude Opus 4 on May 22 as planned.',
      /Claude Opus 4/,
    ],
  ])('no delay: %s', (text, subject) => {
    expect(typesOf(text, subject)).not.toContain('delay');
  });
});

describe('a window named as missed by a modal perfect, or a target gone and the launch still to come (own sentences)', () => {
  it.each([
    ['Llama 5 should have launched in April.', /Llama 5/],
    ['Huawei says the Ascend 910C was supposed to have shipped by June.', /910C/],
    ['Der Ascend 910C hätte eigentlich im Frühjahr kommen sollen.', /910C/],
    ['Eigentlich hätte Huawei den Ascend 910C schon im Frühjahr ausliefern sollen.', /910C/],
    ['Grok 5 hätte längst erscheinen müssen.', /Grok 5/],
    ['The R2 model, originally due in May, has yet to be released.', /R2/],
    ['Nvidia pushed Rubin out by a quarter.', /Rubin/],
  ])('%s', (text, subject) => {
    expect(typesOf(text, subject)).toContain('delay');
  });

  it('dates the delay by its report, not by the window it missed', () => {
    const delay = eventsOf('Llama 5 should have launched in April.').find((e) => e.type === 'delay');
    expect(delay?.date ?? null).toBeNull();
  });

  it.each([
    ['Nvidia could have launched the B40 earlier.', /B40/],
    ['Meta hätte Llama 5 beinahe im April veröffentlicht.', /Llama 5/],
    ['Gemini 3, announced last week, has yet to be released to the public.', /Gemini 3/],
    ['Critics say Nvidia should have launched the B40 with more memory.', /B40/],
  ])('no delay: %s', (text, subject) => {
    expect(typesOf(text, subject)).not.toContain('delay');
  });
});
