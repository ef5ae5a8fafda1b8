import { analyze } from './analyze.js';

const entityIds = (text: string): string[] => analyze({ id: 't', text }).entities.map((e) => e.id);

describe('versions a list names by their number alone', () => {
  it.each([
    [
      'Huawei zeigte den Ascend 950 (2026), 960 (2027) und 970 (2028).',
      ['huawei-ascend-960', 'huawei-ascend-970'],
    ],
    ['Huawei plans the Ascend 950, 960 and 970.', ['huawei-ascend-960', 'huawei-ascend-970']],
    ['OpenAI compared GPT-4 and 5.', ['openai-gpt-5']],
  ])('%s', (text, ids) => {
    expect(entityIds(text)).toEqual(expect.arrayContaining(ids));
  });

  it.each([
    'OpenAI compared GPT-4 and 5 other models.',
    'Huawei sold the Ascend 950 and 2026 was a good year.',
    'Der Ascend 950 kostet 960 Dollar.',
  ])('a number that is no version stays a number: %s', (text) => {
    const ids = entityIds(text);
    expect(ids.filter((id) => /gpt-5|ascend-960|ascend-2026/u.test(id))).toEqual([]);
  });

  it('a plan of each listed version, dated by a bracketed year', () => {
    const plans = analyze({
      id: 't',
      text: 'Für die Ascend-Familie sind jährliche Updates vorgesehen, darunter der Ascend 950 (2026), 960 (2027) und 970 (2028).',
      published: '2025-09-19',
    })
      .events.filter((e) => e.type === 'plan')
      .map((e) => e.subject.id);
    expect(plans).toEqual(['huawei-ascend-950', 'huawei-ascend-960', 'huawei-ascend-970']);
  });
});
