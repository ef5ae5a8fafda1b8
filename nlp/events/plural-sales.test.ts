import { analyze } from '../analyze.js';

const found = (text: string): string[] =>
  analyze({ id: 't', text, published: '2026-01-20' }).events.map((e) => `${e.type}:${e.subject.name}`);

describe('sales in the German plural ("Verkäufe", with the umlaut)', () => {
  it('reads a state approving sales of a chip as an export decision, with or without a destination', () => {
    expect(
      found(
        'Das Handelsministerium hat am Montag Verkäufe des MI308 genehmigt, wie die Behörde in Washington mitteilte.',
      ),
    ).toEqual(['export_control:MI308']);
    expect(
      found(
        'Im Dezember hatte Trump erklärt, er werde H200-Verkäufe gegen eine Gebühr von 25 Prozent genehmigen.',
      ),
    ).toEqual(['export_control:H200']);
  });
});

describe('"folgt auf" (comes after something)', () => {
  it('is no succession of a product', () => {
    expect(
      found('Die neue Prüfung folgt auf eine Ankündigung im Dezember, die den Blackwell-Chip nicht betraf.'),
    ).not.toContain('plan:Blackwell');
    expect(found('Der Ascend 960 folgt im vierten Quartal 2026, teilte Huawei mit.')).toContain(
      'plan:Ascend 960',
    );
  });
});
