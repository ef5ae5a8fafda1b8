import { analyze } from '../analyze.js';

/**
 * Round 39's reviews: sentences written by two review helpers (our own wording) on which the round's
 * first rules went wrong: a launch put off to a time, a condition or a market read as dropped ("won't
 * bring Crescent Island to market before 2027"), an uptake read as a launch ("Die Einführung von
 * ChatGPT durch Schulen"), a name given to another product read as the one described, an original plan
 * still on track, Meta's research group read as its assistant. Each must give what it gave before
 * those rules (type:subject, sorted), except where noted.
 */
const events = (text: string): string[] =>
  analyze({ id: 'review-39', text, published: '2025-11-03' })
    .events.map((e) => `${e.type}:${e.subject.name}`)
    .sort();

describe("round 39's rules where the reviews found them wrong", () => {
  test.each([
    [
      'Critics argued that GPT-5 should have launched in April, when interest peaked, rather than in August when it did.',
      [],
    ],
    ['Nvidia pushed its Rubin investor day out by a quarter.', []],
    ['Huawei limited Ascend 910C shipments to its own cloud.', []],
    ["Intel won't bring Crescent Island to market before 2027.", []],
    ["Intel won't bring Crescent Island to market until the second half of 2026.", []],
    ['Intel said it will not be bringing Crescent Island to market this year but next year.', []],
    ["AMD won't bring the MI308 to market without a licence.", []],
    ["Huawei says it won't bring the Ascend 910C to markets outside China.", []],
    ["Meta won't bring Llama 5 to market as an open-weight model but will offer it through its API.", []],
    [
      'A Chinese lab has postponed its flagship AI model. It has been called a rival to GPT-5 by many observers.',
      [],
    ],
    [
      'Nvidia halted production of a chip for China. Reuters first reported the halt. The company also sells a processor known as the GB300 elsewhere. The chip in question is the H20.',
      [],
    ],
    ['The introduction of a new licensing regime by the US Commerce Department affects the B30A.', []],
    ['The original plan to release Gemini 3 in December is still on track, Google said.', ['plan:Gemini 3']],
    ['Meta AI researchers released a new version of Llama on Monday.', ['release:Llama']],
    ['Meta AI delayed Behemoth, its largest model, to the autumn.', ['delay:Llama 4 Behemoth']],
    ['Google bringt Gemini 3 nicht auf den Markt, ohne es vorher gründlich getestet zu haben.', []],
    ['Die Einführung von DeepSeek R2 durch Unternehmen in Europa verläuft schleppend.', []],
    ['Die Einführung von ChatGPT durch Schulen und Universitäten ist umstritten.', []],
    ['Die Einführung des Huawei Ascend 910C durch chinesische Cloud-Anbieter kommt voran.', []],
    ['Die schnelle Einführung von Qwen4 durch Entwickler in Asien überrascht Beobachter.', []],
    ['Microsoft bestellte 100.000 GB300-Chips, erhielt aber nur einen geringen Mengenrabatt.', []],
    ['Meta AI verschiebt die Veröffentlichung von Llama 5 auf den Herbst.', ['delay:Llama 5']],
  ])('%s -> %j', (text, expected) => {
    expect(events(text)).toEqual(expected);
  });

  test('a launch that would have happened under a superseded plan is neither plan nor release', () => {
    expect(events('Under the original plan, Grok 5 would have shipped in October.')).toEqual([]);
  });
});
