// What the self-hoster's admin CLI (scripts/admin.ts) needs, over an explicit Db (no web env required).
export { createAccount as createUser } from "./auth/accounts.ts";
export { signUpInput } from "./auth/schemas.ts";
export { createApiToken } from "./routers/tokens/api-tokens.ts";
