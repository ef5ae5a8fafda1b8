import {
  hammingDistance,
  jaccard,
  NEAR_DUPLICATE_THRESHOLD,
  simhash,
  wordShingles,
} from './near-duplicate.js';

const agencyText = `Der Chipkonzern Nvidia darf seine H20-Beschleuniger wieder nach China liefern. Das US-Handelsministerium
habe die nötigen Exportlizenzen erteilt, teilte das Unternehmen am Dienstag in Santa Clara mit. Die Auslieferung
solle in den kommenden Wochen beginnen. Analysten erwarten zusätzliche Umsätze in Milliardenhöhe, warnen aber vor
neuen Auflagen. Der H20 war eigens für den chinesischen Markt entwickelt worden, nachdem Washington den Export
leistungsfähigerer Chips untersagt hatte. Chinesische Cloud-Anbieter hatten zuletzt verstärkt auf heimische
Alternativen wie Huaweis Ascend gesetzt, die jedoch knapp sind.`;

describe('near-duplicate fingerprints', () => {
  it('keeps umlauts and drops punctuation in shingles', () => {
    expect([...wordShingles('Über den Wolken: fünf Modelle!')]).toEqual([
      'über den wolken',
      'den wolken fünf',
      'wolken fünf modelle',
    ]);
  });

  it('finds a syndicated copy with a changed last sentence and an added credit line', () => {
    const copy = `${agencyText.replace('die jedoch knapp sind.', 'die allerdings nur begrenzt verfügbar sind.')}\n(dpa-AFX)`;
    const a = wordShingles(agencyText);
    const b = wordShingles(copy);
    expect(jaccard(a, b)).toBeGreaterThanOrEqual(NEAR_DUPLICATE_THRESHOLD);
    expect(hammingDistance(simhash(a), simhash(b))).toBeLessThanOrEqual(18);
  });

  it('keeps a rewritten report on the same news apart', () => {
    const rewrite = `Nvidia hat von der US-Regierung Lizenzen erhalten, um H20-Chips erneut an Kunden in China zu
verkaufen. Laut Unternehmen beginnen die Lieferungen bald. Branchenbeobachter rechnen mit Milliardenumsätzen.`;
    const a = wordShingles(agencyText);
    const b = wordShingles(rewrite);
    expect(jaccard(a, b)).toBeLessThan(0.2);
    expect(hammingDistance(simhash(a), simhash(b))).toBeGreaterThan(10);
  });

  it('gives equal texts equal hashes and counts differing bits', () => {
    const a = simhash(wordShingles(agencyText));
    expect(a).toMatch(/^[0-9a-f]{16}$/);
    expect(simhash(wordShingles(agencyText))).toBe(a);
    expect(hammingDistance('0000000000000000', 'ffffffffffffffff')).toBe(64);
    expect(hammingDistance('0000000000000001', '0000000100000000')).toBe(2);
  });
});
