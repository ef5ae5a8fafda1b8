import { sentenceYearOf } from './sentence-context.js';

describe('sentenceYearOf', () => {
  it('reads the last year a sentence names', () => {
    expect(sentenceYearOf('Nach der Vorstellung 2024 soll der Nachfolger im Herbst 2026 kommen.')).toBe(2026);
    expect(sentenceYearOf('The chip ships in the first quarter of 2027.')).toBe(2027);
  });

  it('does not read a count of things or a part of a longer number as a year', () => {
    expect(sentenceYearOf('Das Modell wurde auf 2048 GPUs trainiert.')).toBeNull();
    expect(sentenceYearOf('The cluster links 2000 accelerators and 2040 TB of memory.')).toBeNull();
    expect(sentenceYearOf('Der Umsatz lag bei 2.024 Millionen Euro.')).toBeNull();
    expect(sentenceYearOf('In 2025 it trained on 2048 GPUs.')).toBe(2025);
  });
});
