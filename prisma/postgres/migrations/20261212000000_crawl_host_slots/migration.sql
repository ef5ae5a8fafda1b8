-- GENERATED from prisma/migrations/20261212000000_crawl_host_slots (sqlite 4820643c24953a9b, dialect none): do not edit

-- CreateTable
CREATE TABLE "CrawlHostSlot" (
    "host" TEXT NOT NULL,
    "nextAtMs" BIGINT NOT NULL,

    CONSTRAINT "CrawlHostSlot_pkey" PRIMARY KEY ("host")
);
