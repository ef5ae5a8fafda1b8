-- PostgreSQL version of the ViewChange triggers of prisma/migrations/20261203000000_view_changes: every write
-- that changes what an event shows appends "event:<id>" to ViewChange, whatever code or SQL made it.

CREATE FUNCTION "ViewChange_prune"() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  IF NEW."id" % 1000 = 0 THEN
    DELETE FROM "ViewChange" WHERE "id" <= NEW."id" - 50000;
  END IF;
  RETURN NULL;
END $$;
CREATE TRIGGER "ViewChange_prune" AFTER INSERT ON "ViewChange"
  FOR EACH ROW EXECUTE FUNCTION "ViewChange_prune"();

-- Event: its own id. EventSource and EventEntity: the event they belong to, old and new.
CREATE FUNCTION "Event_view_change"() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  IF TG_OP = 'DELETE' THEN
    INSERT INTO "ViewChange" ("key") VALUES ('event:' || OLD."id");
  ELSE
    INSERT INTO "ViewChange" ("key") VALUES ('event:' || NEW."id");
  END IF;
  RETURN NULL;
END $$;
CREATE TRIGGER "Event_view_change" AFTER INSERT OR UPDATE OR DELETE ON "Event"
  FOR EACH ROW EXECUTE FUNCTION "Event_view_change"();

CREATE FUNCTION "EventPart_view_change"() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  IF TG_OP IN ('UPDATE', 'DELETE') THEN
    INSERT INTO "ViewChange" ("key") VALUES ('event:' || OLD."eventId");
  END IF;
  IF TG_OP = 'INSERT' OR (TG_OP = 'UPDATE' AND NEW."eventId" <> OLD."eventId") THEN
    INSERT INTO "ViewChange" ("key") VALUES ('event:' || NEW."eventId");
  END IF;
  RETURN NULL;
END $$;
CREATE TRIGGER "EventSource_view_change" AFTER INSERT OR UPDATE OR DELETE ON "EventSource"
  FOR EACH ROW EXECUTE FUNCTION "EventPart_view_change"();
CREATE TRIGGER "EventEntity_view_change" AFTER INSERT OR UPDATE OR DELETE ON "EventEntity"
  FOR EACH ROW EXECUTE FUNCTION "EventPart_view_change"();

-- Entities and articles: only the columns an event view shows.
CREATE FUNCTION "Entity_view_change"() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  INSERT INTO "ViewChange" ("key")
    SELECT 'event:' || "id" FROM "Event" WHERE "subjectId" = NEW."id"
    UNION SELECT 'event:' || "eventId" FROM "EventEntity" WHERE "entityId" = NEW."id";
  RETURN NULL;
END $$;
CREATE TRIGGER "Entity_view_change" AFTER UPDATE OF "name", "kind" ON "Entity"
  FOR EACH ROW WHEN (OLD."name" IS DISTINCT FROM NEW."name" OR OLD."kind" IS DISTINCT FROM NEW."kind")
  EXECUTE FUNCTION "Entity_view_change"();

CREATE FUNCTION "Article_view_change"() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  INSERT INTO "ViewChange" ("key") SELECT 'event:' || "eventId" FROM "EventSource" WHERE "articleId" = NEW."id";
  RETURN NULL;
END $$;
CREATE TRIGGER "Article_view_change" AFTER UPDATE OF "url", "title", "sourceId" ON "Article"
  FOR EACH ROW WHEN (OLD."url" IS DISTINCT FROM NEW."url" OR OLD."title" IS DISTINCT FROM NEW."title"
    OR OLD."sourceId" IS DISTINCT FROM NEW."sourceId")
  EXECUTE FUNCTION "Article_view_change"();
