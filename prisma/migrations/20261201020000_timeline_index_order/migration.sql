-- DropIndex
DROP INDEX "EventEntity_entityId_firstReportedAt_idx";

-- CreateIndex
CREATE INDEX "EventEntity_entityId_firstReportedAt_eventId_idx" ON "EventEntity"("entityId", "firstReportedAt", "eventId");

