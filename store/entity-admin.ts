import { NotFoundError, UserError } from '../core/errors.js';
import type { EntityKind } from '../nlp/types.js';
import type { Db } from './database.js';
import {
  CLUSTER_WINDOW_DAYS,
  datesCompatible,
  moreSpecificDate,
  relatedCompatible,
  storedDate,
} from './event-clustering.js';
import { refreshReleaseTracks } from './release-tracks.js';
import { recountEvent, type Tx } from './save-article.js';
import { refreshSearchEntities } from './search/search-documents.js';

/** A conflict with what is stored (an id taken, a merge that cannot be done): HTTP 409. */
export class ConflictError extends UserError {
  constructor(message: string, details?: unknown) {
    super(message, { status: 409, details });
  }
}

export interface EntityInput {
  id: string;
  kind: EntityKind;
  name: string;
  developer?: string | null | undefined;
  family?: string | null | undefined;
  aliases?: readonly string[] | undefined;
}

async function requireEntity(db: Db | Tx, id: string) {
  const entity = await db.entity.findUnique({ where: { id } });
  if (!entity) throw new NotFoundError(`no entity with id "${id}"; list ids with GET /v1/entities`);
  return entity;
}

/** Creates a curated entity with its aliases; an id already taken is a {@link ConflictError}. */
export async function createEntity(db: Db, input: EntityInput): Promise<void> {
  if (await db.entity.findUnique({ where: { id: input.id } }))
    throw new ConflictError(`entity "${input.id}" exists; change it with PATCH /v1/entities/${input.id}`);
  if (input.developer) await requireEntity(db, input.developer);
  await db.entity.create({
    data: {
      id: input.id,
      kind: input.kind,
      name: input.name,
      developerId: input.developer ?? null,
      family: input.family ?? null,
      aliases: {
        create: [...new Map([input.name, ...(input.aliases ?? [])].map((a) => [a.toLowerCase(), a]))].map(
          ([key, alias]) => ({ key, alias }),
        ),
      },
    },
  });
}

/** Changes an entity's curated fields; a discovered candidate edited by a person is no longer a candidate. */
export async function updateEntity(
  db: Db,
  id: string,
  changes: {
    name?: string | undefined;
    kind?: EntityKind | undefined;
    developer?: string | null | undefined;
    family?: string | null | undefined;
  },
): Promise<void> {
  const entity = await requireEntity(db, id);
  if (entity.mergedIntoId) throw new ConflictError(`entity "${id}" was merged into "${entity.mergedIntoId}"`);
  if (changes.developer) await requireEntity(db, changes.developer);
  await db.$transaction(async (tx) => {
    await tx.entity.update({
      where: { id },
      data: {
        candidate: false,
        ...(changes.name === undefined ? {} : { name: changes.name }),
        ...(changes.kind === undefined ? {} : { kind: changes.kind }),
        ...(changes.developer === undefined ? {} : { developerId: changes.developer }),
        ...(changes.family === undefined ? {} : { family: changes.family }),
      },
    });
    if (changes.name !== undefined) await addAliasIn(tx, id, changes.name);
    if (changes.kind !== undefined) await refreshReleaseTracks(tx, [id]);
  });
}

/**
 * Marks a discovered candidate as curated: an editor confirmed that the name is a real model or chip,
 * kept under the id, name and kind discovery gave it (PATCH changes name and kind; to file it under
 * another id, create that entity and merge the candidate into it). Its mentions and events stay where
 * they are. Promoting a curated entity changes nothing; a merged id is a {@link ConflictError}, because
 * its target is the entity to promote.
 */
export async function promoteEntity(db: Db, id: string): Promise<void> {
  const entity = await requireEntity(db, id);
  if (entity.mergedIntoId)
    throw new ConflictError(`entity "${id}" was merged into "${entity.mergedIntoId}"; promote that one`, {
      mergedInto: entity.mergedIntoId,
    });
  if (entity.candidate) await db.entity.update({ where: { id }, data: { candidate: false } });
}

