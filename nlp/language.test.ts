import { readFileSync } from 'node:fs';
import { detectLanguage } from './language.js';

describe('detectLanguage', () => {
  test('tells German from English on one-sentence headlines', () => {
    expect(detectLanguage('DeepSeek verschiebt den Start von R2 um mehrere Monate')).toBe('de');
    expect(detectLanguage('DeepSeek delays the launch of its R2 model by months')).toBe('en');
    expect(detectLanguage('Nvidia darf H20-Chips wieder nach China liefern')).toBe('de');
  });

  test('never forces Japanese, Russian or Chinese text into de or en', () => {
    expect(detectLanguage('DeepSeekは新しいモデルR2の発表を延期しました。')).toBe('ja');
    expect(detectLanguage('Компания DeepSeek отложила выпуск модели R2 на несколько месяцев.')).toBe('ru');
    expect(detectLanguage('深度求索推迟了R2模型的发布，原因是华为芯片训练失败。')).toBe('zh');
  });

  test('gives another Latin-script language its own code', () => {
    const id =
      'Perusahaan itu menunda peluncuran model kecerdasan buatan terbarunya karena masalah perangkat keras.';
    expect(['id', 'und']).toContain(detectLanguage(id));
    expect(detectLanguage(id)).not.toMatch(/^(de|en)$/);
  });

  test('falls back to the declared language when the text says too little', () => {
    expect(detectLanguage('H20', 'de-DE')).toBe('de');
    expect(detectLanguage('Qwen3', null)).toBe('und');
  });
});

describe('the own language set (nlp/__fixtures__/language.jsonl)', () => {
  const items = readFileSync(new URL('./__fixtures__/language.jsonl', import.meta.url), 'utf8')
    .split('\n')
    .filter((l) => l.trim() !== '')
    .map((l) => JSON.parse(l) as { id: string; group: string; accept: string[]; text: string });

  test('never forces text in other languages into de or en', () => {
    const others = items.filter((i) => i.group === 'other');
    expect(others.length).toBeGreaterThanOrEqual(21);
    for (const i of others)
      expect([i.id, detectLanguage(i.text)]).not.toEqual([i.id, expect.stringMatching(/^(de|en)$/)]);
  });

  test('identifies every German and English article body', () => {
    for (const i of items.filter((x) => x.group.endsWith('-article')))
      expect([i.id, detectLanguage(i.text)]).toEqual([i.id, i.accept[0]]);
  });
});

describe('headlines full of product names', () => {
  test('reads English verb endings and German word shapes, not the names', () => {
    expect(detectLanguage('AMD buys server maker ZT Systems')).toBe('en');
    expect(detectLanguage('Nvidia GB300 ramp delayed')).toBe('en');
    expect(detectLanguage("Moonshot AI's Kimi chatbot cuts API prices")).toBe('en');
    expect(detectLanguage('Claude 4 Sonnet kann jetzt Code ausführen')).toBe('de');
    expect(detectLanguage('ByteDance Seed: Neues Video-Modell vorgestellt')).toBe('de');
  });

  test('keeps short headlines in other languages out of de and en', () => {
    expect(detectLanguage('Nvidia pierde terreno en China')).toBe('es');
    expect(detectLanguage('Nvidia slår analytikernas förväntningar')).toBe('sv');
    expect(detectLanguage('Nvidia pobiła oczekiwania analityków')).toBe('pl');
  });

  test('uses the declared language only when the text gives no evidence', () => {
    expect(detectLanguage('Qwen3-Max', 'en')).toBe('en');
    expect(detectLanguage('Nvidia verliert an der Börse', 'en')).toBe('de');
  });
});

describe('neighbours of German and English and the general news lexicon', () => {
  test('keeps Danish, Norwegian, Afrikaans and Luxembourgish out of de and en', () => {
    const cases: [string, string][] = [
      ['da', 'Aktien faldt efter regnskabet, og selskabet sænker forventningerne til året.'],
      ['no', 'Ny språkmodell fra Google forstår nå norsk'],
      ['af', 'Die maatskappy se wins het in die derde kwartaal gestyg'],
      ['lb', 'Google huet en neie Sproochmodell virgestallt, deen och Lëtzebuergesch versteet.'],
      ['lb', 'Nvidia verdéngt méi wéi jee virdrun'],
    ];
    for (const [lang, text] of cases) expect([text, detectLanguage(text)]).toEqual([text, lang]);
  });

  test('reads headlines whose only evidence is frequent news words', () => {
    expect(detectLanguage('Tencent Hunyuan T1 startet in China')).toBe('de');
    expect(detectLanguage('Quartalszahlen: Baidu übertrifft Prognose')).toBe('de');
    expect(detectLanguage('AMD, OpenAI sign 6-gigawatt deal')).toBe('en');
    expect(detectLanguage('Meta shelves Llama 4 Behemoth')).toBe('en');
  });

  test('German or English without a function word of its own yields to another language or "und"', () => {
    const other: [string, string][] = [
      ['Aktierna föll kraftigt efter rapporten', 'sv'],
      ['Nvidia-aktien steg markant efter nyheden', 'da'],
      ['Nvidian osakkeet laskivat raportin jälkeen', 'fi'],
      ['Nvidia aktsiad langesid pärast aruannet', 'et'],
      ['Nvidia akcijas kritās pēc ziņojuma', 'und'],
      ['Nvidia menettää markkinoita Kiinassa', 'und'],
    ];
    for (const [text, lang] of other) expect([text, detectLanguage(text)]).toEqual([text, lang]);
    // headlines without function words keep their language when no other language has evidence
    expect(detectLanguage('DeepSeek verschiebt R2')).toBe('de');
    expect(detectLanguage('Gewinn von Chiphersteller steigt')).toBe('de');
    expect(detectLanguage('Chipmaker profit rises')).toBe('en');
    expect(detectLanguage('Alibaba unveils Qwen3-Max')).toBe('en');
  });
});
