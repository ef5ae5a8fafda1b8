import { readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { analyze } from '../analyze.js';

/**
 * Round 38's reviews: sentences written by two review helpers (our own wording) on which the round's
 * first rules found an event of the wrong kind or lost a right one ("Die Verhandlungen ... über Lizenzen
 * für den H20 ziehen sich bis in den Herbst hin", "At the conference, Huawei said the Ascend 950 had been
 * pushed back to 2026", "Payments for H20 chips are 90 days overdue"). Each must give the event types it
 * gave before those rules: [published, text, types].
 */
const cases = JSON.parse(
  readFileSync(
    path.join(path.dirname(fileURLToPath(import.meta.url)), '../__fixtures__/review-38.json'),
    'utf8',
  ),
) as [string, string, string[]][];

describe("round 38's rules where the reviews found them wrong", () => {
  test.each(cases)('%s: %s -> %j', (published, text, types) => {
    const found = [
      ...new Set(analyze({ id: 'review-38', text, published }).events.map((e) => e.type)),
    ].sort();
    expect(found).toEqual(types);
  });
});

describe("the subject check of round 38's delay cues leaves the older cues alone", () => {
  test.each([
    'Wegen der hohen Nachfrage sind Lieferungen des H200 an chinesische Kunden bislang ausgeblieben.',
    "After a design review at TSMC, Nvidia's Rubin is running late.",
  ])('%s', (text) => {
    const types = analyze({ id: 'review-38', text, published: '2025-06-15' }).events.map((e) => e.type);
    expect(types).toContain('delay');
  });
});
