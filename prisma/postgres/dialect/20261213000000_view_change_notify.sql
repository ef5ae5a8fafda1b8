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
