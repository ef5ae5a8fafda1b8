-- GENERATED from prisma/migrations/20261214000000_search_event_type (sqlite 3a5997d89c9806e2, dialect none): do not edit

-- CreateIndex
CREATE INDEX "Event_type_hidden_idx" ON "Event"("type", "hidden");
