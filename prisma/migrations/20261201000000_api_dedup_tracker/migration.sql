-- AlterTable
ALTER TABLE "Article" ADD COLUMN "duplicateSimilarity" REAL;
ALTER TABLE "Article" ADD COLUMN "simhash" TEXT;

-- AlterTable
ALTER TABLE "Event" ADD COLUMN "hiddenReason" TEXT;

-- CreateTable
CREATE TABLE "ReleaseTrack" (
    "entityId" TEXT NOT NULL PRIMARY KEY,
    "status" TEXT NOT NULL,
    "expectedDate" TEXT,
    "expectedPrecision" TEXT,
    "releasedDate" TEXT,
    "lastReportedAt" DATETIME NOT NULL,
    "updatedAt" DATETIME NOT NULL,
    CONSTRAINT "ReleaseTrack_entityId_fkey" FOREIGN KEY ("entityId") REFERENCES "Entity" ("id") ON DELETE CASCADE ON UPDATE CASCADE
);

-- CreateTable
CREATE TABLE "ApiKey" (
    "id" INTEGER NOT NULL PRIMARY KEY AUTOINCREMENT,
    "name" TEXT NOT NULL,
    "prefix" TEXT NOT NULL,
    "hash" TEXT NOT NULL,
    "rateLimitPerMinute" INTEGER,
    "createdAt" DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "lastUsedAt" DATETIME,
    "revokedAt" DATETIME
);

-- RedefineTables
PRAGMA defer_foreign_keys=ON;
PRAGMA foreign_keys=OFF;
CREATE TABLE "new_Entity" (
    "id" TEXT NOT NULL PRIMARY KEY,
    "kind" TEXT NOT NULL,
    "name" TEXT NOT NULL,
    "developerId" TEXT,
    "family" TEXT,
    "candidate" BOOLEAN NOT NULL DEFAULT false,
    "mergedIntoId" TEXT,
    "mentionCount" INTEGER NOT NULL DEFAULT 0,
    "createdAt" DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" DATETIME NOT NULL
);
INSERT INTO "new_Entity" ("candidate", "createdAt", "developerId", "family", "id", "kind", "name", "updatedAt") SELECT "candidate", "createdAt", "developerId", "family", "id", "kind", "name", "updatedAt" FROM "Entity";
DROP TABLE "Entity";
ALTER TABLE "new_Entity" RENAME TO "Entity";
CREATE INDEX "Entity_kind_idx" ON "Entity"("kind");
CREATE INDEX "Entity_mergedIntoId_idx" ON "Entity"("mergedIntoId");
PRAGMA foreign_keys=ON;
PRAGMA defer_foreign_keys=OFF;

-- CreateIndex
CREATE INDEX "ReleaseTrack_status_entityId_idx" ON "ReleaseTrack"("status", "entityId");

-- CreateIndex
CREATE UNIQUE INDEX "ApiKey_name_key" ON "ApiKey"("name");

-- CreateIndex
CREATE UNIQUE INDEX "ApiKey_hash_key" ON "ApiKey"("hash");

-- CreateIndex
CREATE INDEX "Article_duplicateOfId_idx" ON "Article"("duplicateOfId");

-- CreateIndex
CREATE INDEX "Article_fetchedAt_idx" ON "Article"("fetchedAt");


-- Backfill: mention counts of entities stored before this migration (ReleaseTrack rows are rebuilt by the
-- store on the first open after this migration, see store/database.ts).
UPDATE "Entity" SET "mentionCount" = (SELECT COUNT(*) FROM "Mention" WHERE "Mention"."entityId" = "Entity"."id");
