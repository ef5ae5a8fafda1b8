import { findPromotionSentences } from './promotions.js';
import { splitSentences } from './sentences.js';

function dropped(text: string): string[] {
  const sentences = splitSentences(text);
  const skip = findPromotionSentences(sentences);
  return sentences.filter((_, i) => skip.has(i)).map((s) => s.text);
}

describe('findPromotionSentences', () => {
  it('drops a bracketed ad label and the teaser after it, but not the news around them', () => {
    const text = [
      'Kontor verschiebt den Marktstart seines KI-Chips.',
      '[Anzeige]',
      'Kontor-Aktie: Kaufen oder verkaufen?!',
      'Der Chip soll nun im dritten Quartal erscheinen, teilte das Unternehmen mit.',
    ].join('\n\n');
    expect(dropped(text)).toEqual(['[Anzeige]', 'Kontor-Aktie: Kaufen oder verkaufen?!']);
  });

  it('drops a paragraph that carries a promotion phrase without any label', () => {
    const text = 'Kontor legt Zahlen vor.\n\nIs Kontor a buy? Get our free report on three AI stocks.';
    expect(dropped(text)).toEqual(['Is Kontor a buy?', 'Get our free report on three AI stocks.']);
  });

  it('keeps a long news paragraph that follows a stray label', () => {
    const news =
      'Der Chiphersteller Kontor hat den Marktstart seines neuen KI-Beschleunigers auf das dritte Quartal ' +
      'verschoben, weil die Fertigung beim Auftragsfertiger länger dauert als geplant und erste Muster ' +
      'noch nicht die zugesagte Leistung erreichen.';
    expect(dropped(`Anzeige\n\n${news}`)).toEqual(['Anzeige']);
  });
});

describe('related-links headings', () => {
  it('drops a heading and the headlines on its line', () => {
    expect(
      dropped('Meta released Llama 4 on Saturday.\n\nLesen Sie auch: OpenAI veröffentlicht GPT-5'),
    ).toEqual(['Lesen Sie auch: OpenAI veröffentlicht GPT-5']);
  });

  it('drops a heading that stands alone and the bulleted list of headlines after it', () => {
    const text =
      'Meta released Llama 4 on Saturday.\n\nRelated Reading\n\n- Nvidia Delays Rubin Again - OpenAI Ships GPT-6\n\nMeta said more models follow.';
    expect(dropped(text)).toEqual(['Related Reading', '- Nvidia Delays Rubin Again - OpenAI Ships GPT-6']);
  });

  it('keeps prose that opens with the same words', () => {
    expect(dropped('Related coverage noted that Anthropic released Claude Opus 4 on Thursday.')).toEqual([]);
    expect(dropped('Mehr zum Thema KI: Nvidia darf den H20 wieder nach China liefern.')).toEqual([]);
    expect(dropped('Weitere Beiträge zum Open-Source-Ökosystem leistete Alibaba mit Qwen3.')).toEqual([]);
  });

  it('keeps a sentence that only mentions reading', () => {
    expect(dropped('Read the full report: Meta released Llama 4 on Saturday.')).toEqual([]);
  });
});
