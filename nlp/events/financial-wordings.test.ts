import { analyze } from '../analyze.js';

const found = (text: string): string[] =>
  analyze({ id: 't', text, published: '2025-08-15' }).events.map((e) => `${e.type}:${e.subject.name}`);

describe('a damage to a company put in figures', () => {
  it('reads "Der Schaden für X liegt bei ..." and "the hit to X comes to ..." as financial events', () => {
    expect(found('Der Schaden für AMD liegt nach eigenen Angaben bei rund 800 Millionen Dollar.')).toEqual([
      'financial:AMD',
    ]);
    expect(
      found('The hit to Nvidia from the halted H20 sales comes to about $4.5 billion this quarter.'),
    ).toContain('financial:Nvidia');
  });

  it('leaves a damage to something else, or one without figures, alone', () => {
    expect(
      found(
        'Der Schaden für die Umwelt liegt bei mehreren Milliarden Euro, sagen Forscher über Rechenzentren.',
      ),
    ).toEqual([]);
    expect(found('The damage to Intel is hard to measure, analysts said on Tuesday.')).toEqual([]);
  });
});
