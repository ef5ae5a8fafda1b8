-- CreateTable
CREATE TABLE "CrawlHostSlot" (
    "host" TEXT NOT NULL PRIMARY KEY,
    "nextAtMs" BIGINT NOT NULL DEFAULT 0,
    "leasedUntilMs" BIGINT NOT NULL DEFAULT 0
);
