export { appRouter, type AppRouter } from "./root.ts";
export { createTRPCContext, createCallerFactory, type Context, type SessionUser } from "./trpc.ts";
export { signUpInput, handleSchema, passwordSchema, emailSchema, RESERVED_HANDLES } from "./auth/schemas.ts";
import type { inferRouterInputs, inferRouterOutputs } from "@trpc/server";
import type { AppRouter as Router } from "./root.ts";
export type RouterInputs = inferRouterInputs<Router>;
export type RouterOutputs = inferRouterOutputs<Router>;
