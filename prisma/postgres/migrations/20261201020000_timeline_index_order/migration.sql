-- GENERATED from prisma/migrations/20261201020000_timeline_index_order (sqlite 192884eb7ece2fd9, dialect none): do not edit

-- DropIndex
DROP INDEX "EventEntity_entityId_firstReportedAt_idx";

-- CreateIndex
CREATE INDEX "EventEntity_entityId_firstReportedAt_eventId_idx" ON "EventEntity"("entityId", "firstReportedAt", "eventId");
