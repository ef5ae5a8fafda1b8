import { analyze } from '../analyze.js';

const events = (text: string): string[] =>
  analyze({ id: 't', text, published: '2025-06-15' }).events.map((e) => `${e.type}:${e.subject.name}`);

describe('a delay, plan or cancellation completed by the next sentence', () => {
  it('takes the product that the next sentence says is affected', () => {
    const text =
      'Der Konzern kündigte an, die Markteinführung mehrerer KI-Funktionen zu verzögern. Betroffen ist unter anderem Apple Intelligence.';
    expect(events(text)).toContain('delay:Apple Intelligence');
  });

  it('reads English openings of inclusion too', () => {
    expect(events('Huawei is pushing back several chips. Among them is the Ascend 950.')).toContain(
      'delay:Ascend 950',
    );
  });

  it('does not look ahead when the next sentence only goes on about something else', () => {
    expect(events('Huawei is pushing back several chips. The Ascend 950 sells well in China.')).not.toContain(
      'delay:Ascend 950',
    );
  });
});

describe('a licence requirement completed by the next sentence', () => {
  it('gives a required licence without a named chip to the chips the next sentence names', () => {
    const found = events(
      'Intel told customers it would require a licence for exporting AI chips to China above a bandwidth limit. Intel’s Gaudi chip far exceeds that limit.',
    );
    expect(found).toContain('export_control:Gaudi');
  });
});
