-- AlterTable
ALTER TABLE "Article" ADD COLUMN "analysisHash" TEXT;

-- CreateTable
CREATE TABLE "ReanalysisRun" (
    "id" INTEGER NOT NULL PRIMARY KEY AUTOINCREMENT,
    "since" DATETIME,
    "sourceId" TEXT,
    "untilArticleId" INTEGER NOT NULL,
    "doneThroughId" INTEGER NOT NULL DEFAULT 0,
    "done" INTEGER NOT NULL DEFAULT 0,
    "changed" INTEGER NOT NULL DEFAULT 0,
    "failed" INTEGER NOT NULL DEFAULT 0,
    "eventsCreated" INTEGER NOT NULL DEFAULT 0,
    "eventsRemoved" INTEGER NOT NULL DEFAULT 0,
    "startedAt" DATETIME NOT NULL,
    "finishedAt" DATETIME
);

-- CreateIndex
CREATE INDEX "ReanalysisRun_finishedAt_idx" ON "ReanalysisRun"("finishedAt");

