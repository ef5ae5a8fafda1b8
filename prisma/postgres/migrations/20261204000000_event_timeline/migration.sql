-- GENERATED from prisma/migrations/20261204000000_event_timeline (sqlite 367dde7b45b3468e, dialect b780e0b5e702641e): do not edit

-- CreateTable
CREATE TABLE "EventTimeline" (
    "entityId" TEXT NOT NULL,
    "firstReportedAt" TIMESTAMP(3) NOT NULL,
    "eventId" INTEGER NOT NULL,
    "hidden" BOOLEAN NOT NULL,
    "type" TEXT NOT NULL,
    "sourceCount" INTEGER NOT NULL,
    "languages" TEXT NOT NULL,

    CONSTRAINT "EventTimeline_pkey" PRIMARY KEY ("entityId","firstReportedAt","eventId")
);

-- CreateIndex
CREATE INDEX "EventTimeline_eventId_idx" ON "EventTimeline"("eventId");

-- Dialect: prisma/postgres/dialect (hand-written PostgreSQL)
-- PostgreSQL version of the EventTimeline read model of prisma/migrations/20261204000000_event_timeline: one
-- row per entity and event it appears in (subject or any role), kept in step with Event and EventEntity by
-- triggers. SQLite's WITHOUT ROWID has no counterpart here; the primary key index serves the range scans.

INSERT INTO "EventTimeline"
  SELECT "subjectId", "firstReportedAt", "id", "hidden", "type", "sourceCount", "languages" FROM "Event"
  ON CONFLICT DO NOTHING;
INSERT INTO "EventTimeline"
  SELECT ee."entityId", e."firstReportedAt", e."id", e."hidden", e."type", e."sourceCount", e."languages"
  FROM "EventEntity" ee JOIN "Event" e ON e."id" = ee."eventId"
  ON CONFLICT DO NOTHING;

-- The rows of one event for its subject and every entity in a role.
CREATE FUNCTION "EventTimeline_write"(event "Event") RETURNS void LANGUAGE sql AS $$
  INSERT INTO "EventTimeline"
    VALUES (event."subjectId", event."firstReportedAt", event."id", event."hidden", event."type",
            event."sourceCount", event."languages")
    ON CONFLICT DO NOTHING;
  INSERT INTO "EventTimeline"
    SELECT ee."entityId", event."firstReportedAt", event."id", event."hidden", event."type",
           event."sourceCount", event."languages"
    FROM "EventEntity" ee WHERE ee."eventId" = event."id"
    ON CONFLICT DO NOTHING;
$$;

CREATE FUNCTION "Event_timeline"() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  IF TG_OP IN ('UPDATE', 'DELETE') THEN
    DELETE FROM "EventTimeline" WHERE "eventId" = OLD."id";
  END IF;
  IF TG_OP IN ('INSERT', 'UPDATE') THEN
    PERFORM "EventTimeline_write"(NEW);
  END IF;
  RETURN NULL;
END $$;
CREATE TRIGGER "Event_timeline_insert_delete" AFTER INSERT OR DELETE ON "Event"
  FOR EACH ROW EXECUTE FUNCTION "Event_timeline"();
CREATE TRIGGER "Event_timeline_update" AFTER UPDATE ON "Event"
  FOR EACH ROW WHEN (OLD."subjectId" IS DISTINCT FROM NEW."subjectId"
    OR OLD."firstReportedAt" IS DISTINCT FROM NEW."firstReportedAt" OR OLD."hidden" IS DISTINCT FROM NEW."hidden"
    OR OLD."type" IS DISTINCT FROM NEW."type" OR OLD."sourceCount" IS DISTINCT FROM NEW."sourceCount"
    OR OLD."languages" IS DISTINCT FROM NEW."languages" OR OLD."id" IS DISTINCT FROM NEW."id")
  EXECUTE FUNCTION "Event_timeline"();

-- An entity leaves an event's rows only when it holds no other role in it and is not its subject.
CREATE FUNCTION "EventEntity_timeline"() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  IF TG_OP IN ('UPDATE', 'DELETE') THEN
    DELETE FROM "EventTimeline" WHERE "eventId" = OLD."eventId" AND "entityId" = OLD."entityId"
      AND NOT EXISTS (SELECT 1 FROM "EventEntity" x WHERE x."eventId" = OLD."eventId" AND x."entityId" = OLD."entityId")
      AND NOT EXISTS (SELECT 1 FROM "Event" e WHERE e."id" = OLD."eventId" AND e."subjectId" = OLD."entityId");
  END IF;
  IF TG_OP IN ('INSERT', 'UPDATE') THEN
    INSERT INTO "EventTimeline"
      SELECT NEW."entityId", e."firstReportedAt", e."id", e."hidden", e."type", e."sourceCount", e."languages"
      FROM "Event" e WHERE e."id" = NEW."eventId"
      ON CONFLICT DO NOTHING;
  END IF;
  RETURN NULL;
END $$;
CREATE TRIGGER "EventEntity_timeline_insert_delete" AFTER INSERT OR DELETE ON "EventEntity"
  FOR EACH ROW EXECUTE FUNCTION "EventEntity_timeline"();
CREATE TRIGGER "EventEntity_timeline_update" AFTER UPDATE OF "eventId", "entityId" ON "EventEntity"
  FOR EACH ROW WHEN (OLD."eventId" IS DISTINCT FROM NEW."eventId" OR OLD."entityId" IS DISTINCT FROM NEW."entityId")
  EXECUTE FUNCTION "EventEntity_timeline"();
