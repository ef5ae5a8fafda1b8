import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import pg from 'pg';
import { silentLogger } from '../core/logger.js';
import { startCrawlQueue } from '../jobs/distributed/crawl-queue.js';
import { queueDigests } from '../jobs/distributed/digest-jobs.js';
import { openDatabase } from '../store/database.js';
import { listDigests } from '../store/digest-ledger.js';
import { createSubscription } from '../store/subscriptions.js';
import { describeInPostgresRun } from './describe-with-postgres.js';
import { createPostgresTestDatabase } from './postgres-test-database.js';
import { startSmtpSink, type SmtpSink } from './smtp-sink.js';
import { spawnCli, type CliProcess } from './spawn-cli.js';

/** A hang guard for waiting on the processes, not a timed assertion. */
const GIVE_UP_MS = 180_000;
const TEST_TIMEOUT_MS = GIVE_UP_MS + 60_000;

interface Cluster {
  url: string;
  sink: SmtpSink;
  dir: string;
  env: Record<string, string>;
  processes: CliProcess[];
  close(): Promise<void>;
}

/**
 * A fresh PostgreSQL database with quiet-day subscribers (each gets a mail even when nothing happened)
 * whose send hour (00:00 UTC) has always come, and a real SMTP server on loopback.
 */
async function startCluster(server: string, emails: string[], env: Record<string, string> = {}) {
  const database = await createPostgresTestDatabase(server);
  const sink = await startSmtpSink();
  const db = await openDatabase(database.url, silentLogger);
  for (const email of emails)
    await createSubscription(db, { email, timeZone: 'UTC', sendHour: 0, quietDays: true });
  await db.$disconnect();
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'modelwatch-digest-jobs-'));
  fs.writeFileSync(path.join(dir, 'sources.json'), '[]');
  const cluster: Cluster = {
    url: database.url,
    sink,
    dir,
    processes: [],
    env: {
      DATABASE_URL: database.url,
      SMTP_URL: sink.url,
      CRAWL_SCHEDULE: 'off',
      WORKER_JOB_TIMEOUT_SECONDS: '4',
      DIGEST_RETRY_BASE_MS: '10',
      ...env,
    },
    close: async () => {
      for (const p of cluster.processes)
        if (p.child.exitCode === null && p.child.signalCode === null) p.child.kill('SIGKILL');
      await Promise.all(cluster.processes.map((p) => p.exited));
      await sink.close();
      await database.drop();
      fs.rmSync(dir, { recursive: true, force: true });
    },
  };
  return cluster;
}

/** `scheduler --once`: queues the due digests and exits; returns its one-line report. */
async function scheduleOnce(cluster: Cluster): Promise<string> {
  const run = spawnCli(['scheduler', '--once', '--sources', 'sources.json'], cluster.env, cluster.dir);
  const exit = await run.exited;
  if (exit.code !== 0) throw new Error(`scheduler --once failed:\n${run.stderr()}`);
  return run.stdout().trim();
}

function startWorker(cluster: Cluster): CliProcess {
  const worker = spawnCli(['worker'], cluster.env, cluster.dir);
  cluster.processes.push(worker);
  return worker;
}

async function query<T extends pg.QueryResultRow>(url: string, sql: string): Promise<T[]> {
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  try {
    return (await client.query<T>(sql)).rows;
  } finally {
    await client.end();
  }
}

/** Digest jobs not finished: waiting (also for a later start), running or waiting to be retried. */
const PENDING = `SELECT count(*)::int AS n FROM pgboss.job WHERE name = 'digest-send' AND state IN ('created', 'retry', 'active')`;

/** Waits until `mails` were received and no digest job is left; fails early when a worker dies. */
async function waitForMails(cluster: Cluster, mails: number): Promise<void> {
  const deadline = Date.now() + GIVE_UP_MS;
  for (;;) {
    const [pending] = await query<{ n: number }>(cluster.url, PENDING);
    if (pending?.n === 0 && cluster.sink.received.length >= mails) return;
    const dead = cluster.processes.find((p) => p.child.exitCode !== null);
    if (dead) throw new Error(`a worker exited:\n${dead.stderr().slice(-2000)}`);
    if (Date.now() > deadline)
      throw new Error(`digests not done: ${cluster.sink.received.length} mails, ${pending?.n} jobs left`);
    await new Promise((resolve) => setTimeout(resolve, 300));
  }
}

/** How many mails each address received. */
function mailsPerRecipient(sink: SmtpSink): Record<string, number> {
  const counts: Record<string, number> = {};
  for (const mail of sink.received) {
    const to = Array.isArray(mail.to) ? mail.to[0] : mail.to;
    const address = to?.value[0]?.address ?? '?';
    counts[address] = (counts[address] ?? 0) + 1;
  }
  return counts;
}

async function ledger(url: string) {
  const db = await openDatabase(url, silentLogger);
  try {
    return (await listDigests(db)).map((row) => ({ status: row.status, attempts: row.attempts }));
  } finally {
    await db.$disconnect();
  }
}

async function stopWorkers(cluster: Cluster): Promise<(number | null)[]> {
  for (const p of cluster.processes) if (p.child.exitCode === null) p.child.kill('SIGTERM');
  return (await Promise.all(cluster.processes.map((p) => p.exited))).map((exit) => exit.code);
}

