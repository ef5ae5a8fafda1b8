import { analyze } from '../analyze.js';

const switches = (text: string): [string, string[]][] =>
  analyze({ id: 't', text })
    .events.filter((e) => e.type === 'hardware_switch')
    .map((e) => [
      e.subject.id,
      e.related.filter((r) => r.role === 'from' || r.role === 'to').map((r) => `${r.role}:${r.id}`),
    ]);

describe('hardware switches told as a before/now contrast', () => {
  test('source in one sentence, generic target in the next (German)', () => {
    const found = switches(
      'Bislang lief die Inferenz von Kimi auf Nvidia-GPUs. Inzwischen nutzt Moonshot AI dafür eigene Chips.',
    );
    expect(found).toEqual([['moonshot-kimi', ['from:nvidia']]]);
  });

  test('the present sentence may come first (English)', () => {
    const found = switches(
      "OpenAI has started renting Google's AI chips to run ChatGPT. Until now, OpenAI has relied on Nvidia's GPUs.",
    );
    expect(found.map(([id]) => id)).toEqual(['openai-chatgpt']);
  });

  test('an unknown model named in the sentence is the subject, not its developer', () => {
    const found = switches(
      'Zhipu AI trainiert das neue Modell GLM-7 auf Ascend-Chips statt auf Nvidia-Hardware.',
    );
    expect(found.map(([id]) => id)).toEqual(['candidate-glm-7']);
  });

  test('evaluating, planning or a plain training setup is no switch', () => {
    expect(
      switches('Until now, Baidu trained ERNIE on Nvidia chips. It is now evaluating Ascend chips.'),
    ).toEqual([]);
    expect(switches('Bislang lief Qwen3 auf H800-GPUs. Alibaba meldete einen Umsatzsprung.')).toEqual([]);
    expect(switches('Qwen3 was trained on 2,048 H800 GPUs.')).toEqual([]);
  });
});
