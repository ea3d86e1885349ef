-- A paper's publication date as precisely as its source gives it, for ordering by publication ("Newest"):
-- the full day (publishedAt: arXiv, a digest's date line, CSL/RIS/BibTeX with a day) or, when only the year is
-- known (most BibTeX), 1 January of that year. Distinct from createdAt (when it was added to this server).
-- A trigger keeps it in step with publishedAt/year whoever writes the row (the pipeline's bulk SQL, Prisma).
ALTER TABLE "Paper" ADD COLUMN "publishedSort" TIMESTAMP(3);

CREATE FUNCTION "paper_published_sort"() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  NEW."publishedSort" := COALESCE(
    NEW."publishedAt",
    CASE WHEN NEW.year BETWEEN 1 AND 9999 THEN make_timestamp(NEW.year, 1, 1, 0, 0, 0) END
  );
  RETURN NEW;
END $$;

CREATE TRIGGER "Paper_publishedSort" BEFORE INSERT OR UPDATE OF "publishedAt", year ON "Paper"
  FOR EACH ROW EXECUTE FUNCTION "paper_published_sort"();

-- Backfill: every existing paper gets its sort date from what it already holds.
UPDATE "Paper" SET "publishedSort" = COALESCE("publishedAt", CASE WHEN year BETWEEN 1 AND 9999 THEN make_timestamp(year, 1, 1, 0, 0, 0) END);

-- CreateIndex
CREATE INDEX "Paper_publishedSort_idx" ON "Paper"("publishedSort");
