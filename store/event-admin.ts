import { NotFoundError } from '../core/errors.js';
import type { Db } from './database.js';
import { refreshReleaseTracks } from './release-tracks.js';

/**
 * Hides a wrongly extracted event from every read (timelines, lists, the release tracker) or shows it
 * again; the event and its sources stay stored, so hiding can be undone and re-analysis does not bring
 * a hidden event back as a new one (its reports still cluster into it).
 */
export async function setEventHidden(
  db: Db,
  eventId: number,
  hidden: boolean,
  reason: string | null,
): Promise<void> {
  const event = await db.event.findUnique({ where: { id: eventId }, select: { subjectId: true } });
  if (!event) throw new NotFoundError(`no event with id ${eventId}; list events with GET /v1/events`);
  await db.$transaction(async (tx) => {
    await tx.event.update({ where: { id: eventId }, data: { hidden, hiddenReason: hidden ? reason : null } });
    await refreshReleaseTracks(tx, [event.subjectId]);
  });
}
