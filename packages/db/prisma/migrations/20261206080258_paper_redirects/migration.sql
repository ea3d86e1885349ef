-- CreateTable: a merged paper's id leads to the paper it was merged into (issue 15.6).
CREATE TABLE "PaperRedirect" (
    "fromId" TEXT NOT NULL,
    "toId" TEXT NOT NULL,
    "mergedById" TEXT,
    "fromTitle" TEXT NOT NULL,
    "fromKey" TEXT NOT NULL,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "PaperRedirect_pkey" PRIMARY KEY ("fromId")
);

-- CreateIndex
CREATE INDEX "PaperRedirect_toId_idx" ON "PaperRedirect"("toId");

-- AddForeignKey
ALTER TABLE "PaperRedirect" ADD CONSTRAINT "PaperRedirect_toId_fkey" FOREIGN KEY ("toId") REFERENCES "Paper"("id") ON DELETE CASCADE ON UPDATE CASCADE;
