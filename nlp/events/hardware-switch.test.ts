import { analyze } from '../analyze.js';

const events = (text: string): string[] =>
  analyze({ id: 't', text, published: '2026-01-10' }).events.map((e) => `${e.type} ${e.subject.name}`);

describe('choosing to rely on one maker’s chips over another’s is a switch (own sentences)', () => {
  it.each([
    [
      'Moonshot has chosen to rely on Huawei’s Ascend chips over Nvidia’s for Kimi K3.',
      'hardware_switch Kimi K3',
    ],
    ['For Kimi K3, Moonshot chose Google’s TPUs over Nvidia’s GPUs.', 'hardware_switch Kimi K3'],
  ])('%s', (text, event) => {
    expect(events(text)).toContain(event);
  });
});

describe('the usual maker’s chips done without, told after the training, is a switch (own sentences)', () => {
  it.each([
    ['Zhipu trained GLM-5 entirely on Huawei Ascend chips, without any Nvidia hardware.', 'GLM-5'],
    ['GLM-5 was trained on Ascend processors without using a single Nvidia GPU.', 'GLM-5'],
    ['Moonshot shunned Nvidia’s GPUs and trained Kimi K3 on Google TPUs.', 'Kimi K3'],
    ['Moonshot bypassed Nvidia and trained Kimi K3 on Google TPUs.', 'Kimi K3'],
    ['Moonshot hat Kimi K3 auf Googles TPUs trainiert und dabei auf Nvidia-GPUs verzichtet.', 'Kimi K3'],
  ])('%s', (text, subject) => {
    expect(events(text)).toContain(`hardware_switch ${subject}`);
  });

  it.each([
    'Without Nvidia GPUs, DeepSeek could not have trained DeepSeek-R1.',
    'DeepSeek trained DeepSeek-R1 on Nvidia H800 chips, without any export licence.',
    'Investors shunned Nvidia shares on Tuesday after the GLM-5 release.',
    // written for the round's review: a purpose, a present-tense description, an intention, a non-incumbent
    "Huawei's new Ascend 950 is designed to let Chinese labs train GLM-5 without foreign accelerators.",
    "Alibaba's new inference chip, which bypasses Nvidia entirely, is being tested for Qwen3 inference.",
    'Reports say DeepSeek would eschew Nvidia for DeepSeek-R2 inference.',
    "Meta has shunned AMD's MI350 so far and continues to train Llama 4 on Nvidia H100 clusters.",
  ])('no switch: %s', (text) => {
    expect(events(text).filter((e) => e.startsWith('hardware_switch'))).toEqual([]);
  });
});
