-- Issue 16.3: the annotations page searches quote + body. A stored generated tsvector (english stemming; the
-- quote weighs more than the comment) behind a GIN index; schema.prisma declares it Unsupported("tsvector").
-- AlterTable
ALTER TABLE "Annotation" ADD COLUMN     "searchVector" tsvector
  GENERATED ALWAYS AS (
    setweight(to_tsvector('english'::regconfig, coalesce("quote", '')), 'A') ||
    setweight(to_tsvector('english'::regconfig, coalesce("body", '')), 'B')
  ) STORED;

-- CreateIndex
CREATE INDEX "Annotation_searchVector_idx" ON "Annotation" USING GIN ("searchVector");

-- CreateIndex (the tag filter: tags @> ARRAY[tag])
CREATE INDEX "Annotation_tags_idx" ON "Annotation" USING GIN ("tags");

-- CreateIndex (a team's annotations page, newest first)
CREATE INDEX "Annotation_teamId_createdAt_idx" ON "Annotation"("teamId", "createdAt");
