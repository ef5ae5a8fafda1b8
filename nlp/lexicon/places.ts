/**
 * Countries, regions and cities that stand before product words in news ("the Taiwan chip
 * contractor", "Shenzhen-based") without naming a product; one word each, lower case.
 */
export const PLACES: readonly string[] = [
  'china',
  'taiwan',
  'japan',
  'korea',
  'india',
  'europe',
  'america',
  'germany',
  'france',
  'britain',
  'canada',
  'israel',
  'singapore',
  'vietnam',
  'malaysia',
  'russia',
  'beijing',
  'shanghai',
  'shenzhen',
  'hangzhou',
  'washington',
  'california',
  'texas',
];
