import { stripSiteName } from './extract-title.js';

describe('stripSiteName', () => {
  it.each([
    ['Chips werden knapp | Technikblatt', 'Technikblatt', 'Chips werden knapp'],
    ['Chips werden knapp | TB | 28.04.2023', 'TB.COM', 'Chips werden knapp'],
    ['Technikblatt - Chips werden knapp', 'Technikblatt', 'Chips werden knapp'],
    ['A long headline about model releases - Example Times', null, 'A long headline about model releases'],
    ['Berlin - die Stadt', null, 'Berlin - die Stadt'],
    ['Plain headline', 'Site', 'Plain headline'],
  ])('%j -> %j', (title, site, expected) => {
    expect(stripSiteName(title, site)).toBe(expected);
  });
});
