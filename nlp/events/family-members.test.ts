import { analyze } from '../analyze.js';

const found = (text: string): string[] =>
  analyze({ id: 't', text, published: '2025-06-15' })
    .events.map((e) => `${e.type}:${e.subject.name}:${e.date?.value ?? '-'}`)
    .sort();

describe('members of a family launched together', () => {
  it('gives each member its release when the text never names the family', () => {
    expect(found('Anthropic hat gestern Claude Sonnet 4 und Claude Opus 4 vorgestellt.')).toEqual([
      'release:Claude Opus 4:2025-06-14',
      'release:Claude Sonnet 4:2025-06-14',
    ]);
    expect(found('Anthropic unveiled Claude Opus 4 and Claude Sonnet 4 on Thursday.')).toEqual([
      'release:Claude Opus 4:2025-06-12',
      'release:Claude Sonnet 4:2025-06-12',
    ]);
  });

  it('does not read a later generation ("Claude 4.5") as the family written out', () => {
    expect(
      found(
        'Anthropic unveiled Claude Opus 4 and Claude Sonnet 4 on Thursday, long before any Claude 4.5 existed.',
      ),
    ).toEqual(
      expect.arrayContaining(['release:Claude Opus 4:2025-06-12', 'release:Claude Sonnet 4:2025-06-12']),
    );
  });

  it("gives one launch of a brand family's tiers to the family, and keeps distinct models of a brand apart", () => {
    expect(found('Mistral AI hat am Dienstag Magistral Small und Magistral Medium veröffentlicht.')).toEqual([
      'release:Magistral:2025-06-10',
    ]);
    expect(found('Baidu released ERNIE 4.5 and ERNIE X1 on Sunday, the company said in Beijing.')).toEqual([
      'release:ERNIE 4.5:2025-06-15',
      'release:ERNIE X1:2025-06-15',
    ]);
  });

  it('gives one launch to the family when a member carries its name', () => {
    expect(found('Anthropic hat gestern Claude 4 Opus und Sonnet 4 vorgestellt.')).toEqual([
      'release:Claude 4:2025-06-14',
    ]);
    expect(found('Meta shipped Llama 4 Scout and Llama 4 Maverick on Saturday.')).toEqual([
      'release:Llama 4:2025-06-14',
    ]);
  });
});

describe('a family and a new version of it', () => {
  it('keeps the version as a launch of its own, dated in text order with "respectively"', () => {
    expect(
      found('Its forerunners, Gemma and Gemma 2, came out in February 2024 and September 2024 respectively.'),
    ).toEqual(['release:Gemma 2:2024-09', 'release:Gemma:2024-02']);
    expect(
      found('Google hat Gemma und Gemma 2 im Februar 2024 beziehungsweise im September 2024 veröffentlicht.'),
    ).toEqual(['release:Gemma 2:2024-09', 'release:Gemma:2024-02']);
  });

  it('keeps a point version apart from its family', () => {
    expect(found('Meta shipped Llama 3 and Llama 3.1 in April 2024 and July 2024 respectively.')).toEqual([
      'release:Llama 3.1:2024-07',
      'release:Llama 3:2024-04',
    ]);
  });

  it('still folds a size variant into the family launch', () => {
    expect(found('Meta released Llama 3.1 and Llama 3.1 405B on Tuesday.')).toEqual([
      'release:Llama 3.1:2025-06-10',
    ]);
  });
});

describe('a succession with its own date', () => {
  it('continues the subject list after "followed on DATE by" and dates the followers by it', () => {
    expect(found('In January OpenAI shipped o3-mini, followed on April 16 by o3 and o4-mini.')).toEqual([
      'release:o3-mini:2025-01',
      'release:o3:2025-04-16',
      'release:o4-mini:2025-04-16',
    ]);
    expect(found('OpenAI hat im Januar o3-mini veröffentlicht, gefolgt im April von o3.')).toEqual([
      'release:o3-mini:2025-01',
      'release:o3:2025-04',
    ]);
  });

  it('reads a day date inside the German succession', () => {
    expect(
      found(
        'Anthropic hat Claude Sonnet 4.5 im März veröffentlicht, gefolgt am 15. April von Claude Haiku 4.5.',
      ),
    ).toEqual(['release:Claude Haiku 4.5:2025-04-15', 'release:Claude Sonnet 4.5:2025-03']);
  });

  it('dates a bare conjunct by the date of the next name in the list', () => {
    expect(found('OpenAI released o3-mini in January, followed by o3 and o4-mini in April.')).toEqual([
      'release:o3-mini:2025-01',
      'release:o3:2025-04',
      'release:o4-mini:2025-04',
    ]);
  });

  it('takes a conjunct dated before "followed by" into the list', () => {
    expect(found('OpenAI released o3-mini in January, followed by o3 in April.')).toContain(
      'release:o3:2025-04',
    );
  });
});

describe('"respectively" with bare months and years in the list', () => {
  it('gives each name the month or year listed for it', () => {
    expect(found('Mistral shipped Magistral Small and Devstral in April and July respectively.')).toEqual([
      'release:Devstral:2025-07',
      'release:Magistral Small:2025-04',
    ]);
    expect(
      found(
        'Huawei will launch the Atlas 950 SuperPoD and the Atlas 960 SuperPoD in 2026 and 2027 respectively.',
      ),
    ).toEqual(['plan:Atlas 950 SuperPoD:2026', 'plan:Atlas 960 SuperPoD:2027']);
    expect(
      found('Mistral hat Magistral Small und Devstral im Januar beziehungsweise März veröffentlicht.'),
    ).toEqual(['release:Devstral:2025-03', 'release:Magistral Small:2025-01']);
  });
});
