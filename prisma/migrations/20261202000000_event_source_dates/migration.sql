-- RedefineTables
PRAGMA defer_foreign_keys=ON;
PRAGMA foreign_keys=OFF;
CREATE TABLE "new_EventSource" (
    "id" INTEGER NOT NULL PRIMARY KEY AUTOINCREMENT,
    "eventId" INTEGER NOT NULL,
    "articleId" INTEGER NOT NULL,
    "evidence" TEXT NOT NULL,
    "language" TEXT,
    "confidence" REAL NOT NULL,
    "reportedAt" DATETIME NOT NULL,
    "dateValue" TEXT,
    "datePrecision" TEXT NOT NULL DEFAULT 'unknown',
    "reason" TEXT,
    CONSTRAINT "EventSource_eventId_fkey" FOREIGN KEY ("eventId") REFERENCES "Event" ("id") ON DELETE CASCADE ON UPDATE CASCADE,
    CONSTRAINT "EventSource_articleId_fkey" FOREIGN KEY ("articleId") REFERENCES "Article" ("id") ON DELETE CASCADE ON UPDATE CASCADE
);
INSERT INTO "new_EventSource" ("articleId", "confidence", "eventId", "evidence", "id", "language", "reportedAt") SELECT "articleId", "confidence", "eventId", "evidence", "id", "language", "reportedAt" FROM "EventSource";
DROP TABLE "EventSource";
ALTER TABLE "new_EventSource" RENAME TO "EventSource";
CREATE INDEX "EventSource_articleId_idx" ON "EventSource"("articleId");
CREATE INDEX "EventSource_eventId_reportedAt_idx" ON "EventSource"("eventId", "reportedAt");
CREATE UNIQUE INDEX "EventSource_eventId_articleId_key" ON "EventSource"("eventId", "articleId");
PRAGMA foreign_keys=ON;
PRAGMA defer_foreign_keys=OFF;


-- Reports stored before this migration carry their event's date and reason, the best that is known.
UPDATE "EventSource" SET
  "dateValue" = (SELECT "dateValue" FROM "Event" WHERE "Event"."id" = "EventSource"."eventId"),
  "datePrecision" = (SELECT "datePrecision" FROM "Event" WHERE "Event"."id" = "EventSource"."eventId"),
  "reason" = (SELECT "reason" FROM "Event" WHERE "Event"."id" = "EventSource"."eventId");
