import { analyze } from '../analyze.js';

/**
 * A restriction told as the state of things is the setting of a story, not a decision (nlp-dev's
 * rule for "will remain off-limits"): "still", "weiterhin", "nach wie vor", "remain" before or inside
 * the cue; and "cannot" negates like "not" (an unsellable chip is not released). Our own sentences;
 * each gives type:subject, sorted.
 */
const events = (text: string): string[] =>
  analyze({ id: 'standing', text, published: '2025-09-10' })
    .events.map((e) => `${e.type}:${e.subject.name}`)
    .sort();

describe('a lasting restriction is no export decision', () => {
  test.each([
    'Nvidia is still not allowed to sell its Blackwell chips to China.',
    'Blackwell processors remain banned from export to China.',
    'The Blackwell chips are still barred from China.',
    'Der Blackwell-Chip darf weiterhin nicht nach China geliefert werden.',
    'Der Blackwell-Chip darf nach wie vor nicht nach China exportiert werden.',
    'Für Blackwell gilt weiterhin ein Exportverbot.',
    'Under current rules, the H100 cannot be shipped to Chinese customers.',
  ])('%s', (text) => {
    expect(events(text)).toEqual([]);
  });
});

describe('a restriction decided is still one', () => {
  test.each([
    [
      'Nvidia is not allowed to sell its Blackwell chips to China, the Commerce Department ruled on Monday.',
      ['export_control:Blackwell'],
    ],
    [
      'Der Blackwell-Chip darf ab sofort nicht mehr nach China geliefert werden.',
      ['export_control:Blackwell'],
    ],
    ['Washington banned exports of the H20 to China in April.', ['export_control:H20']],
    ['The US still went ahead and banned H20 sales to China on Tuesday.', ['export_control:H20']],
  ])('%s', (text, expected) => {
    expect(events(text)).toEqual(expected);
  });
});
