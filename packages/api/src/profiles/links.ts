import { z } from "zod";
import { displayNameSchema } from "../auth/schemas.ts";

// The editable parts of a profile and how each is normalised: people paste ORCID and GitHub links in
// many shapes, and the profile stores one canonical form (bare iD, bare login, absolute http(s) URL).

export const BIO_MAX = 1000;

/** ORCID iD checksum (ISO 7064 MOD 11-2) over the first 15 digits; the 16th is 0-9 or X. */
export function orcidChecksumOk(id: string): boolean {
  const digits = id.replace(/-/g, "");
  if (!/^\d{15}[\dX]$/.test(digits)) return false;
  let total = 0;
  for (const ch of digits.slice(0, 15)) total = (total + Number(ch)) * 2;
  const result = (12 - (total % 11)) % 11;
  return digits[15] === (result === 10 ? "X" : String(result));
}

/** "https://orcid.org/0000-0002-1825-0097", "orcid.org/…", or the bare iD → the bare iD (upper-case X). */
export function normalizeOrcid(raw: string): string {
  return raw
    .trim()
    .replace(/^(?:https?:\/\/)?(?:www\.)?orcid\.org\//i, "")
    .replace(/\/$/, "")
    .toUpperCase();
}

/** "@octocat", "github.com/octocat", "https://github.com/octocat/" → "octocat". */
export function normalizeGithub(raw: string): string {
  return raw
    .trim()
    .replace(/^(?:https?:\/\/)?(?:www\.)?github\.com\//i, "")
    .replace(/^@/, "")
    .replace(/\/$/, "");
}

/** A website without a scheme gets https:// (people type "example.org"). */
export function normalizeWebsite(raw: string): string {
  const value = raw.trim();
  return /^[a-z][a-z0-9+.-]*:/i.test(value) ? value : `https://${value}`;
}

/** Empty strings clear a field (null); anything else is normalised, then validated. */
const optional = (normalize: (s: string) => string, schema: z.ZodType<string, string>) =>
  z
    .string()
    .max(300, "At most 300 characters.")
    .nullish()
    .transform((v) => (v == null || v.trim() === "" ? null : normalize(v)))
    .pipe(schema.nullable());

export const orcidSchema = z
  .string()
  .regex(/^\d{4}-\d{4}-\d{4}-\d{3}[\dX]$/, { message: "An ORCID iD looks like 0000-0002-1825-0097.", abort: true })
  .refine(orcidChecksumOk, "This ORCID iD’s check digit is wrong; copy it from your ORCID record.");

export const githubSchema = z
  .string()
  .regex(/^[a-z\d](?:[a-z\d]|-(?=[a-z\d])){0,38}$/i, "A GitHub username has letters, digits and single dashes (at most 39).");

export const websiteSchema = z
  .string()
  .max(200, "At most 200 characters.")
  .refine((v) => {
    try {
      const url = new URL(v);
      return (url.protocol === "https:" || url.protocol === "http:") && url.hostname.includes(".");
    } catch {
      return false;
    }
  }, "Enter a web address such as https://example.org.");

export const profileUpdateInput = z.object({
  name: displayNameSchema,
  bio: z
    .string()
    .max(BIO_MAX, `Keep your bio under ${BIO_MAX} characters.`)
    .nullish()
    .transform((v) => (v == null || v.trim() === "" ? null : v.trim())),
  website: optional(normalizeWebsite, websiteSchema),
  orcid: optional(normalizeOrcid, orcidSchema),
  github: optional(normalizeGithub, githubSchema),
});
export type ProfileUpdateInput = z.input<typeof profileUpdateInput>;
