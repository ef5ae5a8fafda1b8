-- One row per entity and event it appears in (as subject or in any role), carrying the event columns
-- timelines filter on, clustered by (entity, first report, event): a timeline page is one range scan
-- of this table, with every filter checked in place, instead of a merge of Event and EventEntity scans
-- with a lookup of each event. Triggers keep it in step with Event and EventEntity, whatever code or
-- SQL writes them. A migration that rebuilds Event or EventEntity drops their triggers: such a
-- migration must create them again.
-- The triggers say ON CONFLICT DO NOTHING, not INSERT OR IGNORE: SQLite lets an outer statement's
-- conflict rule (ABORT for foreign-key cascades) override a trigger's OR IGNORE, but not an upsert clause.
CREATE TABLE "EventTimeline" (
    "entityId" TEXT NOT NULL,
    "firstReportedAt" DATETIME NOT NULL,
    "eventId" INTEGER NOT NULL,
    "hidden" BOOLEAN NOT NULL,
    "type" TEXT NOT NULL,
    "sourceCount" INTEGER NOT NULL,
    "languages" TEXT NOT NULL,
    PRIMARY KEY ("entityId", "firstReportedAt", "eventId")
) WITHOUT ROWID;
CREATE INDEX "EventTimeline_eventId_idx" ON "EventTimeline"("eventId");

INSERT INTO "EventTimeline"
  SELECT "subjectId", "firstReportedAt", "id", "hidden", "type", "sourceCount", "languages" FROM "Event" WHERE true
  ON CONFLICT DO NOTHING;
INSERT INTO "EventTimeline"
  SELECT ee."entityId", e."firstReportedAt", e."id", e."hidden", e."type", e."sourceCount", e."languages"
  FROM "EventEntity" ee JOIN "Event" e ON e."id" = ee."eventId" WHERE true
  ON CONFLICT DO NOTHING;

CREATE TRIGGER "Event_timeline_insert" AFTER INSERT ON "Event"
BEGIN
  INSERT INTO "EventTimeline"
    VALUES (NEW."subjectId", NEW."firstReportedAt", NEW."id", NEW."hidden", NEW."type", NEW."sourceCount", NEW."languages")
    ON CONFLICT DO NOTHING;
END;

CREATE TRIGGER "Event_timeline_update" AFTER UPDATE ON "Event"
WHEN OLD."subjectId" IS NOT NEW."subjectId" OR OLD."firstReportedAt" IS NOT NEW."firstReportedAt"
  OR OLD."hidden" IS NOT NEW."hidden" OR OLD."type" IS NOT NEW."type"
  OR OLD."sourceCount" IS NOT NEW."sourceCount" OR OLD."languages" IS NOT NEW."languages"
  OR OLD."id" IS NOT NEW."id"
BEGIN
  DELETE FROM "EventTimeline" WHERE "eventId" = OLD."id";
  INSERT INTO "EventTimeline"
    VALUES (NEW."subjectId", NEW."firstReportedAt", NEW."id", NEW."hidden", NEW."type", NEW."sourceCount", NEW."languages")
    ON CONFLICT DO NOTHING;
  INSERT INTO "EventTimeline"
    SELECT ee."entityId", NEW."firstReportedAt", NEW."id", NEW."hidden", NEW."type", NEW."sourceCount", NEW."languages"
    FROM "EventEntity" ee WHERE ee."eventId" = NEW."id"
    ON CONFLICT DO NOTHING;
END;

CREATE TRIGGER "Event_timeline_delete" AFTER DELETE ON "Event"
BEGIN
  DELETE FROM "EventTimeline" WHERE "eventId" = OLD."id";
END;

CREATE TRIGGER "EventEntity_timeline_insert" AFTER INSERT ON "EventEntity"
BEGIN
  INSERT INTO "EventTimeline"
    SELECT NEW."entityId", e."firstReportedAt", e."id", e."hidden", e."type", e."sourceCount", e."languages"
    FROM "Event" e WHERE e."id" = NEW."eventId"
    ON CONFLICT DO NOTHING;
END;

-- An entity leaves an event's timeline rows only when it holds no other role in it and is not its subject.
CREATE TRIGGER "EventEntity_timeline_delete" AFTER DELETE ON "EventEntity"
BEGIN
  DELETE FROM "EventTimeline" WHERE "eventId" = OLD."eventId" AND "entityId" = OLD."entityId"
    AND NOT EXISTS (SELECT 1 FROM "EventEntity" x WHERE x."eventId" = OLD."eventId" AND x."entityId" = OLD."entityId")
    AND NOT EXISTS (SELECT 1 FROM "Event" e WHERE e."id" = OLD."eventId" AND e."subjectId" = OLD."entityId");
END;

CREATE TRIGGER "EventEntity_timeline_update" AFTER UPDATE OF "eventId", "entityId" ON "EventEntity"
WHEN OLD."eventId" IS NOT NEW."eventId" OR OLD."entityId" IS NOT NEW."entityId"
BEGIN
  DELETE FROM "EventTimeline" WHERE "eventId" = OLD."eventId" AND "entityId" = OLD."entityId"
    AND NOT EXISTS (SELECT 1 FROM "EventEntity" x WHERE x."eventId" = OLD."eventId" AND x."entityId" = OLD."entityId")
    AND NOT EXISTS (SELECT 1 FROM "Event" e WHERE e."id" = OLD."eventId" AND e."subjectId" = OLD."entityId");
  INSERT INTO "EventTimeline"
    SELECT NEW."entityId", e."firstReportedAt", e."id", e."hidden", e."type", e."sourceCount", e."languages"
    FROM "Event" e WHERE e."id" = NEW."eventId"
    ON CONFLICT DO NOTHING;
END;
