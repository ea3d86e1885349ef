-- CreateIndex
CREATE INDEX "Paper_createdAt_idx" ON "Paper"("createdAt");

