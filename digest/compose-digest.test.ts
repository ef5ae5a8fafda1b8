import { digestInput } from './__fixtures__/digest-input.js';
import { composeDigest } from './compose-digest.js';

const links = {
  entity: (id: string) => `https://watch.example/entities/${id}`,
  unsubscribe: 'https://watch.example/v1/unsubscribe?token=1.abc',
};

describe('composeDigest', () => {
  it('writes a German digest whose subject names the R2 delay, with dates and numbers in German', async () => {
    const { message } = await composeDigest(digestInput({ language: 'de' }), links);
    expect(message?.subject).toBe('DeepSeek verschiebt R2; Exportkontrolle für Nvidia H20 (+1 weitere)');
    const text = message?.text ?? '';
    expect(text).toContain('geplant (Mai 2025) → verschoben (kein Datum genannt)');
    expect(text).toContain('Exportkontrolle betreffend H20 (12. August 2025)');
    expect(text).toContain('2 Quellen');
    expect(text).toContain('Example Wire (en): https://wire.example/en/r2-delayed');
    expect(text).toContain('Grund: training on other chips failed');
    expect(text).toContain('Zeta-9 (Modell)');
    expect(text.indexOf('Release-Tracker')).toBeLessThan(text.indexOf('Ereignisse nach Thema'));
    expect(text).toContain(`Abbestellen: ${links.unsubscribe}`);
  });

  it('writes English wording and dates', async () => {
    const { message } = await composeDigest(digestInput({ language: 'en' }), links);
    expect(message?.subject).toBe('DeepSeek delays R2; Export controls on Nvidia H20 (+1 more)');
    expect(message?.text).toContain('planned (May 2025) → delayed (no date given)');
    expect(message?.text).toContain('Export control concerning H20 (12 August 2025)');
  });

  it('escapes article text in the HTML part and lays it out in tables with inline styles', async () => {
    const { message } = await composeDigest(digestInput({ language: 'en' }), links);
    const html = message?.html ?? '';
    expect(html).toContain('pushed back R2 &lt;for now&gt; &amp; says &quot;soon&quot;.');
    expect(html).not.toContain('<for now>');
    expect(html).toMatch(/<table[^>]*role="presentation"/);
    expect(html).toContain('style="font-weight:bold"');
    expect(html).toContain('href="https://watch.example/entities/deepseek-r2"');
    expect(message?.headers).toEqual({
      'List-Unsubscribe': `<${links.unsubscribe}>`,
      'List-Unsubscribe-Post': 'List-Unsubscribe=One-Click',
    });
  });

  it('lists watch-item hits (saved searches) in their own last section, escaped', async () => {
    const input = {
      ...digestInput({ language: 'en' }),
      watchItemHits: [
        {
          name: 'R2 <Verzögerung>',
          hits: [
            {
              title: 'Zeitplan für R2 wackelt',
              url: 'https://news.example/tech/r2-spaeter.html',
              outlet: 'Beispiel-News',
              language: 'de',
              publishedAt: new Date('2025-08-14T08:15:00Z'),
              snippet: 'DeepSeek schiebt <R2> auf',
            },
          ],
        },
      ],
    };
    const { message } = await composeDigest(input, links);
    const text = message?.text ?? '';
    expect(text.indexOf('Saved searches')).toBeGreaterThan(text.indexOf('New models and chips found'));
    expect(text).toContain('R2 <Verzögerung>');
    expect(message?.html).toContain('R2 &lt;Verzögerung&gt;');
    expect(message?.html).toContain('DeepSeek schiebt &lt;R2&gt; auf');
    expect(message?.html).not.toContain('<R2>');
  });

  it('sends nothing on a quiet day unless the subscriber asked for it', async () => {
    const quiet = digestInput({ events: [], watch: { candidates: false } });
    expect((await composeDigest(quiet, links)).message).toBeNull();
    const asked = { ...quiet, subscriber: { ...quiet.subscriber, quietDays: true } };
    const { message } = await composeDigest(asked, links);
    expect(message?.subject).toBe('modelwatch: ein ruhiger Tag');
  });
});
