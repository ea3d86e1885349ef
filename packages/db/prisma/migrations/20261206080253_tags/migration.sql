-- AlterTable
ALTER TABLE "Annotation" ADD COLUMN     "tags" TEXT[] DEFAULT ARRAY[]::TEXT[];

-- CreateTable
CREATE TABLE "PaperTag" (
    "userId" TEXT NOT NULL,
    "paperId" TEXT NOT NULL,
    "tag" TEXT NOT NULL,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "PaperTag_pkey" PRIMARY KEY ("userId","paperId","tag")
);

-- CreateIndex
CREATE INDEX "PaperTag_userId_tag_idx" ON "PaperTag"("userId", "tag");

-- CreateIndex
CREATE INDEX "PaperTag_paperId_idx" ON "PaperTag"("paperId");

-- AddForeignKey
ALTER TABLE "PaperTag" ADD CONSTRAINT "PaperTag_userId_fkey" FOREIGN KEY ("userId") REFERENCES "User"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "PaperTag" ADD CONSTRAINT "PaperTag_paperId_fkey" FOREIGN KEY ("paperId") REFERENCES "Paper"("id") ON DELETE CASCADE ON UPDATE CASCADE;

