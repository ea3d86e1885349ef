import { router } from "./trpc.ts";
import { authRouter } from "./routers/auth/index.ts";
import { papersRouter } from "./routers/papers/index.ts";
import { ingestRouter } from "./routers/ingest/index.ts";
import { teamsRouter } from "./routers/teams/index.ts";
import { listsRouter } from "./routers/lists/index.ts";
import { tokensRouter } from "./routers/tokens/index.ts";
import { activityRouter } from "./routers/activity/index.ts";

export const appRouter = router({
  auth: authRouter,
  papers: papersRouter,
  ingest: ingestRouter,
  teams: teamsRouter,
  lists: listsRouter,
  tokens: tokensRouter,
  activity: activityRouter,
});

export type AppRouter = typeof appRouter;
