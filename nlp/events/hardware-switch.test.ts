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
  ])('no switch: %s', (text) => {
    expect(events(text).filter((e) => e.startsWith('hardware_switch'))).toEqual([]);
  });
});
