import { analyze } from './analyze.js';
import { findDateExpressions, resolveDate } from './dates.js';

const eventsOf = (text: string, published?: string) =>
  analyze({ id: 't', text, ...(published ? { published } : {}) }).events.map((e) => ({
    type: e.type,
    subject: e.subject.id,
    date: e.date?.value ?? null,
  }));

describe('round-2 rule families', () => {
  test('a switch from a named platform to generically named chips is a hardware switch', () => {
    expect(
      eventsOf('Baidu trainiert ERNIE 5.0 inzwischen auf eigenen Kunlun-Chips statt auf Nvidia-GPUs.'),
    ).toContainEqual({ type: 'hardware_switch', subject: 'baidu-ernie-5', date: null });
    expect(eventsOf('DeepSeek-V3 läuft auf H800-GPUs von Nvidia.')).toEqual([]);
  });

  test('German plans with long frames and vague times, English "will begin shipping"', () => {
    expect(eventsOf('Der B30A soll laut dem Unternehmen im Herbst ausgeliefert werden.')).toContainEqual({
      type: 'plan',
      subject: 'nvidia-b30a',
      date: null,
    });
    expect(eventsOf('Nvidia will begin shipping the B30A in the third quarter.')).toContainEqual({
      type: 'plan',
      subject: 'nvidia-b30a',
      date: null,
    });
  });

  test('the date of a release may stand in the following sentence', () => {
    expect(
      eventsOf(
        'Zhipu AI hat GLM-4.5 veröffentlicht. Das Modell ist seit dem 3. März über Hugging Face verfügbar.',
        '2025-03-10',
      ),
    ).toEqual([{ type: 'release', subject: 'zhipu-glm-4-5', date: '2025-03-03' }]);
  });

  test('buyer-side orders are export controls when the chip is named, glued tickers still link', () => {
    expect(
      eventsOf('Peking hat Technologiekonzerne angewiesen, keine RTX Pro 6000D mehr zu kaufen.'),
    ).toContainEqual({ type: 'export_control', subject: 'nvidia-rtx-pro-6000d', date: null });
    expect(eventsOf('Die Aktie von NvidiaNVDA-2,1% fiel am Montag deutlich.', '2025-04-16')).toEqual([
      { type: 'financial', subject: 'nvidia', date: '2025-04-14' },
    ]);
  });
});

