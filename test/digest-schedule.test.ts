import fs from 'node:fs';
import path from 'node:path';
import { simpleParser } from 'mailparser';
import { loadConfig } from '../core/config.js';
import { silentLogger } from '../core/logger.js';
import { startDigestSchedule } from '../jobs/digest-schedule.js';
import { outboxTransport } from '../jobs/mail-transport.js';
import { listDigests } from '../store/digest-ledger.js';
import { createSubscription, unsubscribe } from '../store/subscriptions.js';
import { createTestDatabase, type TestDatabase } from './helpers.js';

let store: TestDatabase;

beforeAll(async () => {
  store = await createTestDatabase();
});

afterAll(async () => {
  await store.close();
});

describe('digest schedule', () => {
  it('keeps one cron job per send slot in use and writes due digests to the outbox once', async () => {
    const outbox = path.join(store.dir, 'outbox');
    const transport = outboxTransport(outbox);
    const config = loadConfig({ PUBLIC_URL: 'https://watch.example', DIGEST_OUTBOX: outbox });
    const early = await createSubscription(store.db, {
      email: 'early@example.org',
      sendHour: 0,
      quietDays: true,
    });
    const schedule = await startDigestSchedule({ db: store.db, log: silentLogger, config, transport });
    try {
      expect(schedule.slots()).toEqual(['00 UTC']);
      const late = await createSubscription(store.db, {
        email: 'late@example.org',
        sendHour: 7,
        timeZone: 'Europe/Berlin',
      });
      await schedule.refresh();
      expect(schedule.slots()).toEqual(['00 UTC', '07 Europe/Berlin']);
      await unsubscribe(store.db, late.id, new Date());
      await schedule.refresh();
      expect(schedule.slots()).toEqual(['00 UTC']);

      // 00:00 UTC has always passed today: the sweep sends the quiet-day digest the subscriber asked for.
      expect(await schedule.sweepNow()).toBe(true);
      expect(await schedule.sweepNow()).toBe(true);
      const files = fs.readdirSync(outbox);
      expect(files).toHaveLength(1);
      expect(files[0]).toMatch(/^\d{4}-\d{2}-\d{2}-\d+\.eml$/);
      const mail = await simpleParser(fs.readFileSync(path.join(outbox, files[0] ?? '')));
      expect(mail.subject).toBe('modelwatch: a quiet day');
      expect(mail.text).toContain('Nothing new on your watch list');
      expect(mail.html).toContain('Nothing new on your watch list');
      expect((await listDigests(store.db, early.id)).map((d) => d.status)).toEqual(['sent']);
    } finally {
      await schedule.stop();
      transport.close();
    }
  });
});
