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
