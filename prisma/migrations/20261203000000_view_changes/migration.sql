-- A change log for read caches. Every write that changes what an event looks like to readers (the event,
-- its sources and related entities, the names of its entities, the titles and URLs of its articles)
-- appends the key "event:<id>" here, whatever code or SQL made the write. The API's read connection
-- evicts exactly those events from its memo instead of forgetting everything on each commit.
-- A migration that rebuilds one of these tables drops its triggers: such a migration must create them again.
CREATE TABLE "ViewChange" (
    "id" INTEGER NOT NULL PRIMARY KEY AUTOINCREMENT,
    "key" TEXT NOT NULL
);

-- Keep the last 50,000 changes; a reader that fell further behind starts over.
CREATE TRIGGER "ViewChange_prune" AFTER INSERT ON "ViewChange" WHEN NEW."id" % 1000 = 0
BEGIN
  DELETE FROM "ViewChange" WHERE "id" <= NEW."id" - 50000;
END;

CREATE TRIGGER "Event_view_insert" AFTER INSERT ON "Event"
BEGIN
  INSERT INTO "ViewChange" ("key") VALUES ('event:' || NEW."id");
END;
CREATE TRIGGER "Event_view_update" AFTER UPDATE ON "Event"
BEGIN
  INSERT INTO "ViewChange" ("key") VALUES ('event:' || NEW."id");
END;
CREATE TRIGGER "Event_view_delete" AFTER DELETE ON "Event"
BEGIN
  INSERT INTO "ViewChange" ("key") VALUES ('event:' || OLD."id");
END;

CREATE TRIGGER "EventSource_view_insert" AFTER INSERT ON "EventSource"
BEGIN
  INSERT INTO "ViewChange" ("key") VALUES ('event:' || NEW."eventId");
END;
CREATE TRIGGER "EventSource_view_update" AFTER UPDATE ON "EventSource"
BEGIN
  INSERT INTO "ViewChange" ("key") VALUES ('event:' || OLD."eventId");
  INSERT INTO "ViewChange" ("key") SELECT 'event:' || NEW."eventId" WHERE NEW."eventId" <> OLD."eventId";
END;
CREATE TRIGGER "EventSource_view_delete" AFTER DELETE ON "EventSource"
BEGIN
  INSERT INTO "ViewChange" ("key") VALUES ('event:' || OLD."eventId");
END;

CREATE TRIGGER "EventEntity_view_insert" AFTER INSERT ON "EventEntity"
BEGIN
  INSERT INTO "ViewChange" ("key") VALUES ('event:' || NEW."eventId");
END;
CREATE TRIGGER "EventEntity_view_update" AFTER UPDATE ON "EventEntity"
BEGIN
  INSERT INTO "ViewChange" ("key") VALUES ('event:' || OLD."eventId");
  INSERT INTO "ViewChange" ("key") SELECT 'event:' || NEW."eventId" WHERE NEW."eventId" <> OLD."eventId";
END;
CREATE TRIGGER "EventEntity_view_delete" AFTER DELETE ON "EventEntity"
BEGIN
  INSERT INTO "ViewChange" ("key") VALUES ('event:' || OLD."eventId");
END;

-- Entities and articles change often in ways no event shows (mention counts, text): only the columns
-- an event view shows count.
CREATE TRIGGER "Entity_view_update" AFTER UPDATE OF "name", "kind" ON "Entity"
WHEN OLD."name" IS NOT NEW."name" OR OLD."kind" IS NOT NEW."kind"
BEGIN
  INSERT INTO "ViewChange" ("key")
    SELECT 'event:' || "id" FROM "Event" WHERE "subjectId" = NEW."id"
    UNION SELECT 'event:' || "eventId" FROM "EventEntity" WHERE "entityId" = NEW."id";
END;
CREATE TRIGGER "Article_view_update" AFTER UPDATE OF "url", "title", "sourceId" ON "Article"
WHEN OLD."url" IS NOT NEW."url" OR OLD."title" IS NOT NEW."title" OR OLD."sourceId" IS NOT NEW."sourceId"
BEGIN
  INSERT INTO "ViewChange" ("key") SELECT 'event:' || "eventId" FROM "EventSource" WHERE "articleId" = NEW."id";
END;
