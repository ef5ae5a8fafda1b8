import { analyze } from '../analyze.js';

const found = (text: string, published: string): string[] =>
  analyze({ id: 't', text, published }).events.map(
    (e) => `${e.type}:${e.subject.name}:${e.date?.value ?? '-'}`,
  );

describe('a target told in the past tense and gone by', () => {
  it('reads "was supposed to arrive in" a past quarter as a delay, dated by its report and not the target', () => {
    expect(
      found(
        'Gemini 3 Ultra was supposed to arrive in the first quarter of 2026, but it still has not shipped.',
        '2026-06-02',
      ),
    ).toContain('delay:Gemini 3 Ultra:-');
    expect(
      found('DeepSeek-V4 was meant to launch in February 2026 and is still not out.', '2026-05-10'),
    ).toEqual(['delay:DeepSeek-V4:-']);
  });

  it('reads the same words about a target still ahead as no delay', () => {
    expect(
      found(
        'DeepSeek-V4 was supposed to launch in July 2026, the company told partners last week.',
        '2026-05-10',
      ),
    ).not.toContain('delay:DeepSeek-V4:-');
  });

  it('reads the German past modal with a month gone by as a delay, and "bis heute" as no new target', () => {
    expect(
      found(
        'Der Ascend 950 sollte eigentlich im März erscheinen, ist aber bis heute nicht erhältlich.',
        '2026-05-20',
      ),
    ).toEqual(['delay:Ascend 950:-']);
  });

  it('reads a window that closed without a launch as a delay of the product named before', () => {
    expect(
      found(
        'Mistral had promised Mistral Large 3 for the spring. That window closed without a launch.',
        '2026-07-01',
      ),
    ).toContain('delay:Mistral Large 3:-');
  });
});

describe('a launch that did not come', () => {
  it('reads "failed to release/ship" and "missing its debut date" as a delay', () => {
    expect(
      found(
        'Last spring Mistral failed to release Mistral Large 3, after missing its debut date.',
        '2026-05-10',
      ),
    ).toContain('delay:Mistral Large 3:-');
    expect(
      found('Meta failed to ship Llama 4 Behemoth on time, the company admitted on Thursday.', '2026-05-10'),
    ).toContain('delay:Llama 4 Behemoth:2026-05-07');
    expect(found('Nvidia failed to release a statement about the B300 on Monday.', '2026-05-10')).toEqual([]);
  });

  it('reads a launch "pushed by three months" as a delay', () => {
    expect(
      found(
        'Production of the Maia 200 has been pushed by three months, Microsoft told partners.',
        '2025-07-01',
      ),
    ).toContain('delay:Maia 200:-');
  });
});

describe('a new target set against the old one', () => {
  it('reads "Mitte 2027 statt Ende 2025" and "2027 statt 2026" beside a delay as the plan for the new date', () => {
    expect(
      found(
        'Mitte 2027 statt Ende 2025: Die Entwicklung von Teslas AI5-Chip verzögert sich um fast zwei Jahre.',
        '2025-10-01',
      ),
    ).toEqual(expect.arrayContaining(['delay:AI5:-', 'plan:AI5:2027']));
    expect(found('Huawei hat den Ascend 960 verschoben, er kommt 2027 statt 2026.', '2025-10-01')).toEqual(
      expect.arrayContaining(['delay:Ascend 960:-', 'plan:Ascend 960:2027']),
    );
  });
});
