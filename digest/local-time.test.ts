import { isTimeZone, localDate, previousDate, zonedInstant } from './local-time.js';

describe('local time', () => {
  it('finds the send instant in winter and summer time', () => {
    expect(zonedInstant('2025-01-15', 7, 'Europe/Berlin').toISOString()).toBe('2025-01-15T06:00:00.000Z');
    expect(zonedInstant('2025-08-15', 7, 'Europe/Berlin').toISOString()).toBe('2025-08-15T05:00:00.000Z');
    expect(zonedInstant('2025-08-15', 7, 'America/New_York').toISOString()).toBe('2025-08-15T11:00:00.000Z');
    expect(zonedInstant('2025-08-15', 0, 'UTC').toISOString()).toBe('2025-08-15T00:00:00.000Z');
  });

  it('moves an hour skipped by the spring change forward instead of losing it', () => {
    expect(zonedInstant('2025-03-30', 2, 'Europe/Berlin').toISOString()).toBe('2025-03-30T01:00:00.000Z');
  });

  it('tells local dates and zones', () => {
    expect(localDate(new Date('2025-08-14T23:30:00Z'), 'Europe/Berlin')).toBe('2025-08-15');
    expect(localDate(new Date('2025-08-14T23:30:00Z'), 'UTC')).toBe('2025-08-14');
    expect(previousDate('2025-03-01')).toBe('2025-02-28');
    expect(isTimeZone('Europe/Berlin')).toBe(true);
    expect(isTimeZone('Mars/Olympus')).toBe(false);
  });
});
