-- GENERATED from prisma/migrations/20261208000000_host_health (sqlite 7be0cbe16aefe9a7, dialect none): do not edit

-- CreateTable
CREATE TABLE "HostHealth" (
    "host" TEXT NOT NULL,
    "failedRuns" INTEGER NOT NULL DEFAULT 0,
    "openUntil" TIMESTAMP(3),
    "lastError" TEXT,
    "lastFailureAt" TIMESTAMP(3),
    "lastSuccessAt" TIMESTAMP(3),
    "updatedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "HostHealth_pkey" PRIMARY KEY ("host")
);
