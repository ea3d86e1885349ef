import { z } from "zod";
import { passwordWeakness } from "./password-strength.ts";

/** Account shapes shared by the sign-up form, the API and the admin CLI. */
export const RESERVED_HANDLES = new Set([
  "about",
  "account",
  "admin",
  "administrator",
  "api",
  "app",
  "auth",
  "dashboard",
  "explore",
  "feed",
  "feeds",
  "help",
  "home",
  "import",
  "invite",
  "invites",
  "lists",
  "login",
  "logout",
  "me",
  "new",
  "null",
  "papers",
  "privacy",
  "profile",
  "root",
  "search",
  "settings",
  "sign-in",
  "sign-out",
  "sign-up",
  "signin",
  "signup",
  "static",
  "support",
  "system",
  "t",
  "teams",
  "terms",
  "trending",
  "u",
  "undefined",
  "user",
  "users",
  "www",
  "commonplace",
  "staff",
  "security",
  "status",
  "health",
]);

export const emailSchema = z
  .string()
  .trim()
  .toLowerCase()
  .pipe(z.email({ message: "Enter a valid email address." }).max(254));

/** Length first (cheap), then guessability (zxcvbn-ts): "          " or "password123" are refused. */
export const passwordSchema = z
  .string()
  .min(10, "Use at least 10 characters.")
  .max(256, "Use at most 256 characters.")
  .superRefine((password, ctx) => {
    const weakness = passwordWeakness(password);
    if (weakness) ctx.addIssue({ code: "custom", message: weakness });
  });

export const handleSchema = z
  .string()
  .trim()
  .min(3, "Handles are 3 to 30 characters.")
  .max(30, "Handles are 3 to 30 characters.")
  .regex(/^[a-z0-9-]+$/, "Use lowercase letters, digits and - only.")
  .refine((h) => !RESERVED_HANDLES.has(h), "That handle is reserved.");

// Bidi controls (U+202A–202E, U+2066–2069, LRM/RLM/ALM) can make a name render as someone else's or
// reorder the text around it; they are removed. Zero-width and other invisible characters are kept
// between letters (some scripts need ZWJ/ZWNJ) but a name must have something visible.
const BIDI_CONTROLS = /[\u202a-\u202e\u2066-\u2069\u200e\u200f\u061c]/g;
const INVISIBLE = /[\s\u200b-\u200d\u2060-\u2064\ufeff\u00ad\u034f\u115f\u1160\u3164\uffa0\u180e]/g;

export const displayNameSchema = z
  .string()
  .transform((n) => n.replace(BIDI_CONTROLS, "").normalize("NFC").trim())
  .pipe(
    z
      .string()
      .min(1, "Enter your name.")
      .max(80, "Use at most 80 characters.")
      .refine((n) => !/[\u0000-\u001f\u007f<>]/.test(n), "Names cannot contain < > or control characters.")
      .refine((n) => n.replace(INVISIBLE, "").length > 0, "Enter a name with visible characters."),
  );

export const signUpInput = z
  .object({
    email: emailSchema,
    password: passwordSchema,
    handle: handleSchema,
    name: displayNameSchema,
  })
  .superRefine((input, ctx) => {
    // Also too guessable when it is made of the person's own email, handle or name.
    const weakness = passwordWeakness(input.password, [input.email, input.handle, input.name]);
    if (weakness) ctx.addIssue({ code: "custom", path: ["password"], message: weakness });
  });
export type SignUpInput = z.infer<typeof signUpInput>;
