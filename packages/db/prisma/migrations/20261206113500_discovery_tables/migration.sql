-- Discovery read from tables the worker keeps (issue 17.2): trending scores, category counts, refresh times.
CREATE TABLE "TrendingScore" (
    "paperId" TEXT NOT NULL,
    "rankKey" DOUBLE PRECISION NOT NULL,
    "computedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "TrendingScore_pkey" PRIMARY KEY ("paperId")
);

CREATE TABLE "CategoryCount" (
    "category" TEXT NOT NULL,
    "count" INTEGER NOT NULL,

    CONSTRAINT "CategoryCount_pkey" PRIMARY KEY ("category")
);

CREATE TABLE "DiscoveryRefresh" (
    "name" TEXT NOT NULL,
    "refreshedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "DiscoveryRefresh_pkey" PRIMARY KEY ("name")
);

CREATE INDEX "TrendingScore_rankKey_idx" ON "TrendingScore"("rankKey" DESC);

ALTER TABLE "TrendingScore" ADD CONSTRAINT "TrendingScore_paperId_fkey" FOREIGN KEY ("paperId") REFERENCES "Paper"("id") ON DELETE CASCADE ON UPDATE CASCADE;
