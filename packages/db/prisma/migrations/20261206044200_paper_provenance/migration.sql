-- CreateEnum
CREATE TYPE "PdfVisibility" AS ENUM ('PRIVATE', 'TEAM', 'PUBLIC');

-- CreateEnum
CREATE TYPE "ProposalStatus" AS ENUM ('OPEN', 'ACCEPTED', 'REJECTED');

-- AlterTable: an import run records who may see its PDFs (the uploader's choice)
ALTER TABLE "IngestRun" ADD COLUMN     "pdfTeamId" TEXT,
ADD COLUMN     "pdfVisibility" "PdfVisibility" NOT NULL DEFAULT 'PRIVATE';

-- AlterTable: PaperPdf becomes one row per uploaded PDF (several per paper), owned by its uploader.
ALTER TABLE "PaperPdf" DROP CONSTRAINT "PaperPdf_pkey",
ADD COLUMN     "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
ADD COLUMN     "fullText" TEXT,
ADD COLUMN     "id" TEXT,
ADD COLUMN     "runId" TEXT,
ADD COLUMN     "teamId" TEXT,
ADD COLUMN     "uploaderId" TEXT,
ADD COLUMN     "visibility" "PdfVisibility" NOT NULL DEFAULT 'PRIVATE';

-- PDFs kept before this migration were served to everyone and gave the paper its text: they stay PUBLIC
-- (their text is already the canonical text), attributed to whoever uploaded them when the run says so.
UPDATE "PaperPdf" f SET
  "id" = 'pdf' || md5(f."paperId"),
  "visibility" = 'PUBLIC',
  "fullText" = p."fullText",
  "uploaderId" = (SELECT r."createdById" FROM "IngestItem" i JOIN "IngestRun" r ON r.id = i."runId"
                  WHERE i."paperId" = f."paperId" AND i.ref = f."fileName" ORDER BY i.id DESC LIMIT 1)
FROM "Paper" p WHERE p.id = f."paperId";

ALTER TABLE "PaperPdf" ALTER COLUMN "id" SET NOT NULL,
ADD CONSTRAINT "PaperPdf_pkey" PRIMARY KEY ("id");

-- CreateTable
CREATE TABLE "PaperChange" (
    "id" TEXT NOT NULL,
    "paperId" TEXT NOT NULL,
    "kind" TEXT NOT NULL,
    "before" JSONB NOT NULL DEFAULT '{}',
    "after" JSONB NOT NULL DEFAULT '{}',
    "runId" TEXT,
    "ref" TEXT,
    "format" TEXT,
    "actorId" TEXT,
    "trusted" BOOLEAN NOT NULL DEFAULT false,
    "proposalId" TEXT,
    "revertOfId" TEXT,
    "revertedAt" TIMESTAMP(3),
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "PaperChange_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "PaperProposal" (
    "id" TEXT NOT NULL,
    "paperId" TEXT NOT NULL,
    "status" "ProposalStatus" NOT NULL DEFAULT 'OPEN',
    "fields" JSONB NOT NULL,
    "current" JSONB NOT NULL,
    "digest" TEXT NOT NULL,
    "runId" TEXT,
    "ref" TEXT,
    "format" TEXT,
    "proposerId" TEXT,
    "decidedById" TEXT,
    "decidedAt" TIMESTAMP(3),
    "changeId" TEXT,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "PaperProposal_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE INDEX "PaperPdf_paperId_idx" ON "PaperPdf"("paperId");

-- CreateIndex
CREATE INDEX "PaperPdf_uploaderId_idx" ON "PaperPdf"("uploaderId");

-- CreateIndex
CREATE INDEX "PaperChange_paperId_createdAt_idx" ON "PaperChange"("paperId", "createdAt");

-- CreateIndex
CREATE INDEX "PaperProposal_status_createdAt_idx" ON "PaperProposal"("status", "createdAt");

-- CreateIndex
CREATE INDEX "PaperProposal_paperId_status_idx" ON "PaperProposal"("paperId", "status");

-- AddForeignKey
ALTER TABLE "PaperChange" ADD CONSTRAINT "PaperChange_paperId_fkey" FOREIGN KEY ("paperId") REFERENCES "Paper"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "PaperProposal" ADD CONSTRAINT "PaperProposal_paperId_fkey" FOREIGN KEY ("paperId") REFERENCES "Paper"("id") ON DELETE CASCADE ON UPDATE CASCADE;
