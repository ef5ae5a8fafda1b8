-- GENERATED from prisma/migrations/20261212000000_crawl_host_slots (sqlite 9c53f280576f0e63, dialect none): do not edit

-- CreateTable
CREATE TABLE "CrawlHostSlot" (
    "host" TEXT NOT NULL,
    "nextAtMs" BIGINT NOT NULL DEFAULT 0,
    "leasedUntilMs" BIGINT NOT NULL DEFAULT 0,

    CONSTRAINT "CrawlHostSlot_pkey" PRIMARY KEY ("host")
);
