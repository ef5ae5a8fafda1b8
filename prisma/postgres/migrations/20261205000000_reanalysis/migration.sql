-- GENERATED from prisma/migrations/20261205000000_reanalysis (sqlite 2a66c9591582e49c, dialect none): do not edit

-- AlterTable
ALTER TABLE "Article" ADD COLUMN     "analysisHash" TEXT;

-- CreateTable
CREATE TABLE "ReanalysisRun" (
    "id" SERIAL NOT NULL,
    "since" TIMESTAMP(3),
    "sourceId" TEXT,
    "untilArticleId" INTEGER NOT NULL,
    "doneThroughId" INTEGER NOT NULL DEFAULT 0,
    "done" INTEGER NOT NULL DEFAULT 0,
    "changed" INTEGER NOT NULL DEFAULT 0,
    "failed" INTEGER NOT NULL DEFAULT 0,
    "eventsCreated" INTEGER NOT NULL DEFAULT 0,
    "eventsRemoved" INTEGER NOT NULL DEFAULT 0,
    "startedAt" TIMESTAMP(3) NOT NULL,
    "finishedAt" TIMESTAMP(3),

    CONSTRAINT "ReanalysisRun_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE INDEX "ReanalysisRun_finishedAt_idx" ON "ReanalysisRun"("finishedAt");
