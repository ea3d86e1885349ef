-- Trending's candidates include the newest papers without a publication day (publishedAt IS NULL, newest
-- createdAt first): without this index that read walked the whole createdAt index when most papers are dated.
-- CreateIndex
CREATE INDEX "Paper_publishedAt_createdAt_idx" ON "Paper"("publishedAt", "createdAt");
