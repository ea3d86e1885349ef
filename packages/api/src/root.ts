import { router } from "./trpc.ts";
import { authRouter } from "./routers/auth/index.ts";
import { papersRouter } from "./routers/papers/index.ts";
import { ingestRouter } from "./routers/ingest/index.ts";
import { teamsRouter } from "./routers/teams/index.ts";
import { listsRouter } from "./routers/lists/index.ts";
import { tokensRouter } from "./routers/tokens/index.ts";
import { activityRouter } from "./routers/activity/index.ts";
import { annotationsRouter } from "./routers/annotations/index.ts";
import { notificationsRouter } from "./routers/notifications/index.ts";
import { liveRouter } from "./routers/live/index.ts";
import { profilesRouter } from "./routers/profiles/index.ts";
import { discoveryRouter } from "./routers/discovery/index.ts";
import { upvotesRouter } from "./routers/upvotes/index.ts";
import { followsRouter } from "./routers/follows/index.ts";
import { catalogueRouter } from "./routers/catalogue/index.ts";
import { tagsRouter } from "./routers/tags/index.ts";
import { citeRouter } from "./routers/cite/index.ts";
import { libraryRouter } from "./routers/library/index.ts";
import { annotationSearchRouter } from "./routers/annotation-search/index.ts";
import { annotationLinksRouter } from "./routers/annotation-links/index.ts";

export const appRouter = router({
  auth: authRouter,
  papers: papersRouter,
  ingest: ingestRouter,
  teams: teamsRouter,
  lists: listsRouter,
  tokens: tokensRouter,
  activity: activityRouter,
  annotations: annotationsRouter,
  notifications: notificationsRouter,
  live: liveRouter,
  profiles: profilesRouter,
  discovery: discoveryRouter,
  upvotes: upvotesRouter,
  follows: followsRouter,
  catalogue: catalogueRouter,
  tags: tagsRouter,
  cite: citeRouter,
  library: libraryRouter,
  annotationSearch: annotationSearchRouter,
  annotationLinks: annotationLinksRouter,
});

export type AppRouter = typeof appRouter;