async function addAliasIn(tx: Tx, entityId: string, alias: string): Promise<boolean> {
  const key = alias.toLowerCase();
  const exists = await tx.entityAlias.findUnique({ where: { entityId_key: { entityId, key } } });
  if (exists) return false;
  await tx.entityAlias.create({ data: { entityId, alias, key } });
  return true;
}

/** Adds an alias (case-insensitive; adding a known one changes nothing). Returns whether it was new. */
export async function addAlias(db: Db, entityId: string, alias: string): Promise<boolean> {
  await requireEntity(db, entityId);
  return db.$transaction((tx) => addAliasIn(tx, entityId, alias));
}

/** Removes an alias; an alias the entity does not have is a 404. */
export async function removeAlias(db: Db, entityId: string, alias: string): Promise<void> {
  await requireEntity(db, entityId);
  const { count } = await db.entityAlias.deleteMany({ where: { entityId, key: alias.toLowerCase() } });
  if (count === 0) throw new NotFoundError(`entity "${entityId}" has no alias "${alias}"`);
}

/**
 * Merges entity `fromId` into `intoId` (the same thing found under two ids, e.g. a discovered candidate
 * and the curated model): aliases, mentions, event roles and events move to the target, events that now
 * describe one real event are clustered together again, the search documents of the moved mentions' articles
 * name the target, and `fromId` stays as a pointer so old links and
 * new reports resolve to the target.
 */
export async function mergeEntities(db: Db, fromId: string, intoId: string): Promise<void> {
  if (fromId === intoId)
    throw new UserError('cannot merge an entity into itself', { details: [{ field: 'into' }] });
  const from = await requireEntity(db, fromId);
  const into = await requireEntity(db, intoId);
  if (from.mergedIntoId)
    throw new ConflictError(`entity "${fromId}" was already merged into "${from.mergedIntoId}"`);
  if (into.mergedIntoId)
    throw new ConflictError(`entity "${intoId}" was merged into "${into.mergedIntoId}"; merge into that one`);
  if (from.kind !== into.kind)
    throw new ConflictError(`cannot merge a ${from.kind} into a ${into.kind}`, {
      from: from.kind,
      into: into.kind,
    });
  await db.$transaction(
    async (tx) => {
      const aliases = await tx.entityAlias.findMany({ where: { entityId: fromId } });
      for (const alias of [{ alias: from.name }, ...aliases]) await addAliasIn(tx, intoId, alias.alias);
      await tx.entityAlias.deleteMany({ where: { entityId: fromId } });
      const mentioning = await tx.mention.findMany({
        where: { entityId: fromId },
        select: { articleId: true },
      });

      // Raw SQL here is written once for both flavours: quoted identifiers, ON CONFLICT DO NOTHING.
      await tx.$executeRaw`UPDATE "Mention" SET "count" = "count" + (SELECT m."count" FROM "Mention" m
        WHERE m."articleId" = "Mention"."articleId" AND m."entityId" = ${fromId})
        WHERE "entityId" = ${intoId}
          AND "articleId" IN (SELECT "articleId" FROM "Mention" WHERE "entityId" = ${fromId})`;
      await tx.$executeRaw`DELETE FROM "Mention" WHERE "entityId" = ${fromId}
        AND "articleId" IN (SELECT "articleId" FROM "Mention" WHERE "entityId" = ${intoId})`;
      await tx.$executeRaw`UPDATE "Mention" SET "entityId" = ${intoId} WHERE "entityId" = ${fromId}`;
      const mentions = await tx.mention.count({ where: { entityId: intoId } });
      await tx.entity.update({ where: { id: intoId }, data: { mentionCount: mentions } });
      await refreshSearchEntities(
        tx,
        mentioning.map((m) => m.articleId),
      );
      await tx.entity.update({
        where: { id: fromId },
        data: { mergedIntoId: intoId, mentionCount: 0 },
      });
      await tx.entity.updateMany({ where: { developerId: fromId }, data: { developerId: intoId } });

      await tx.$executeRaw`INSERT INTO "EventEntity" ("eventId", "entityId", "role", "firstReportedAt")
        SELECT "eventId", ${intoId}, "role", "firstReportedAt" FROM "EventEntity" WHERE "entityId" = ${fromId}
        ON CONFLICT DO NOTHING`;
      await tx.$executeRaw`DELETE FROM "EventEntity" WHERE "entityId" = ${fromId}`;
      await tx.event.updateMany({ where: { subjectId: fromId }, data: { subjectId: intoId } });
      await tx.$executeRaw`DELETE FROM "EventEntity" WHERE "entityId" = ${intoId}
        AND "eventId" IN (SELECT "id" FROM "Event" WHERE "subjectId" = ${intoId})`;
      await reclusterSubject(tx, intoId);
      await refreshReleaseTracks(tx, [intoId, fromId]);
    },
    { timeout: 60_000 },
  );
}

