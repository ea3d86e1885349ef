-- CreateTable
CREATE TABLE "ReadingListImport" (
    "runId" TEXT NOT NULL,
    "listId" TEXT NOT NULL,
    "userId" TEXT NOT NULL,
    "appliedAt" TIMESTAMP(3),
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "ReadingListImport_pkey" PRIMARY KEY ("runId")
);

-- CreateIndex
CREATE INDEX "ReadingListImport_listId_appliedAt_idx" ON "ReadingListImport"("listId", "appliedAt");

-- CreateIndex
CREATE INDEX "ReadingListImport_userId_idx" ON "ReadingListImport"("userId");

-- AddForeignKey
ALTER TABLE "ReadingListImport" ADD CONSTRAINT "ReadingListImport_runId_fkey" FOREIGN KEY ("runId") REFERENCES "IngestRun"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "ReadingListImport" ADD CONSTRAINT "ReadingListImport_listId_fkey" FOREIGN KEY ("listId") REFERENCES "ReadingList"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "ReadingListImport" ADD CONSTRAINT "ReadingListImport_userId_fkey" FOREIGN KEY ("userId") REFERENCES "User"("id") ON DELETE CASCADE ON UPDATE CASCADE;
