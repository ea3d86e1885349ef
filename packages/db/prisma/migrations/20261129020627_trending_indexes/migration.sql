-- CreateIndex
CREATE INDEX "Upvote_createdAt_idx" ON "Upvote"("createdAt");

-- CreateIndex
CREATE INDEX "ReadingListItem_createdAt_idx" ON "ReadingListItem"("createdAt");

-- CreateIndex
CREATE INDEX "Annotation_createdAt_idx" ON "Annotation"("createdAt");
