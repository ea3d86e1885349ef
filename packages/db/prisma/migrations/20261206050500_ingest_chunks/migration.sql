-- Ingest runs that survive their worker: a run is split into chunks, each leased to one worker at a time
-- and renewed while it works; the chunk's cursor is committed with every batch, so a worker taking over an
-- expired lease resumes after the last committed batch. "resumed" counts those takeovers.
ALTER TABLE "IngestRun" ADD COLUMN "resumed" INTEGER NOT NULL DEFAULT 0;

CREATE TABLE "IngestChunk" (
    "id" TEXT NOT NULL,
    "runId" TEXT NOT NULL,
    "position" INTEGER NOT NULL,
    "source" JSONB NOT NULL,
    "startByte" BIGINT,
    "endByte" BIGINT,
    "cursor" BIGINT NOT NULL DEFAULT 0,
    "items" INTEGER,
    "status" "IngestStatus" NOT NULL DEFAULT 'QUEUED',
    "leaseOwner" TEXT,
    "leaseExpiresAt" TIMESTAMP(3),
    "attempts" INTEGER NOT NULL DEFAULT 0,
    "error" TEXT,

    CONSTRAINT "IngestChunk_pkey" PRIMARY KEY ("id")
);

CREATE UNIQUE INDEX "IngestChunk_runId_position_key" ON "IngestChunk"("runId", "position");
CREATE INDEX "IngestChunk_status_leaseExpiresAt_idx" ON "IngestChunk"("status", "leaseExpiresAt");

ALTER TABLE "IngestChunk" ADD CONSTRAINT "IngestChunk_runId_fkey" FOREIGN KEY ("runId") REFERENCES "IngestRun"("id") ON DELETE CASCADE ON UPDATE CASCADE;
