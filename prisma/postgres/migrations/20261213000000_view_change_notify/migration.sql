-- GENERATED from prisma/migrations/20261213000000_view_change_notify (sqlite a8935756641a4737, dialect 9e40c486c11d69de): do not edit

-- This is an empty migration.

-- Dialect: prisma/postgres/dialect (hand-written PostgreSQL)
-- Every key appended to ViewChange is announced on the channel "view_change" when its transaction commits
-- (LISTEN/NOTIFY), so API processes forget exactly the changed event views without polling the table; a
-- transaction announces each distinct key once, and a rolled-back one announces nothing.
CREATE FUNCTION "ViewChange_notify"() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  PERFORM pg_notify('view_change', NEW."key");
  RETURN NULL;
END $$;
CREATE TRIGGER "ViewChange_notify" AFTER INSERT ON "ViewChange"
  FOR EACH ROW EXECUTE FUNCTION "ViewChange_notify"();
