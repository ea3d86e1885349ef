-- The public cache (see 20261206154400_public_cache_invalidation) also keeps which PDF of a paper a visitor may
-- open (a PUBLIC one whose text is the paper's): any change to a paper's PDFs announces the paper.
CREATE FUNCTION "public_cache_paper_pdf"() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  IF TG_OP = 'INSERT' THEN
    PERFORM "public_cache_invalidate"(ARRAY(SELECT 'paper:' || "paperId" FROM n));
  ELSE
    PERFORM "public_cache_invalidate"(ARRAY(SELECT 'paper:' || "paperId" FROM o));
  END IF;
  RETURN NULL;
END $$;
CREATE TRIGGER "PaperPdf_public_cache_i" AFTER INSERT ON "PaperPdf" REFERENCING NEW TABLE AS n FOR EACH STATEMENT EXECUTE FUNCTION "public_cache_paper_pdf"();
CREATE TRIGGER "PaperPdf_public_cache_u" AFTER UPDATE ON "PaperPdf" REFERENCING OLD TABLE AS o FOR EACH STATEMENT EXECUTE FUNCTION "public_cache_paper_pdf"();
CREATE TRIGGER "PaperPdf_public_cache_d" AFTER DELETE ON "PaperPdf" REFERENCING OLD TABLE AS o FOR EACH STATEMENT EXECUTE FUNCTION "public_cache_paper_pdf"();
