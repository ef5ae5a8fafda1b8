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
