import { analyze } from '../analyze.js';
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

describe('a yearless date takes the year named before it (own sentences)', () => {
  const dated = (text: string): (string | undefined)[] =>
    analyze({ id: 't', text })
      .events.filter((e) => e.type === 'cancellation')
      .map((e) => e.date?.value);

  it('not a year the sentence names after it, in a clause about something else', () => {
    expect(
      dated(
        'Anthropic retires Claude Instant in 2026.\n\nAnthropic announced on March 24 that it is winding down Claude Instant, a model that debuted in 2023.',
      ),
    ).toEqual(['2026-03-24']);
  });
});

describe('a dated launch in an appositive relative clause is background beside another event (own sentences)', () => {
  it('keeps the launch and the cancellation', () => {
    const events = analyze({
      id: 't',
      text: 'Anthropic said on March 24, 2026 that it is winding down Claude Instant, the fast model that debuted to much fanfare in 2023.',
    }).events.map((e) => `${e.type} ${e.subject.name} ${e.date?.value ?? ''}`);
    expect(events).toEqual(['release Claude Instant 2023', 'cancellation Claude Instant 2026-03-24']);
  });
});
