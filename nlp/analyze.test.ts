import { analyze } from './analyze.js';
import { defaultKnowledgeBase, extendKnowledgeBase } from './knowledge-base.js';

const events = (text: string, published?: string): string[] =>
  analyze({ id: 't', text, ...(published ? { published } : {}) }).events.map(
    (e) => `${e.type}:${e.subject.id}`,
  );

describe('analyze', () => {
  test('finds a release with its anchored date', () => {
    const a = analyze({
      id: 'a',
      text: 'Alibaba hat am Dienstag Qwen3 veröffentlicht.',
      published: '2025-04-30',
    });
    expect(a.language).toBe('de');
    expect(a.events).toHaveLength(1);
    expect(a.events[0]?.type).toBe('release');
    expect(a.events[0]?.subject.id).toBe('alibaba-qwen3');
    expect(a.events[0]?.date).toEqual({ value: '2025-04-29', precision: 'day' });
    expect(a.events[0]?.reported).toBe('2025-04-30');
  });

  test('questions, denials, negations and hedges are not events', () => {
    expect(events('Will DeepSeek delay R2 again?')).toEqual([]);
    expect(events('DeepSeek denied reports of an R2 delay.')).toEqual([]);
    expect(events('DeepSeek has no plans to delay R2.')).toEqual([]);
    expect(events('Nvidia könnte den H20 bald nicht mehr liefern dürfen, ein Verbot ist möglich.')).toEqual(
      [],
    );
  });

  test('ad blocks produce neither entities nor events', () => {
    const a = analyze({
      id: 'ad',
      text: 'Anzeige\n\nNvidia-Aktie: Kaufen oder verkaufen?! Die Aktie stieg um 5 %. Hier weiterlesen...',
    });
    expect(a.events).toEqual([]);
    expect(a.entities).toEqual([]);
  });

  test('reports the other event types', () => {
    expect(events('The U.S. banned exports of the H20 to China.')).toEqual(['export_control:nvidia-h20']);
    expect(events('Nvidia shares fell 17% on Monday.')).toEqual(['financial:nvidia']);
    expect(events('Baidu will release ERNIE 5.0 in Q1 2026.')).toEqual(['plan:baidu-ernie-5']);
    expect(events('Nvidia halted production of the H20.')).toEqual(['cancellation:nvidia-h20']);
  });

  test('a comparison baseline is not the subject', () => {
    expect(events('Alibaba unveiled Qwen2.5-Max, which it says outperforms DeepSeek-V3.')).toEqual([
      'release:alibaba-qwen2-5-max',
    ]);
  });

  test('discovers unknown model names as candidates', () => {
    const a = analyze({ id: 'c', text: 'Zhipu hat das neue Modell GLM-5-Turbo vorgestellt.' });
    expect(a.entities.find((e) => e.candidate === true)?.name).toBe('GLM-5-Turbo');
  });

  test.each([
    ['Tencent has introduced HY-WorldPlay, an AI model for 3D scenes.', 'HY-WorldPlay'],
    ['The lab released the multimodal model BAGEL under an open licence.', 'BAGEL'],
    [
      'Tencent showed a new system. Called HunyuanWorld-Voyager, it turns one image into a scene.',
      'HunyuanWorld-Voyager',
    ],
  ])('discovers %s', (text, name) => {
    const a = analyze({ id: 'c', text });
    expect(a.entities.filter((e) => e.candidate === true).map((e) => e.name)).toEqual([name]);
  });

  test('a name found by its context is a subject of events: "released the model BAGEL"', () => {
    const a = analyze({ id: 'c', text: 'The lab released the open multimodal model BAGEL on Monday.' });
    expect(a.events.map((e) => `${e.type}:${e.subject.name}`)).toEqual(['release:BAGEL']);
  });

  test('a candidate stored from an earlier article links without context words and stays a candidate', () => {
    const kb = extendKnowledgeBase(defaultKnowledgeBase, [
      {
        id: 'candidate-falcon-9-mini',
        kind: 'model',
        name: 'Falcon-9 Mini',
        developerId: 'mistral-ai',
        family: null,
        mergedIntoId: null,
        aliases: ['Falcon-9 Mini'],
        candidate: true,
      },
      {
        id: 'candidate-claude-opus-9-1',
        kind: 'model',
        name: 'Claude Opus 9.1',
        developerId: 'anthropic',
        family: 'anthropic-claude',
        mergedIntoId: null,
        aliases: ['Claude Opus 9.1'],
        candidate: true,
      },
    ]);
    const a = analyze(
      {
        id: 'l',
        text: 'Falcon-9 Mini schlägt in einem neuen Vergleich ältere Systeme deutlich, auch Claude Opus 9.1.',
      },
      kb,
    );
    expect(a.entities).toMatchObject([
      { id: 'candidate-falcon-9-mini', candidate: true, developer: 'mistral-ai', mentions: 1 },
      {
        id: 'candidate-claude-opus-9-1',
        candidate: true,
        developer: 'anthropic',
        family: 'anthropic-claude',
      },
    ]);
    expect(a.entities).toHaveLength(2);
  });
});

describe('event confidence', () => {
  it('is given to two places, so that 0.7 + 0.1 prints and compares as 0.8', () => {
    const { events } = analyze({
      id: 'rounding',
      text: 'Die AMD-Aktie verlor am Dienstag 2,5 Prozent, nachdem neue Exportregeln bekannt wurden.',
      published: '2025-04-16',
    });
    expect(events.length).toBeGreaterThan(0);
    for (const event of events) expect(event.confidence).toBe(Number(event.confidence.toFixed(2)));
    expect(events.map((e) => e.confidence)).toContain(0.8);
  });
});
