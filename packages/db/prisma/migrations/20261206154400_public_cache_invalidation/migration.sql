-- Invalidation of the public-page cache (packages/api/src/public-cache): whoever writes a row that a public page
-- shows (the API, the worker's bulk SQL, an admin script, another web instance), PostgreSQL itself NOTIFYs the
-- keys it touched on the live-events channel, delivered on commit to every web instance. Statement-level
-- triggers with transition tables: one trigger call per statement, however many rows (a bulk ingest pays one
-- query per statement, and a paper inserted in the same transaction is never announced: nothing cached it).
-- Keys: paper:<id>, user:<id>, list:<id>, team:<id>; more than 100 in one statement become "all".

CREATE FUNCTION "public_cache_invalidate"(keys text[]) RETURNS void LANGUAGE plpgsql AS $$
DECLARE
  k text;
  n int;
  at bigint := floor(extract(epoch FROM clock_timestamp()) * 1000);
BEGIN
  SELECT array_agg(DISTINCT x) INTO keys FROM unnest(keys) AS x WHERE x IS NOT NULL;
  n := coalesce(cardinality(keys), 0);
  IF n = 0 THEN RETURN; END IF;
  IF n > 100 THEN keys := ARRAY['all']; END IF;
  FOREACH k IN ARRAY keys LOOP
    PERFORM pg_notify('commonplace_events', json_build_object('topic', 'public-cache', 'kind', 'invalidate', 'id', k, 'at', at)::text);
  END LOOP;
END $$;

CREATE FUNCTION "public_cache_all"() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  PERFORM "public_cache_invalidate"(ARRAY['all']);
  RETURN NULL;
END $$;

-- Paper: its page, its counts, and any profile or related list showing its title. Inserts are not announced.
CREATE FUNCTION "public_cache_paper"() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  PERFORM "public_cache_invalidate"(ARRAY(SELECT 'paper:' || id FROM o));
  RETURN NULL;
END $$;
CREATE TRIGGER "Paper_public_cache_u" AFTER UPDATE ON "Paper" REFERENCING OLD TABLE AS o FOR EACH STATEMENT EXECUTE FUNCTION "public_cache_paper"();
CREATE TRIGGER "Paper_public_cache_d" AFTER DELETE ON "Paper" REFERENCING OLD TABLE AS o FOR EACH STATEMENT EXECUTE FUNCTION "public_cache_paper"();
CREATE TRIGGER "Paper_public_cache_t" AFTER TRUNCATE ON "Paper" FOR EACH STATEMENT EXECUTE FUNCTION "public_cache_all"();

-- PaperAuthor: the paper's author line. A new paper's authors (inserted with it, createdAt = now()) are skipped.
CREATE FUNCTION "public_cache_paper_author"() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  IF TG_OP = 'INSERT' THEN
    PERFORM "public_cache_invalidate"(ARRAY(SELECT DISTINCT 'paper:' || n."paperId" FROM n JOIN "Paper" p ON p.id = n."paperId" WHERE p."createdAt" < now()));
  ELSE
    PERFORM "public_cache_invalidate"(ARRAY(SELECT DISTINCT 'paper:' || o."paperId" FROM o));
  END IF;
  RETURN NULL;
END $$;
CREATE TRIGGER "PaperAuthor_public_cache_i" AFTER INSERT ON "PaperAuthor" REFERENCING NEW TABLE AS n FOR EACH STATEMENT EXECUTE FUNCTION "public_cache_paper_author"();
CREATE TRIGGER "PaperAuthor_public_cache_u" AFTER UPDATE ON "PaperAuthor" REFERENCING OLD TABLE AS o FOR EACH STATEMENT EXECUTE FUNCTION "public_cache_paper_author"();
CREATE TRIGGER "PaperAuthor_public_cache_d" AFTER DELETE ON "PaperAuthor" REFERENCING OLD TABLE AS o FOR EACH STATEMENT EXECUTE FUNCTION "public_cache_paper_author"();

-- Author: a renamed author changes every paper of theirs.
CREATE FUNCTION "public_cache_author"() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  PERFORM "public_cache_invalidate"(ARRAY(SELECT DISTINCT 'paper:' || pa."paperId" FROM o JOIN "PaperAuthor" pa ON pa."authorId" = o.id));
  RETURN NULL;
END $$;
CREATE TRIGGER "Author_public_cache_u" AFTER UPDATE ON "Author" REFERENCING OLD TABLE AS o FOR EACH STATEMENT EXECUTE FUNCTION "public_cache_author"();

-- Annotation: the paper's public count, its author's profile (old and new values: a move between papers,
-- authors or visibilities leaves both sides).
CREATE FUNCTION "public_cache_annotation"() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  IF TG_OP = 'INSERT' THEN
    PERFORM "public_cache_invalidate"(ARRAY(SELECT 'paper:' || "paperId" FROM n UNION SELECT 'user:' || "authorId" FROM n));
  ELSIF TG_OP = 'UPDATE' THEN
    PERFORM "public_cache_invalidate"(ARRAY(
      SELECT 'paper:' || "paperId" FROM n UNION SELECT 'user:' || "authorId" FROM n
      UNION SELECT 'paper:' || "paperId" FROM o UNION SELECT 'user:' || "authorId" FROM o));
  ELSE
    PERFORM "public_cache_invalidate"(ARRAY(SELECT 'paper:' || "paperId" FROM o UNION SELECT 'user:' || "authorId" FROM o));
  END IF;
  RETURN NULL;
END $$;
CREATE TRIGGER "Annotation_public_cache_i" AFTER INSERT ON "Annotation" REFERENCING NEW TABLE AS n FOR EACH STATEMENT EXECUTE FUNCTION "public_cache_annotation"();
CREATE TRIGGER "Annotation_public_cache_u" AFTER UPDATE ON "Annotation" REFERENCING OLD TABLE AS o NEW TABLE AS n FOR EACH STATEMENT EXECUTE FUNCTION "public_cache_annotation"();
CREATE TRIGGER "Annotation_public_cache_d" AFTER DELETE ON "Annotation" REFERENCING OLD TABLE AS o FOR EACH STATEMENT EXECUTE FUNCTION "public_cache_annotation"();
CREATE TRIGGER "Annotation_public_cache_t" AFTER TRUNCATE ON "Annotation" FOR EACH STATEMENT EXECUTE FUNCTION "public_cache_all"();

-- ReadingList: the list, its owner's and team's pages; when its visibility changes (or it goes), every paper on
-- it (public list counts) and every annotation in it (public annotation counts, their authors' profiles).
CREATE FUNCTION "public_cache_list"() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  IF TG_OP = 'INSERT' THEN
    PERFORM "public_cache_invalidate"(ARRAY(
      SELECT 'list:' || id FROM n UNION SELECT 'user:' || "ownerId" FROM n UNION SELECT 'team:' || "teamId" FROM n));
  ELSIF TG_OP = 'UPDATE' THEN
    PERFORM "public_cache_invalidate"(ARRAY(
      SELECT 'list:' || id FROM n UNION SELECT 'user:' || "ownerId" FROM n UNION SELECT 'team:' || "teamId" FROM n
      UNION SELECT 'user:' || "ownerId" FROM o UNION SELECT 'team:' || "teamId" FROM o
      UNION SELECT 'paper:' || i."paperId" FROM "ReadingListItem" i JOIN o ON o.id = i."listId" JOIN n ON n.id = o.id
        WHERE o.visibility IS DISTINCT FROM n.visibility
      UNION SELECT 'paper:' || a."paperId" FROM "Annotation" a JOIN o ON o.id = a."listId" JOIN n ON n.id = o.id
        WHERE o.visibility IS DISTINCT FROM n.visibility
      UNION SELECT 'user:' || a."authorId" FROM "Annotation" a JOIN o ON o.id = a."listId" JOIN n ON n.id = o.id
        WHERE o.visibility IS DISTINCT FROM n.visibility));
  ELSE
    PERFORM "public_cache_invalidate"(ARRAY(
      SELECT 'list:' || id FROM o UNION SELECT 'user:' || "ownerId" FROM o UNION SELECT 'team:' || "teamId" FROM o));
  END IF;
  RETURN NULL;
END $$;
CREATE TRIGGER "ReadingList_public_cache_i" AFTER INSERT ON "ReadingList" REFERENCING NEW TABLE AS n FOR EACH STATEMENT EXECUTE FUNCTION "public_cache_list"();
CREATE TRIGGER "ReadingList_public_cache_u" AFTER UPDATE ON "ReadingList" REFERENCING OLD TABLE AS o NEW TABLE AS n FOR EACH STATEMENT EXECUTE FUNCTION "public_cache_list"();
CREATE TRIGGER "ReadingList_public_cache_d" AFTER DELETE ON "ReadingList" REFERENCING OLD TABLE AS o FOR EACH STATEMENT EXECUTE FUNCTION "public_cache_list"();
CREATE TRIGGER "ReadingList_public_cache_t" AFTER TRUNCATE ON "ReadingList" FOR EACH STATEMENT EXECUTE FUNCTION "public_cache_all"();

-- ReadingListItem: the paper's public list count, the list's item counts, its owner's "papers read".
CREATE FUNCTION "public_cache_list_item"() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  IF TG_OP = 'INSERT' THEN
    PERFORM "public_cache_invalidate"(ARRAY(
      SELECT 'paper:' || "paperId" FROM n UNION SELECT 'list:' || "listId" FROM n
      UNION SELECT 'user:' || l."ownerId" FROM n JOIN "ReadingList" l ON l.id = n."listId"));
  ELSIF TG_OP = 'UPDATE' THEN
    PERFORM "public_cache_invalidate"(ARRAY(
      SELECT 'paper:' || "paperId" FROM n UNION SELECT 'list:' || "listId" FROM n
      UNION SELECT 'paper:' || "paperId" FROM o UNION SELECT 'list:' || "listId" FROM o
      UNION SELECT 'user:' || l."ownerId" FROM n JOIN "ReadingList" l ON l.id = n."listId"
      UNION SELECT 'user:' || l."ownerId" FROM o JOIN "ReadingList" l ON l.id = o."listId"));
  ELSE
    PERFORM "public_cache_invalidate"(ARRAY(
      SELECT 'paper:' || "paperId" FROM o UNION SELECT 'list:' || "listId" FROM o
      UNION SELECT 'user:' || l."ownerId" FROM o JOIN "ReadingList" l ON l.id = o."listId"));
  END IF;
  RETURN NULL;
END $$;
CREATE TRIGGER "ReadingListItem_public_cache_i" AFTER INSERT ON "ReadingListItem" REFERENCING NEW TABLE AS n FOR EACH STATEMENT EXECUTE FUNCTION "public_cache_list_item"();
CREATE TRIGGER "ReadingListItem_public_cache_u" AFTER UPDATE ON "ReadingListItem" REFERENCING OLD TABLE AS o NEW TABLE AS n FOR EACH STATEMENT EXECUTE FUNCTION "public_cache_list_item"();
CREATE TRIGGER "ReadingListItem_public_cache_d" AFTER DELETE ON "ReadingListItem" REFERENCING OLD TABLE AS o FOR EACH STATEMENT EXECUTE FUNCTION "public_cache_list_item"();

-- User (name, handle, bio, avatar …), follows (counts on both sides), memberships and teams (a profile's public teams).
CREATE FUNCTION "public_cache_user"() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  PERFORM "public_cache_invalidate"(ARRAY(SELECT 'user:' || id FROM o));
  RETURN NULL;
END $$;
CREATE TRIGGER "User_public_cache_u" AFTER UPDATE ON "User" REFERENCING OLD TABLE AS o FOR EACH STATEMENT EXECUTE FUNCTION "public_cache_user"();
CREATE TRIGGER "User_public_cache_d" AFTER DELETE ON "User" REFERENCING OLD TABLE AS o FOR EACH STATEMENT EXECUTE FUNCTION "public_cache_user"();
CREATE TRIGGER "User_public_cache_t" AFTER TRUNCATE ON "User" FOR EACH STATEMENT EXECUTE FUNCTION "public_cache_all"();

CREATE FUNCTION "public_cache_follow"() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  IF TG_OP = 'INSERT' THEN
    PERFORM "public_cache_invalidate"(ARRAY(SELECT 'user:' || "followerId" FROM n UNION SELECT 'user:' || "followeeId" FROM n));
  ELSE
    PERFORM "public_cache_invalidate"(ARRAY(SELECT 'user:' || "followerId" FROM o UNION SELECT 'user:' || "followeeId" FROM o));
  END IF;
  RETURN NULL;
END $$;
CREATE TRIGGER "UserFollow_public_cache_i" AFTER INSERT ON "UserFollow" REFERENCING NEW TABLE AS n FOR EACH STATEMENT EXECUTE FUNCTION "public_cache_follow"();
CREATE TRIGGER "UserFollow_public_cache_d" AFTER DELETE ON "UserFollow" REFERENCING OLD TABLE AS o FOR EACH STATEMENT EXECUTE FUNCTION "public_cache_follow"();

CREATE FUNCTION "public_cache_membership"() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  IF TG_OP = 'INSERT' THEN
    PERFORM "public_cache_invalidate"(ARRAY(SELECT 'user:' || "userId" FROM n UNION SELECT 'team:' || "teamId" FROM n));
  ELSE
    PERFORM "public_cache_invalidate"(ARRAY(SELECT 'user:' || "userId" FROM o UNION SELECT 'team:' || "teamId" FROM o));
  END IF;
  RETURN NULL;
END $$;
CREATE TRIGGER "Membership_public_cache_i" AFTER INSERT ON "Membership" REFERENCING NEW TABLE AS n FOR EACH STATEMENT EXECUTE FUNCTION "public_cache_membership"();
CREATE TRIGGER "Membership_public_cache_u" AFTER UPDATE ON "Membership" REFERENCING OLD TABLE AS o FOR EACH STATEMENT EXECUTE FUNCTION "public_cache_membership"();
CREATE TRIGGER "Membership_public_cache_d" AFTER DELETE ON "Membership" REFERENCING OLD TABLE AS o FOR EACH STATEMENT EXECUTE FUNCTION "public_cache_membership"();

CREATE FUNCTION "public_cache_team"() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  PERFORM "public_cache_invalidate"(ARRAY(SELECT 'team:' || id FROM o));
  RETURN NULL;
END $$;
CREATE TRIGGER "Team_public_cache_u" AFTER UPDATE ON "Team" REFERENCING OLD TABLE AS o FOR EACH STATEMENT EXECUTE FUNCTION "public_cache_team"();
CREATE TRIGGER "Team_public_cache_d" AFTER DELETE ON "Team" REFERENCING OLD TABLE AS o FOR EACH STATEMENT EXECUTE FUNCTION "public_cache_team"();
