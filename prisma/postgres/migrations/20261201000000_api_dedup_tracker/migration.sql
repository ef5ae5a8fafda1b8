-- GENERATED from prisma/migrations/20261201000000_api_dedup_tracker (sqlite 6e9853c64c6895af, dialect none): do not edit

-- AlterTable
ALTER TABLE "Article" ADD COLUMN     "duplicateSimilarity" DOUBLE PRECISION,
ADD COLUMN     "simhash" TEXT;

-- AlterTable
ALTER TABLE "Entity" ADD COLUMN     "mentionCount" INTEGER NOT NULL DEFAULT 0,
ADD COLUMN     "mergedIntoId" TEXT;

-- AlterTable
ALTER TABLE "Event" ADD COLUMN     "hiddenReason" TEXT;

-- CreateTable
CREATE TABLE "ApiKey" (
    "id" SERIAL NOT NULL,
    "name" TEXT NOT NULL,
    "prefix" TEXT NOT NULL,
    "hash" TEXT NOT NULL,
    "rateLimitPerMinute" INTEGER,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "lastUsedAt" TIMESTAMP(3),
    "revokedAt" TIMESTAMP(3),

    CONSTRAINT "ApiKey_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "ReleaseTrack" (
    "entityId" TEXT NOT NULL,
    "status" TEXT NOT NULL,
    "expectedDate" TEXT,
    "expectedPrecision" TEXT,
    "releasedDate" TEXT,
    "lastReportedAt" TIMESTAMP(3) NOT NULL,
    "updatedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "ReleaseTrack_pkey" PRIMARY KEY ("entityId")
);

-- CreateIndex
CREATE UNIQUE INDEX "ApiKey_hash_key" ON "ApiKey"("hash");

-- CreateIndex
CREATE UNIQUE INDEX "ApiKey_name_key" ON "ApiKey"("name");

-- CreateIndex
CREATE INDEX "ReleaseTrack_status_entityId_idx" ON "ReleaseTrack"("status", "entityId");

-- CreateIndex
CREATE INDEX "Article_duplicateOfId_idx" ON "Article"("duplicateOfId");

-- CreateIndex
CREATE INDEX "Article_fetchedAt_idx" ON "Article"("fetchedAt");

-- CreateIndex
CREATE INDEX "Entity_mergedIntoId_idx" ON "Entity"("mergedIntoId");

-- AddForeignKey
ALTER TABLE "ReleaseTrack" ADD CONSTRAINT "ReleaseTrack_entityId_fkey" FOREIGN KEY ("entityId") REFERENCES "Entity"("id") ON DELETE CASCADE ON UPDATE CASCADE;
