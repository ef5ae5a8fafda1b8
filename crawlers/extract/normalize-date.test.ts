import { normalizeDate } from './normalize-date.js';

describe('normalizeDate', () => {
  it.each([
    ['2024-04-19T13:37:00+02:00', '2024-04-19T13:37:00+02:00'],
    ['2024-04-19 13:37:00+0200', '2024-04-19T13:37:00+02:00'],
    ['2024-04-19T11:37:00.123Z', '2024-04-19T11:37:00.123Z'],
    ['2024-04-19', '2024-04-19'],
    ['19.04.2024, 13:37 Uhr', '2024-04-19T13:37:00'],
    ['Stand: 19.04.2024 13.37 Uhr', '2024-04-19T13:37:00'],
    ['19. April 2024', '2024-04-19'],
    ['3. März 2025', '2025-03-03'],
    ['19 April 2024', '2024-04-19'],
    ['April 19, 2024 1:37 PM', '2024-04-19T13:37:00'],
    ['Published Apr. 2nd, 2024', '2024-04-02'],
    ['Fri, 19 Apr 2024 11:37:00 GMT', '2024-04-19'],
    ['20240419', '2024-04-19'],
  ])('%j -> %j', (input, expected) => {
    const got = normalizeDate(input);
    expect(got?.startsWith(expected)).toBe(true);
  });

  it.each(['', 'vor 2 Stunden', 'gestern', '31.02.2024', '2024-13-01', '1850-01-01'])(
    'rejects %j',
    (input) => {
      expect(normalizeDate(input)).toBeNull();
    },
  );
});