describeInPostgresRun('digests on the PostgreSQL queues', (server) => {
  const emails = ['ada@example.org', 'ben@example.org', 'cem@example.org'];

  it(
    'a digest queued twice sends one mail per recipient, and queuing it after it went out sends nothing',
    async () => {
      const cluster = await startCluster(server(), emails);
      try {
        expect(await scheduleOnce(cluster)).toBe('queued 0 sources; 3 digests');
        expect(await scheduleOnce(cluster)).toBe('queued 0 sources; 0 digests');
        startWorker(cluster);
        startWorker(cluster);
        await waitForMails(cluster, 3);
        expect(await scheduleOnce(cluster)).toBe('queued 0 sources; 0 digests');
        // A job queued again for a delivered digest (a scheduler that read the ledger just before) sends nothing.
        const [row] = await query<{ id: number; date: string }>(
          cluster.url,
          `SELECT "subscriptionId" AS id, "digestDate" AS date FROM "Digest" LIMIT 1`,
        );
        const boss = await startCrawlQueue(cluster.url, { WORKER_JOB_TIMEOUT_SECONDS: 4 }, silentLogger);
        const again = await queueDigests(boss, [{ subscriptionId: row?.id ?? 0, date: row?.date ?? '' }]);
        await boss.stop({ graceful: false, close: true });
        expect(again).toHaveLength(1);
        await waitForMails(cluster, 3);
        expect(await stopWorkers(cluster)).toEqual([0, 0]);
        expect(mailsPerRecipient(cluster.sink)).toEqual(Object.fromEntries(emails.map((e) => [e, 1])));
        expect(await ledger(cluster.url)).toEqual(emails.map(() => ({ status: 'sent', attempts: 1 })));
        const workerLog = cluster.processes.flatMap((p) => p.lines);
        expect(workerLog.some((line) => line.msg === 'digest job done' && line.outcome === 'skipped')).toBe(
          true,
        );
      } finally {
        await cluster.close();
      }
    },
    TEST_TIMEOUT_MS,
  );

  it(
    'a worker killed with SIGKILL mid-digest is replaced and every recipient still gets exactly one mail',
    async () => {
      const cluster = await startCluster(server(), emails.slice(0, 2));
      const locker = new pg.Client({ connectionString: cluster.url });
      await locker.connect();
      try {
        const doomed = startWorker(cluster);
        await doomed.waitFor((line) => line.msg === 'crawl worker taking jobs');
        // Holding the events table makes the worker stop inside the digest: claimed, not yet composed.
        await locker.query('BEGIN');
        await locker.query('LOCK TABLE "Event" IN ACCESS EXCLUSIVE MODE');
        expect(await scheduleOnce(cluster)).toBe('queued 0 sources; 2 digests');
        const waiting = `SELECT count(*)::int AS n FROM pg_stat_activity WHERE wait_event_type = 'Lock' AND query LIKE '%"Event"%'`;
        const deadline = Date.now() + GIVE_UP_MS;
        while ((await query<{ n: number }>(cluster.url, waiting))[0]?.n !== 1) {
          if (Date.now() > deadline) throw new Error('the worker never reached the digest');
          await new Promise((resolve) => setTimeout(resolve, 200));
        }
        doomed.child.kill('SIGKILL');
        expect((await doomed.exited).signal).toBe('SIGKILL');
        cluster.processes.splice(cluster.processes.indexOf(doomed), 1);
        await locker.query('ROLLBACK');
        expect(cluster.sink.received).toHaveLength(0);
        startWorker(cluster);
        await waitForMails(cluster, 2);
        expect(await stopWorkers(cluster)).toEqual([0]);
        expect(mailsPerRecipient(cluster.sink)).toEqual({ 'ada@example.org': 1, 'ben@example.org': 1 });
        expect(await ledger(cluster.url)).toEqual([
          { status: 'sent', attempts: 1 },
          { status: 'sent', attempts: 1 },
        ]);
        const [retried] = await query<{ n: number }>(
          cluster.url,
          `SELECT count(*)::int AS n FROM pgboss.job WHERE name = 'digest-send' AND retry_count > 0`,
        );
        expect(retried?.n).toBe(1);
      } finally {
        await locker.end();
        await cluster.close();
      }
    },
    TEST_TIMEOUT_MS,
  );

  it(
    'a send the server refuses is recorded failed, queued again for its next attempt and sent once',
    async () => {
      // DIGEST_RETRY_MINUTES is at least 1: this test waits that minute.
      const cluster = await startCluster(server(), emails.slice(0, 1), {
        DIGEST_SEND_ATTEMPTS: '1',
        DIGEST_RETRY_MINUTES: '1',
      });
      try {
        cluster.sink.refuseWith = 451;
        startWorker(cluster);
        expect(await scheduleOnce(cluster)).toBe('queued 0 sources; 1 digests');
        const deadline = Date.now() + GIVE_UP_MS;
        while (cluster.sink.refused === 0) {
          if (Date.now() > deadline) throw new Error('the worker never tried to send');
          await new Promise((resolve) => setTimeout(resolve, 200));
        }
        cluster.sink.refuseWith = null;
        // The failed digest is settled until its next attempt: the scheduler queues nothing meanwhile.
        expect(await scheduleOnce(cluster)).toBe('queued 0 sources; 0 digests');
        await waitForMails(cluster, 1);
        expect(await stopWorkers(cluster)).toEqual([0]);
        expect(cluster.sink.refused).toBe(1);
        expect(mailsPerRecipient(cluster.sink)).toEqual({ 'ada@example.org': 1 });
        expect(await ledger(cluster.url)).toEqual([{ status: 'sent', attempts: 2 }]);
      } finally {
        await cluster.close();
      }
    },
    TEST_TIMEOUT_MS,
  );
});
