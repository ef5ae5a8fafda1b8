import { dueSources } from './due-sources.js';
import { singleFlight } from './single-flight.js';

describe('singleFlight', () => {
  it('refuses a second run while the first is in progress, then allows the next', async () => {
    let release: () => void = () => undefined;
    let calls = 0;
    const job = singleFlight(async () => {
      calls += 1;
      await new Promise<void>((resolve) => (release = resolve));
      return calls;
    });
    const first = job();
    await expect(job()).resolves.toEqual({ ran: false });
    release();
    await expect(first).resolves.toEqual({ ran: true, result: 1 });
    const third = job();
    release();
    await expect(third).resolves.toEqual({ ran: true, result: 2 });
  });
});

describe('dueSources', () => {
  const base = {
    name: 'x',
    language: 'de' as const,
    category: 'tech' as const,
    homepage: 'https://x.example/',
  };
  const sources = [
    { ...base, id: 'never', feeds: [], sitemaps: [], sections: [], intervalMinutes: 60, enabled: true },
    { ...base, id: 'recent', feeds: [], sitemaps: [], sections: [], intervalMinutes: 60, enabled: true },
    { ...base, id: 'old', feeds: [], sitemaps: [], sections: [], intervalMinutes: 60, enabled: true },
    { ...base, id: 'off', feeds: [], sitemaps: [], sections: [], intervalMinutes: 60, enabled: false },
  ];
  it('picks sources that never ran or whose interval has passed, never disabled ones', () => {
    const now = new Date('2025-08-20T12:00:00Z');
    const last = new Map([
      ['recent', new Date('2025-08-20T11:30:00Z')],
      ['old', new Date('2025-08-20T10:59:00Z')],
    ]);
    expect(dueSources(sources, last, now).map((s) => s.id)).toEqual(['never', 'old']);
  });
});