/**
 * Joins events of one subject that describe the same real event (same type, compatible dates and related
 * entities, reported within the clustering window), keeping the oldest and moving the others' sources to
 * it; used after a merge put two entities' events under one subject.
 */
async function reclusterSubject(tx: Tx, subjectId: string): Promise<void> {
  const events = await tx.event.findMany({
    where: { subjectId },
    orderBy: [{ firstReportedAt: 'asc' }, { id: 'asc' }],
    include: { related: { select: { entityId: true, role: true } } },
  });
  const developers = await tx.entity.findMany({
    select: { id: true, developerId: true },
    where: { developerId: { not: null } },
  });
  const developerOf = new Map(developers.map((e) => [e.id, e.developerId]));
  const windowMs = CLUSTER_WINDOW_DAYS * 86_400_000;
  const kept: typeof events = [];
  for (const event of events) {
    const date = storedDate(event.dateValue, event.datePrecision);
    const target = kept.find(
      (k) =>
        k.type === event.type &&
        event.firstReportedAt.getTime() - k.lastReportedAt.getTime() <= windowMs &&
        datesCompatible(storedDate(k.dateValue, k.datePrecision), date) &&
        relatedCompatible(
          k.related.map((r) => ({ id: r.entityId, role: r.role })),
          event.related.map((r) => ({ id: r.entityId, role: r.role })),
          developerOf,
        ),
    );
    if (!target) {
      kept.push(event);
      continue;
    }
    await tx.$executeRaw`DELETE FROM "EventSource" WHERE "eventId" = ${event.id}
      AND "articleId" IN (SELECT "articleId" FROM "EventSource" WHERE "eventId" = ${target.id})`;
    await tx.eventSource.updateMany({ where: { eventId: event.id }, data: { eventId: target.id } });
    await tx.$executeRaw`INSERT INTO "EventEntity" ("eventId", "entityId", "role", "firstReportedAt")
      SELECT ${target.id}, "entityId", "role", "firstReportedAt" FROM "EventEntity" WHERE "eventId" = ${event.id}
      ON CONFLICT DO NOTHING`;
    const better = moreSpecificDate(storedDate(target.dateValue, target.datePrecision), date);
    await tx.event.update({
      where: { id: target.id },
      data: {
        dateValue: better?.value ?? null,
        datePrecision: better?.precision ?? 'unknown',
        reason: target.reason ?? event.reason,
        // An editor hid one of the two for a reason: the joined event stays hidden.
        hidden: target.hidden || event.hidden,
      },
    });
    await tx.event.delete({ where: { id: event.id } });
    target.lastReportedAt = new Date(
      Math.max(target.lastReportedAt.getTime(), event.lastReportedAt.getTime()),
    );
    await recountEvent(tx, target.id);
  }
}
