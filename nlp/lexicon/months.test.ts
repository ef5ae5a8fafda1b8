import { MONTH_ABBREVIATIONS, MONTH_NAME_PATTERN, monthNumber } from './months.js';

describe('monthNumber', () => {
  it.each([
    ['Januar', 1],
    ['Jänner', 1],
    ['Jän.', 1],
    ['january', 1],
    ['März', 3],
    ['MÄRZ', 3],
    ['Maerz', 3],
    ['Mär.', 3],
    ['Mar', 3],
    ['Mai', 5],
    ['May', 5],
    ['Sept.', 9],
    ['sep', 9],
    ['Okt.', 10],
    ['October', 10],
    ['Dez', 12],
    ['Dec.', 12],
  ])('reads %s as month %i', (word, month) => {
    expect(monthNumber(word)).toBe(month);
  });

  it.each(['Septem', 'Marx', 'Mayer', 'Decker', 'Jan..', ''])('does not read %j as a month', (word) => {
    expect(monthNumber(word)).toBeUndefined();
  });
});

describe('MONTH_NAME_PATTERN', () => {
  const capitalised = new RegExp(`^(?:${MONTH_NAME_PATTERN})$`, 'u');
  const anyCase = new RegExp(`^(?:${MONTH_NAME_PATTERN})$`, 'iu');

  it('matches only capitalised names without the i flag, so the modal "may" is no month', () => {
    expect(capitalised.test('May')).toBe(true);
    expect(capitalised.test('may')).toBe(false);
    expect(anyCase.test('may')).toBe(true);
  });

  it('tries longer names first, so "März" is not cut to "Mär" before a word boundary', () => {
    expect(new RegExp(`im (${MONTH_NAME_PATTERN})\\b`, 'u').exec('im März 2025')?.[1]).toBe('März');
    expect(new RegExp(`(${MONTH_NAME_PATTERN})`, 'u').exec('Anfang Jänner')?.[1]).toBe('Jänner');
  });

  it('names every month the reader knows', () => {
    const names = MONTH_NAME_PATTERN.split('|');
    for (const name of names) expect(monthNumber(name)).toBeGreaterThan(0);
    expect(new Set(names.map((n) => monthNumber(n))).size).toBe(12);
  });
});

describe('MONTH_ABBREVIATIONS', () => {
  it('lists the abbreviations in lower case without period, not the full names', () => {
    expect(MONTH_ABBREVIATIONS).toEqual(expect.arrayContaining(['jan', 'jän', 'mär', 'sept', 'dec']));
    expect(MONTH_ABBREVIATIONS).not.toContain('mai');
  });
});
