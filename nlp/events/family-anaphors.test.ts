import { analyze } from '../analyze.js';

const events = (text: string): string[] =>
  analyze({ id: 't', text, published: '2025-06-15' }).events.map((e) => `${e.type}:${e.subject.name}`);

describe('a definite phrase headed by a family name refers to the member just named', () => {
  it('gives the event of "the new TPU" to Ironwood (English)', () => {
    const found = events(
      'Google introduced Ironwood at its cloud conference. The seventh-generation TPU is tuned for inference. It will be released to cloud customers later this year.',
    );
    expect(found).toContain('plan:Ironwood');
    expect(found).not.toContain('plan:TPU');
  });

  it('gives the event of "der neue Ascend" to the member (German)', () => {
    const found = events(
      'Huawei hat auf seiner Hausmesse den Ascend 950PR gezeigt. Der neue Ascend soll im ersten Quartal 2026 ausgeliefert werden.',
    );
    expect(found).toContain('plan:Ascend 950PR');
    expect(found).not.toContain('plan:Ascend');
  });

  it('keeps the family when the phrase points to another member or to the family itself', () => {
    expect(
      events('Google introduced Ironwood this week. The next TPU is to be released in 2027.'),
    ).not.toContain('plan:Ironwood');
    expect(
      events(
        'Google introduced Ironwood this week. The TPU family will be released to more regions in 2026.',
      ),
    ).not.toContain('plan:Ironwood');
  });
});

describe('plural and processor anaphors carry the topic', () => {
  it('reads "Die Chips" and "the processors" as the chip just named', () => {
    expect(
      events(
        'Huawei hat den Ascend 950PR vorgestellt. Die Chips werden im Laufe des Jahres für Cloud-Kunden verfügbar sein.',
      ),
    ).toContain('plan:Ascend 950PR');
    expect(
      events(
        'Nvidia presented the H20 on Thursday. The processors will ship to cloud providers next quarter.',
      ),
    ).toContain('plan:H20');
  });

  it('prefers the member over its family named beside it', () => {
    const found = events(
      'Google hat seinen neuen TPU-Chip Ironwood präsentiert. Die Chips werden im Laufe des Jahres für Cloud-Kunden verfügbar sein.',
    );
    expect(found).toEqual(['plan:Ironwood']);
  });
});

describe('a revised version of a product is that product', () => {
  it('keeps "the revised version of Blackwell" as the subject, not a comparison', () => {
    expect(events('Nvidia has delayed the revised version of Blackwell to January.')).toContain(
      'delay:Blackwell',
    );
    expect(events('Nvidia hat die überarbeitete Version von Blackwell auf Januar verschoben.')).toContain(
      'delay:Blackwell',
    );
  });
});