describe('event extraction rule families', () => {
  test('a restriction without a named chip is completed by the next sentence of the paragraph', () => {
    const events = eventsOf(
      'Das US-Handelsministerium hat am Mittwoch neue Exportbeschränkungen verhängt. Betroffen ist vor allem der MI308 von AMD.',
      '2025-04-17',
    );
    expect(events).toContainEqual({ type: 'export_control', subject: 'amd-mi308', date: '2025-04-16' });
  });

  test('a background noun phrase does not pass a restriction on to the next sentence', () => {
    const events = eventsOf(
      'Diese Entscheidung ist eine Reaktion auf die jüngsten US-Exportbeschränkungen. Der MI308 gilt als leistungsfähig.',
    );
    expect(events.filter((e) => e.type === 'export_control')).toEqual([]);
  });

  test('a lifted ban is one event, a ban with its own imposition and its lifting are two', () => {
    const lifted = eventsOf(
      'Die USA hatten das Verkaufsverbot für H20-Chips von Nvidia kürzlich aufgehoben.',
    );
    expect(lifted.filter((e) => e.type === 'export_control')).toHaveLength(1);
    const both = eventsOf(
      'Damit hebt Washington das im April verhängte Verkaufsverbot für Nvidias H20-Chips auf.',
    );
    expect(both.filter((e) => e.type === 'export_control')).toHaveLength(2);
  });

  test('a share-price sentence without a company takes the company of the previous sentence', () => {
    const events = eventsOf(
      'Alibaba hat ein neues Reasoning-Modell vorgestellt. Die Aktien stiegen am Mittwoch um 8,6 Prozent, nachdem DeepSeek Zahlen genannt hatte.',
    );
    expect(events).toContainEqual(expect.objectContaining({ type: 'financial', subject: 'alibaba' }));
    expect(events.filter((e) => e.type === 'financial' && e.subject === 'deepseek')).toEqual([]);
  });

  test('a nominal release that is the argument of a delay is not a release', () => {
    const events = eventsOf('Die Veröffentlichung von GPT-5 verzögert sich erneut.');
    expect(events).toEqual([{ type: 'delay', subject: 'openai-gpt-5', date: null }]);
  });

  test('"release date" chatter and "soon-to-be-released" are not releases', () => {
    expect(eventsOf('The chatter around the DeepSeek R2 release date has been intense lately.')).toEqual([]);
    expect(eventsOf('Meta also teased the soon-to-be-released Llama 4 Behemoth.')).toEqual([]);
  });

  test('"no plans to delay" and "no indication of a rollout" are negated', () => {
    expect(eventsOf('OpenAI hat keine Pläne, GPT-5 zu verschieben, sagte ein Sprecher.')).toEqual([]);
    expect(eventsOf('As of today Grok 3 shows no indication of an imminent rollout.')).toEqual([]);
  });

  test('"respectively" gives each coordinated subject its own date', () => {
    const events = eventsOf(
      'GLM-4.5 and GLM-4.6 are open-weight models by Zhipu AI. Released in July and September 2025 respectively, the two models target agents.',
    );
    expect(events).toContainEqual({ type: 'release', subject: 'zhipu-glm-4-5', date: '2025-07' });
    expect(events).toContainEqual({ type: 'release', subject: 'zhipu-glm-4-6', date: '2025-09' });
  });

  test('a modal before a causal phrase does not hedge the cause; a reported "could resume" is permission', () => {
    const amd = eventsOf(
      'AMD said it may incur charges of up to $800 million due to new export licensing requirements for its MI308 chips.',
    );
    expect(amd).toContainEqual(expect.objectContaining({ type: 'export_control', subject: 'amd-mi308' }));
    const resume = eventsOf(
      'Nvidia said this month that it could resume its H20 chip sales in China.',
      '2025-07-31',
    );
    expect(resume).toContainEqual({ type: 'export_control', subject: 'nvidia-h20', date: '2025-07' });
    expect(eventsOf('Analysts think Nvidia could resume H20 sales in China.')).toEqual([]);
  });

  test('German separable release verbs are releases', () => {
    expect(eventsOf('Am 7. August 2025 gab OpenAI offiziell GPT-5 heraus.')).toContainEqual({
      type: 'release',
      subject: 'openai-gpt-5',
      date: '2025-08-07',
    });
    expect(eventsOf('Im Jahr 2025 brachte Huawei den Ascend 910C auf den Markt.')).toContainEqual(
      expect.objectContaining({ type: 'release', subject: 'huawei-ascend-910c' }),
    );
  });

  test('a delay that names a new target keeps the plan', () => {
    const events = eventsOf(
      'Nvidia plant, die Markteinführung des H20-Chips auf das erste Quartal des nächsten Jahres zu verschieben.',
    );
    expect(events.map((e) => e.type).sort()).toEqual(['delay', 'plan']);
  });

  test('an ad label keeps a long news paragraph after it but drops a teaser', () => {
    const news =
      'Anzeige\n\nOpenAI hat mit GPT-5 ein neues KI-Modell vorgestellt, das laut dem Unternehmen eine deutliche Weiterentwicklung gegenüber den Vorgängern darstellt und mehrere Modelllinien in einem System vereint. Es soll von den Fortschritten der Reasoning-Modelle profitieren.';
    expect(eventsOf(news)).toContainEqual(
      expect.objectContaining({ type: 'release', subject: 'openai-gpt-5' }),
    );
    const teaser = 'Anzeige\n\nOpenAI stellt GPT-5 vor: Sollten Anleger jetzt handeln?';
    expect(eventsOf(teaser)).toEqual([]);
  });
});

describe('date spans', () => {
  test('a span inside one month is that month', () => {
    const [span] = findDateExpressions('zwischen dem 15. und 30. August 2025 vor');
    expect(span && resolveDate(span, { published: null, contextYear: null, future: true })).toEqual({
      value: '2025-08',
      precision: 'month',
    });
  });
});

describe('round-4: coreference and background', () => {
  test('a definite event noun without its own subject is the event already reported', () => {
    const en = eventsOf(
      'Zhipu AI has postponed GLM-4.5 until the autumn because of a shortage of accelerators. The H800 remains hard to buy in China. The delay gives Moonshot AI more time to win customers.',
    );
    expect(en.filter((e) => e.type === 'delay').map((e) => e.subject)).toEqual(['zhipu-glm-4-5']);
    const de = eventsOf(
      'Baidu verschiebt ERNIE 5.0 auf das kommende Jahr. Der Kunlun-Chip gilt als solide. Die Verzögerung kommt für Anleger überraschend.',
    );
    expect(de.filter((e) => e.type === 'delay').map((e) => e.subject)).toEqual(['baidu-ernie-5']);
  });

  test('a definite event noun with no earlier event of its type makes none', () => {
    expect(
      eventsOf('The MI308 is selling well in China. The delay comes at a bad moment for AMD, analysts said.'),
    ).toEqual([]);
  });

  test('a past success told as background is no release, nor is a release cadence or schedule', () => {
    expect(
      eventsOf(
        'Zhipu AI has struggled since the success of Kimi K2 and now promises a quicker release cadence.',
        '2025-09-01',
      ),
    ).toEqual([]);
    expect(
      eventsOf('Nach dem Erfolg von Qwen3 hat Alibaba seinen Veröffentlichungsrhythmus deutlich erhöht.'),
    ).toEqual([]);
  });

  test('a licence sentence without a chip takes the chip of the licence context, not one named in passing', () => {
    const events = eventsOf(
      "AMD has been granted export licences for the MI308 to China. Analysts had warned that the ban would help rivals such as Huawei's Ascend 910C. AMD said the licences had been approved after months of talks.",
    );
    expect(events.filter((e) => e.type === 'export_control').map((e) => e.subject)).toEqual(['amd-mi308']);
    expect(
      eventsOf(
        'Buyers are turning to alternatives such as the Ascend 910B. The company said it had been assured that licences would be granted.',
      ),
    ).toEqual([]);
  });
});

