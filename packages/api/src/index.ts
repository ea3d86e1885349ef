export { appRouter, type AppRouter } from "./root.ts";
export { createTRPCContext, createCallerFactory, type Context, type SessionUser } from "./trpc.ts";
export { signUpInput, handleSchema, passwordSchema, emailSchema, RESERVED_HANDLES } from "./auth/schemas.ts";
