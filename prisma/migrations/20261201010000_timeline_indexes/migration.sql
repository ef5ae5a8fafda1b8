-- AlterTable
ALTER TABLE "EventEntity" ADD COLUMN "firstReportedAt" DATETIME;

-- CreateIndex
CREATE INDEX "Event_subjectId_firstReportedAt_idx" ON "Event"("subjectId", "firstReportedAt");

-- CreateIndex
CREATE INDEX "EventEntity_entityId_firstReportedAt_idx" ON "EventEntity"("entityId", "firstReportedAt");

-- CreateIndex
CREATE INDEX "EventSource_eventId_reportedAt_idx" ON "EventSource"("eventId", "reportedAt");


-- Backfill the copied report time of existing event links.
UPDATE "EventEntity" SET "firstReportedAt" = (SELECT "firstReportedAt" FROM "Event" WHERE "Event"."id" = "EventEntity"."eventId");
