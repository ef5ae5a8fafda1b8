-- GENERATED from prisma/migrations/20261201010000_timeline_indexes (sqlite 1d86f2fca0eed671, dialect none): do not edit

-- AlterTable
ALTER TABLE "EventEntity" ADD COLUMN     "firstReportedAt" TIMESTAMP(3);

-- CreateIndex
CREATE INDEX "Event_subjectId_firstReportedAt_idx" ON "Event"("subjectId", "firstReportedAt");

-- CreateIndex
CREATE INDEX "EventEntity_entityId_firstReportedAt_idx" ON "EventEntity"("entityId", "firstReportedAt");

-- CreateIndex
CREATE INDEX "EventSource_eventId_reportedAt_idx" ON "EventSource"("eventId", "reportedAt");
