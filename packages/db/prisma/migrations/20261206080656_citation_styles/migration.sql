-- CreateTable
CREATE TABLE "CitationStyle" (
    "id" TEXT NOT NULL,
    "key" TEXT NOT NULL,
    "title" TEXT NOT NULL,
    "xml" TEXT NOT NULL,
    "userId" TEXT,
    "teamId" TEXT,
    "createdById" TEXT NOT NULL,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "CitationStyle_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE UNIQUE INDEX "CitationStyle_userId_key_key" ON "CitationStyle"("userId", "key");

-- CreateIndex
CREATE UNIQUE INDEX "CitationStyle_teamId_key_key" ON "CitationStyle"("teamId", "key");

-- AddForeignKey
ALTER TABLE "CitationStyle" ADD CONSTRAINT "CitationStyle_userId_fkey" FOREIGN KEY ("userId") REFERENCES "User"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "CitationStyle" ADD CONSTRAINT "CitationStyle_teamId_fkey" FOREIGN KEY ("teamId") REFERENCES "Team"("id") ON DELETE CASCADE ON UPDATE CASCADE;

