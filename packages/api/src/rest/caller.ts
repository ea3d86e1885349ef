import { appRouter } from "../root.ts";
import { createCallerFactory, type Context } from "../trpc.ts";

// REST operations call the same tRPC procedures the web app uses, so both share one permission policy
// and one set of domain rules; the REST layer only adds token scopes, status codes and shapes.
const factory = createCallerFactory(appRouter);
export const callerFor = (ctx: Context) => factory(ctx);
