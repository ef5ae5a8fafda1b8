import { normalizeSpacing, normalizeText, removeInvisible } from './normalize-text.js';

describe('removeInvisible', () => {
  it('drops soft hyphens, zero-width characters, word joiners and byte-order marks only', () => {
    expect(removeInvisible('\ufeffVer\u00adöffent\u200blichung\u2060 am\u00a0Montag')).toBe(
      'Veröffentlichung am\u00a0Montag',
    );
  });
});

describe('normalizeSpacing', () => {
  it('makes one trimmed line with single spaces and keeps typography', () => {
    expect(normalizeSpacing('  Das\u00a0R2\u2011Modell \n\t kommt\u202fim\u2007Mai –\u200b „bald“ ')).toBe(
      'Das R2\u2011Modell kommt im Mai – „bald“',
    );
  });

  it('gives an empty string for text that is only spaces and invisible characters', () => {
    expect(normalizeSpacing(' \u00ad\u00a0\n\u200b ')).toBe('');
  });
});

describe('normalizeText', () => {
  it('gives matchers one hyphen, one space and ASCII quotes', () => {
    expect(normalizeText('Das R2\u2011Modell\u00a0kommt \u2013 „bald“, sagt ‚man‘.')).toBe(
      'Das R2-Modell kommt - "bald", sagt \'man\'.',
    );
  });

  it('reads an em dash glued between words as a pause, and keeps a dash with spaces and a range', () => {
    expect(normalizeText('Anthropic released Claude 4\u2014Opus 4 and Sonnet 4.')).toBe(
      'Anthropic released Claude 4,Opus 4 and Sonnet 4.',
    );
    expect(normalizeText('Claude 4 \u2014 Opus 4, am 10.\u201312. Mai')).toBe(
      'Claude 4 - Opus 4, am 10.-12. Mai',
    );
  });

  it('keeps line breaks (as \\n) and the length of ordinary text, so offsets stay meaningful', () => {
    expect(normalizeText('Erste Zeile\r\nZweite Zeile\rDritte')).toBe('Erste Zeile\nZweite Zeile\nDritte');
    const plain = 'DeepSeek verschiebt R2.';
    expect(normalizeText(plain)).toBe(plain);
  });

  it('removes invisible characters, HTML tags and composes umlauts', () => {
    expect(normalizeText('Ver\u00adöffentlichung <b>heute</b> in Mu\u0308nchen')).toBe(
      'Veröffentlichung  heute  in München',
    );
  });

  it('sets a ticker glued to a company name apart', () => {
    expect(normalizeText('NvidiaNVDA-2,1% und Advanced Micro Devices IncAMD+3.4%')).toBe(
      'Nvidia NVDA-2,1% und Advanced Micro Devices Inc AMD+3.4%',
    );
  });

  it('writes a dotted capital I as I, so that lower-casing the result keeps its length', () => {
    const text = normalizeText('İstanbul: Huawei stellt Ascend 950 vor');
    expect(text.toLowerCase()).toHaveLength(text.length);
    expect(text.startsWith('Istanbul')).toBe(true);
  });
});

describe('a word hyphenated at a line break (round 33)', () => {
  it('joins the halves, but keeps the hyphen before a conjunction or a capital', () => {
    expect(normalizeText('Zuvor hatte die Regierung Export-\nkontrollen verhängt.')).toBe(
      'Zuvor hatte die Regierung Exportkontrollen verhängt.',
    );
    expect(normalizeText('die Export-\nund Importkontrollen')).toBe('die Export-\nund Importkontrollen');
    expect(normalizeText('Nvidia-\nChips')).toBe('Nvidia-\nChips');
  });
});
