-- GENERATED from prisma/migrations/20261202000000_event_source_dates (sqlite efecbcbd9eea83c0, dialect none): do not edit

-- AlterTable
ALTER TABLE "EventSource" ADD COLUMN     "datePrecision" TEXT NOT NULL DEFAULT 'unknown',
ADD COLUMN     "dateValue" TEXT,
ADD COLUMN     "reason" TEXT;
