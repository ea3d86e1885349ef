-- CreateTable
CREATE TABLE "PaperPdf" (
    "paperId" TEXT NOT NULL,
    "fileName" TEXT NOT NULL,
    "size" INTEGER NOT NULL,
    "sha256" TEXT NOT NULL,
    "bytes" BYTEA NOT NULL,
    "updatedAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "PaperPdf_pkey" PRIMARY KEY ("paperId")
);

-- AddForeignKey
ALTER TABLE "PaperPdf" ADD CONSTRAINT "PaperPdf_paperId_fkey" FOREIGN KEY ("paperId") REFERENCES "Paper"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- PDFs are compressed already: store them uncompressed out of line, so substring() for HTTP Range
-- requests reads only the chunks it needs instead of decompressing the whole document.
ALTER TABLE "PaperPdf" ALTER COLUMN "bytes" SET STORAGE EXTERNAL;
