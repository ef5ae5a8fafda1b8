import { splitSentences } from './sentences.js';
import { tokenize } from './tokenize.js';

const texts = (t: string): string[] => splitSentences(t).map((s) => s.text);

describe('splitSentences', () => {
  test('keeps German dates, ordinals and abbreviations inside the sentence', () => {
    expect(texts('Am 20. Jan. 2025 kam R1. Danach folgte z. B. V3.1 im 3. Quartal.')).toEqual([
      'Am 20. Jan. 2025 kam R1.',
      'Danach folgte z. B. V3.1 im 3. Quartal.',
    ]);
    expect(texts('Das Modell erschien am 7. August und war sofort gefragt.')).toHaveLength(1);
    expect(texts('Seit 3. Jän. 2025 gilt es. Ab 1. Sept. folgt mehr.')).toEqual([
      'Seit 3. Jän. 2025 gilt es.',
      'Ab 1. Sept. folgt mehr.',
    ]);
  });

  test('keeps English abbreviations, decimals and versions', () => {
    expect(texts('The U.S. Commerce Dept. approved it. Qwen2.5-Max scored 89.4 points vs. GPT-4o.')).toEqual([
      'The U.S. Commerce Dept. approved it.',
      'Qwen2.5-Max scored 89.4 points vs. GPT-4o.',
    ]);
  });

  test('ends sentences at line breaks and counts paragraphs', () => {
    const s = splitSentences('Anzeige\n\nKaufen oder verkaufen?! Hier weiterlesen...\nNeue Zeile');
    expect(s.map((x) => x.text)).toEqual([
      'Anzeige',
      'Kaufen oder verkaufen?!',
      'Hier weiterlesen...',
      'Neue Zeile',
    ]);
    expect(s.map((x) => x.paragraph)).toEqual([0, 1, 1, 1]);
  });
});

describe('splitSentences: wrapped lines', () => {
  test('joins a line that ends in a function word, a comma or long prose with the next', () => {
    const text =
      'Moonshot and\nZhipu have started to train their newest models on domestic accelerators to\nreplace Nvidia parts,\npartly because of export rules.';
    expect(splitSentences(text).map((x) => x.text.replace(/\n/gu, ' '))).toEqual([
      'Moonshot and Zhipu have started to train their newest models on domestic accelerators to replace Nvidia parts, partly because of export rules.',
    ]);
    const wrapped = splitSentences(
      'Huawei meldete Zahlen.\nDie neue Version wurde von den Entwicklern in China deutlich schneller als erwartet\nAusgeliefert.',
    );
    expect(wrapped).toHaveLength(2);
    expect(wrapped.map((x) => x.line)).toEqual([0, 1]);
  });

  test('keeps headlines, list items and blank lines as breaks', () => {
    expect(
      splitSentences('Intel Cancels Its Big Training Chip\nIntel said on Monday it stops the work.').length,
    ).toBe(2);
    expect(splitSentences('Huawei shows new chips\nThe Ascend 950 comes next year.').length).toBe(2);
    expect(splitSentences('Key points of the report on\n- the Ascend 950\n- the Ascend 960').length).toBe(3);
    expect(splitSentences('Nvidia and\n\nAMD').length).toBe(2);
    expect(
      splitSentences(
        'Nvidia says the new export licence for its China chip is finally approved\nThe company said more.',
      ).length,
    ).toBe(2);
    expect(splitSentences('Why the delay matters\nxAI said on Monday it needs more time.').length).toBe(2);
  });
});

describe('tokenize', () => {
  test('keeps umlauts, ß, versions and marks hyphen compounds', () => {
    const tokens = tokenize('Über Größe: R2-Modells, V3.1 und Qwen2.5-Max');
    expect(tokens.map((t) => t.text)).toEqual([
      'Über',
      'Größe',
      'R2',
      'Modells',
      'V3.1',
      'und',
      'Qwen2.5',
      'Max',
    ]);
    expect(tokens.map((t) => t.joined)).toEqual([false, false, false, true, false, false, false, true]);
  });
});

describe('a line that ends in a quoted word', () => {
  it('goes on when the next line starts in lower case ("wie \\"Reuters\\"\\nschreibt")', () => {
    const text = 'Huawei will im Frühjahr liefern, wie "Reuters"\nschreibt. Der Chip heißt Ascend 910C.';
    expect(splitSentences(text).map((s) => s.text)).toEqual([
      'Huawei will im Frühjahr liefern, wie "Reuters"\nschreibt.',
      'Der Chip heißt Ascend 910C.',
    ]);
  });
});

describe('sentences glued together by crawled text', () => {
  const texts = (text: string): string[] => splitSentences(text).map((s) => s.text);

  it.each([
    ['AMD shipped the MI350 in June as well.While Nvidia waited, Intel cut prices.', 2],
    ['Die Aktie stieg um 0,5 %.Danach fiel sie wieder.', 2],
    ['Die Aktie stieg (vorbörslich).Danach fiel sie wieder.', 2],
  ])('splits "%s" where no space follows the period', (text, count) => {
    expect(texts(text)).toHaveLength(count);
  });

  it('keeps a footnote mark with the sentence it closes', () => {
    expect(texts('The rule covers three chips.3 The H20 is one of them.')).toEqual([
      'The rule covers three chips.3',
      'The H20 is one of them.',
    ]);
  });

  it.each([
    'DeepSeek V3.1 ist da.',
    'Nutzen Sie z.B. Qwen2.5-Max.',
    'Siehe amazon.com.',
    'Version 2.Beta ist da.',
    'Auf x.AI läuft Grok.',
  ])('leaves "%s" whole', (text) => {
    expect(texts(text)).toEqual([text]);
  });
});

describe('splitSentences: a brand in camel case after a period (round 34)', () => {
  it.each([
    ['Nvidia shipped the H20 in May. xAI said it would delay Grok 5.', 'xAI said it would delay Grok 5.'],
    ['Die Zahlen kamen am Montag. iFlytek stellte Spark X2 vor.', 'iFlytek stellte Spark X2 vor.'],
    ['The deal closed in March. eBay was not part of it.', 'eBay was not part of it.'],
  ])('starts a new sentence in "%s"', (text, second) => {
    expect(texts(text)).toEqual([text.slice(0, text.length - second.length - 1), second]);
  });

  it.each(['Es kostet ca. eine Mrd. Euro.', 'The price went up. and then it fell.'])(
    'keeps a lower-case word after a period in the sentence: "%s"',
    (text) => {
      expect(texts(text)).toEqual([text]);
    },
  );
});
