-- Ingestion: uploaded bytes live in PostgreSQL (not in job payloads); runs record start and whole-run errors;
-- the search outbox backs off per row after a failed delivery.

-- AlterTable
ALTER TABLE "IngestRun" ADD COLUMN     "error" TEXT,
ADD COLUMN     "startedAt" TIMESTAMP(3);

-- AlterTable
ALTER TABLE "SearchOutbox" ADD COLUMN     "availableAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP;

-- CreateTable
CREATE TABLE "IngestUpload" (
    "id" TEXT NOT NULL,
    "runId" TEXT NOT NULL,
    "fileName" TEXT NOT NULL,
    "size" INTEGER NOT NULL,
    "bytes" BYTEA NOT NULL,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "IngestUpload_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE INDEX "IngestUpload_runId_idx" ON "IngestUpload"("runId");

-- AddForeignKey
ALTER TABLE "IngestUpload" ADD CONSTRAINT "IngestUpload_runId_fkey" FOREIGN KEY ("runId") REFERENCES "IngestRun"("id") ON DELETE CASCADE ON UPDATE CASCADE;
