import { cleanAuthorNames } from './clean-author-names.js';

describe('cleanAuthorNames', () => {
  it.each([
    [['Von Anna Muster'], ['Anna Muster']],
    [['By Jane Doe'], ['Jane Doe']],
    [['Von Anna Muster und Max Beispiel'], ['Anna Muster', 'Max Beispiel']],
    [['By Jane Doe, Omar Sample and Li Wei'], ['Jane Doe', 'Omar Sample', 'Li Wei']],
    [['Jane Doe, Senior Technology Correspondent'], ['Jane Doe']],
    [['Anna Muster, Redakteurin'], ['Anna Muster']],
    [['Von Anna Muster, 12.03.2024, 10:15 Uhr'], ['Anna Muster']],
    [['Ein Kommentar von Max Beispiel'], ['Max Beispiel']],
    [['Anna Muster (dpa)'], ['Anna Muster']],
    [['jane@example.com Jane Doe'], ['Jane Doe']],
    [['https://example.com/autor/anna-muster'], []],
    [['Anna Muster', 'anna muster', 'ANNA MUSTER'], ['Anna Muster']],
    [['dpa'], ['dpa']],
    [['wirtschaft von Clara Beispiel 05. November 2024 15:36 Uhr'], ['Clara Beispiel']],
    [['By Jane Doe 13 May 2024'], ['Jane Doe']],
    [['Von Anna Muster 3. Jänner 2025'], ['Anna Muster']],
    [['Von Anna Mayer'], ['Anna Mayer']],
    [['Ursula von der Leyen'], ['Ursula von der Leyen']],
    [['Anna von Bodman'], ['Anna von Bodman']],
    [['', '   ', ','], []],
  ])('%j -> %j', (raw, expected) => {
    expect(cleanAuthorNames(raw)).toEqual(expected);
  });
});
