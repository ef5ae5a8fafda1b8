import { combinedConfidence, datesCompatible, moreSpecificDate } from './event-clustering.js';

const d = (value: string, precision: 'day' | 'month' | 'quarter' | 'year') => ({ value, precision });

describe('datesCompatible', () => {
  it('lets a missing or unknown date match anything', () => {
    expect(datesCompatible(null, d('2025-05', 'month'))).toBe(true);
    expect(datesCompatible({ value: '', precision: 'unknown' }, d('2025-05-02', 'day'))).toBe(true);
  });
  it('matches a coarser date with a finer one inside it', () => {
    expect(datesCompatible(d('2025-05', 'month'), d('2025-05-12', 'day'))).toBe(true);
    expect(datesCompatible(d('2025-Q2', 'quarter'), d('2025-05', 'month'))).toBe(true);
    expect(datesCompatible(d('2025', 'year'), d('2025-Q3', 'quarter'))).toBe(true);
  });
  it('keeps different days, months, quarters and years apart', () => {
    expect(datesCompatible(d('2025-05-12', 'day'), d('2025-05-13', 'day'))).toBe(false);
    expect(datesCompatible(d('2025-05', 'month'), d('2025-06', 'month'))).toBe(false);
    expect(datesCompatible(d('2025-Q1', 'quarter'), d('2025-05', 'month'))).toBe(false);
    expect(datesCompatible(d('2024', 'year'), d('2025-05', 'month'))).toBe(false);
  });
});

describe('moreSpecificDate', () => {
  it('prefers the finer of two dates and a date over none', () => {
    expect(moreSpecificDate(d('2025-05', 'month'), d('2025-05-12', 'day'))).toEqual(d('2025-05-12', 'day'));
    expect(moreSpecificDate(d('2025-05-12', 'day'), d('2025-05', 'month'))).toEqual(d('2025-05-12', 'day'));
    expect(moreSpecificDate(null, d('2025', 'year'))).toEqual(d('2025', 'year'));
  });
});

describe('combinedConfidence', () => {
  it('grows with each independent source and stays below 1', () => {
    const one = combinedConfidence([0.6]);
    const two = combinedConfidence([0.6, 0.6]);
    const many = combinedConfidence(Array.from({ length: 20 }, () => 0.9));
    expect(one).toBeCloseTo(0.6);
    expect(two).toBeCloseTo(0.84);
    expect(many).toBeLessThan(1);
    expect(many).toBeGreaterThan(two);
  });
});
