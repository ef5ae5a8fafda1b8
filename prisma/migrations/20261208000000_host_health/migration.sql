-- CreateTable
CREATE TABLE "HostHealth" (
    "host" TEXT NOT NULL PRIMARY KEY,
    "failedRuns" INTEGER NOT NULL DEFAULT 0,
    "openUntil" DATETIME,
    "lastError" TEXT,
    "lastFailureAt" DATETIME,
    "lastSuccessAt" DATETIME,
    "updatedAt" DATETIME NOT NULL
);

