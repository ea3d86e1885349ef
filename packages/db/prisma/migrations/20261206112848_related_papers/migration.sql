-- CreateTable: each paper's related papers, cached (issue 16.6).
CREATE TABLE "RelatedPapers" (
    "paperId" TEXT NOT NULL,
    "relatedIds" TEXT[],
    "textHash" TEXT NOT NULL,
    "librarySize" INTEGER NOT NULL,
    "computedAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "RelatedPapers_pkey" PRIMARY KEY ("paperId")
);
