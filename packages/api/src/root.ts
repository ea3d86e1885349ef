import { router } from "./trpc.ts";
import { authRouter } from "./routers/auth/index.ts";
import { papersRouter } from "./routers/papers/index.ts";
import { ingestRouter } from "./routers/ingest/index.ts";

export const appRouter = router({
  auth: authRouter,
  papers: papersRouter,
  ingest: ingestRouter,
});

export type AppRouter = typeof appRouter;
