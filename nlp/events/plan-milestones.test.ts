/**
 * Plans told by a launch's milestones, in both languages (sentences written for these tests): an in-house
 * chip brought into its maker's data centres, "should be out by", a scheduled launch, on track for
 * production, going into shipping or production, selling from a stated time; and a past modal whose time
 * has gone by, which is a missed target rather than a plan rolled into next year.
 */
import { analyze } from '../analyze.js';
import type { FoundEvent } from '../types.js';

function eventsOf(text: string, published = '2025-06-10'): FoundEvent[] {
  return analyze({ id: 't', text, published }).events;
}

const plansOf = (text: string, subject: RegExp): FoundEvent[] =>
  eventsOf(text).filter((e) => e.type === 'plan' && subject.test(e.subject.name));

describe('plans told by a milestone', () => {
  it.each([
    ['Microsoft aims to bring the Maia 200 into its own data centres in 2026.', /Maia 200/],
    ['Amazon plans to deploy Trainium3 in its data centers next year.', /Trainium3/],
    ['Microsoft will den Maia 200 im Jahr 2026 in seine Rechenzentren bringen.', /Maia 200/],
    ['Musk said Grok 5 should be out by the end of the year.', /Grok 5/],
    ['Moonshot AI has scheduled the launch of Kimi K2.5 for March.', /Kimi K2\.5/],
    ['Nvidia zufolge liegt Rubin im Plan für die Serienfertigung im zweiten Halbjahr 2026.', /Rubin/],
    ['Nvidias Blackwell Ultra soll im dritten Quartal in den Versand gehen.', /Blackwell Ultra/],
    ['AMDs MI450 geht laut Konzernchefin Lisa Su im dritten Quartal in Produktion.', /MI450/],
    ['Huawei wird den Ascend 950 ab dem ersten Quartal 2026 verkaufen.', /Ascend 950/],
    ['Nvidia eyes a 2026 launch for Rubin, according to its roadmap.', /Rubin/],
    ['Google has set its sights on a 2026 launch for Gemini 3.', /Gemini 3/],
    ['Nvidias Zeitplan sieht den Start von Rubin für das zweite Halbjahr 2026 vor.', /Rubin/],
    ['Google nimmt für Gemini 3 einen Start im Dezember ins Visier.', /Gemini 3/],
    ['Meta bereitet Llama 5 für einen Start Anfang 2026 vor.', /Llama 5/],
  ])('%s', (text, subject) => {
    expect(plansOf(text, subject)).toHaveLength(1);
  });
});

it('milestones without a launch are no plans', () => {
  for (const text of [
    'Microsoft brought the Maia 100 into its data centres last year.',
    'Nvidia will den Umsatz mit dem H20 im Jahr 2026 steigern.',
    'Huawei will seine Sparte für Smartphones verkaufen.',
    'The Kimi K2 launch was scheduled by a new team.',
  ])
    expect(eventsOf(text).filter((e) => e.type === 'plan')).toEqual([]);
});

describe('a past modal with its time gone by is a missed target', () => {
  it('gives no plan for next year', () => {
    expect(plansOf('Llama 4 Behemoth sollte im April erscheinen.', /Behemoth/)).toEqual([]);
  });
  it('with a time ahead it stays a plan', () => {
    expect(plansOf('Llama 4 Behemoth sollte im September erscheinen.', /Behemoth/)).toHaveLength(1);
  });
  it('in the same month it stays a plan', () => {
    expect(plansOf('Llama 4 Behemoth sollte im Juni erscheinen.', /Behemoth/)).toHaveLength(1);
  });
});

describe('a year only limited by "erst", "frühestens" or "as early as" dates a plan (own sentences)', () => {
  it.each([
    ['Der Ascend 960 soll sich verzögern und erst 2027 in die Massenproduktion gehen.', /Ascend 960/, '2027'],
    ['Microsoft will den Maia 300 frühestens 2027 in Serie fertigen lassen.', /Maia 300/, '2027'],
    ['AMD expects to ship the MI500 as early as 2027.', /MI500/, '2027'],
  ])('%s', (text, subject, date) => {
    expect(plansOf(text, subject).map((e) => e.date?.value)).toEqual([date]);
  });
});

describe('a launch noun a future governs is a plan, not a launch (own sentences)', () => {
  it.each([
    ['Laut Bloomberg wird die Einführung von Gemini 3 erst im Oktober erfolgen.', /Gemini 3/],
    ['Die Markteinführung des MI450 soll im dritten Quartal erfolgen.', /MI450/],
    ['Die Vorstellung von Kimi K3 wird im Mai stattfinden.', /Kimi K3/],
  ])('%s', (text, subject) => {
    const found = eventsOf(text).filter((e) => subject.test(e.subject.name));
    expect(found.map((e) => e.type)).toContain('plan');
    expect(found.map((e) => e.type)).not.toContain('release');
  });

  it('keeps a new target told as later than originally planned (undated page)', () => {
    const plans = (text: string): string[] =>
      analyze({ id: 't', text })
        .events.filter((e) => e.type === 'plan')
        .map((e) => e.subject.name);
    expect(plans('Gemini 3 will now launch in October – later than originally planned.')).toEqual([
      'Gemini 3',
    ]);
    expect(
      plans('Die Einführung von Kimi K3 wird erst im Oktober erfolgen – später als ursprünglich geplant.'),
    ).toEqual(['Kimi K3']);
  });
});

describe('a delay whose new target is only estimated implies no plan (own sentences)', () => {
  it('reads estimates that suggest a date as a guess', () => {
    const text =
      'Der Start des GB10 hat sich erneut verzögert. Aktuelle Schätzungen legen den Start für spätestens 2026 nahe, wobei die Verzögerung auf Fertigungsfehler zurückgeht.';
    expect(eventsOf(text).map((e) => e.type)).not.toContain('plan');
  });
});

describe('plans told by a date set, a month as attribute, going live or a ramp (own sentences)', () => {
  it.each([
    ['GPT-6 is slated for a March release.', '2026-03'],
    ['GPT-6 is on track for a March launch, Altman said.', '2026-03'],
    ['OpenAI is preparing GPT-6 for a March debut.', '2026-03'],
    ['OpenAI has set a March launch date for GPT-6.', '2026-03'],
    ['GPT-6 is expected to go live in March, OpenAI said.', '2026-03'],
    ['Nvidia expects B300 production to ramp in March.', '2026-03'],
  ])('%s', (text, date) => {
    const plans = eventsOf(text, '2025-12-15').filter((e) => e.type === 'plan');
    expect(plans.map((e) => e.date?.value)).toEqual([date]);
  });

  it.each([
    'Nvidia ramped B300 production in March.',
    'The court has set a March date for the trial over GPT-6.',
    "Samsung expects HBM shipments to ramp in March for AMD's MI350.",
  ])('no plan: %s', (text) => {
    expect(eventsOf(text, '2025-12-15').filter((e) => e.type === 'plan')).toEqual([]);
  });
});
