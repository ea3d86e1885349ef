-- Persist's title lookup for an item that has an arXiv id needs only same-title papers WITHOUT one (papers
-- with its arXiv id are found by that id; any other arXiv id rules the match out). With "arxivId" second in
-- the index, `"normTitle" = $1 AND "arxivId" IS NULL` is one index seek, however many arXiv papers share the
-- title (apps/worker/src/pipeline/title-candidates.ts). The index also serves every lookup by title alone.
-- DropIndex
DROP INDEX "Paper_normTitle_idx";

-- CreateIndex
CREATE INDEX "Paper_normTitle_arxivId_idx" ON "Paper"("normTitle", "arxivId");
