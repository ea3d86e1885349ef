import { z } from "zod";

/** Account shapes shared by the sign-up form, the API and the admin CLI. */
export const RESERVED_HANDLES = new Set([
  "about", "account", "admin", "administrator", "api", "app", "auth", "dashboard", "explore", "feed", "feeds",
  "help", "home", "import", "invite", "invites", "lists", "login", "logout", "me", "new", "null", "papers",
  "privacy", "profile", "root", "search", "settings", "sign-in", "sign-out", "sign-up", "signin", "signup",
  "static", "support", "system", "t", "teams", "terms", "trending", "u", "undefined", "user", "users", "www",
  "commonplace", "staff", "security", "status", "health",
]);

export const emailSchema = z.string().trim().toLowerCase().pipe(z.email({ message: "Enter a valid email address." }).max(254));

export const passwordSchema = z
  .string()
  .min(10, "Use at least 10 characters.")
  .max(256, "Use at most 256 characters.");

export const handleSchema = z
  .string()
  .trim()
  .min(3, "Handles are 3 to 30 characters.")
  .max(30, "Handles are 3 to 30 characters.")
  .regex(/^[a-z0-9-]+$/, "Use lowercase letters, digits and - only.")
  .refine((h) => !RESERVED_HANDLES.has(h), "That handle is reserved.");

export const displayNameSchema = z
  .string()
  .trim()
  .min(1, "Enter your name.")
  .max(80, "Use at most 80 characters.")
  .refine((n) => !/[\u0000-\u001f<>]/.test(n), "Names cannot contain < > or control characters.");

export const signUpInput = z.object({
  email: emailSchema,
  password: passwordSchema,
  handle: handleSchema,
  name: displayNameSchema,
});
export type SignUpInput = z.infer<typeof signUpInput>;