describe('round-4: one subject rule for hardware switches', () => {
  const switches = (text: string) =>
    analyze({ id: 't', text })
      .events.filter((e) => e.type === 'hardware_switch')
      .map((e) => ({ subject: e.subject.id, to: e.related.find((r) => r.role === 'to')?.id }));

  test('the company moving "training" in a text about its named model is that model, in both languages', () => {
    const en = switches(
      "Zhipu AI has delayed GLM-4.6 by several weeks. Engineers struggled to train GLM-4.6 on Ascend 910B clusters. Zhipu AI has now moved training to Nvidia's H800 instead.",
    );
    const de = switches(
      'Zhipu AI verschiebt GLM-4.6 um einige Wochen. Das Training von GLM-4.6 auf Ascend-910B-Clustern lief nicht stabil. Inzwischen trainiert Zhipu AI GLM-4.6 wieder auf Nvidias H800.',
    );
    expect(en).toContainEqual({ subject: 'zhipu-glm-4-6', to: 'nvidia-h800' });
    expect(de).toContainEqual({ subject: 'zhipu-glm-4-6', to: 'nvidia-h800' });
  });

  test('without a topic model, or for an unnamed next model, the company stays the subject', () => {
    expect(switches("Tencent has moved training to Huawei's Ascend 910B chips.")).toEqual([
      { subject: 'tencent', to: 'huawei-ascend-910b' },
    ]);
    expect(
      switches(
        'Baidu released ERNIE 4.5 in March. ERNIE 4.5 runs on Kunlun chips. Baidu has moved training of its next model to Nvidia H20 GPUs.',
      ),
    ).toEqual([{ subject: 'baidu', to: 'nvidia-h20' }]);
  });

  test('the vendor named with its chip ("Nvidia\'s H20") is not the target platform', () => {
    expect(switches("Tencent shifted inference onto Nvidia's H20 accelerators.")).toEqual([
      { subject: 'tencent', to: 'nvidia-h20' },
    ]);
  });
});

describe('round-4: share moves with amounts in words', () => {
  test('"um sechs Prozent", "eight percent", "zwei Milliarden" are financial figures', () => {
    expect(eventsOf('Die Aktie von Alibaba lag zuletzt um sechs Prozent im Minus.')).toEqual([
      { type: 'financial', subject: 'alibaba', date: null },
    ]);
    expect(eventsOf("Tencent's stock closed eight percent higher.")).toEqual([
      { type: 'financial', subject: 'tencent', date: null },
    ]);
    expect(eventsOf('Baidu meldete einen Quartalsumsatz von zwei Milliarden Euro.')).toEqual([
      { type: 'financial', subject: 'baidu', date: null },
    ]);
    expect(eventsOf('Die Aktie von Nvidia ist bei Privatanlegern seit Jahren beliebt.')).toEqual([]);
  });
});

describe('round-4: releases of unknown variants of a known family', () => {
  // versions the knowledge base does not know (Claude Opus 4.1 and Gemini 3 are curated entries now)
  test('"Claude Opus 5.1", "Gemini 4" get their own candidate subject, not the family', () => {
    expect(eventsOf('Anthropic hat am Dienstag Claude Opus 5.1 vorgestellt.', '2025-08-07')).toEqual([
      { type: 'release', subject: 'candidate-claude-opus-5-1', date: '2025-08-05' },
    ]);
    expect(eventsOf('Google released Gemini 4 to developers.')).toEqual([
      { type: 'release', subject: 'candidate-gemini-4', date: null },
    ]);
    // a known variant stays itself; a bare family name stays the family
    expect(eventsOf('Google hat Gemini 2.5 Pro veröffentlicht.')).toEqual([
      { type: 'release', subject: 'google-gemini-2-5-pro', date: null },
    ]);
    expect(eventsOf('Anthropic released Claude for Chrome.')).toEqual([
      { type: 'release', subject: 'anthropic-claude', date: null },
    ]);
  });
});
