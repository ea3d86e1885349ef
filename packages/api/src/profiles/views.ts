import { z } from "zod";
import { listSummaryView, teamRoleSchema } from "../lists/views.ts";

// What public pages receive. Only public facts: no email, no private or team-only rows, ever.

export const publicPersonView = z.object({ id: z.string(), handle: z.string(), name: z.string(), avatarUrl: z.string().nullable() });
export type PublicPerson = z.infer<typeof publicPersonView>;
export const publicPersonSelect = { id: true, handle: true, name: true, avatarUrl: true } as const;

export const publicAnnotationView = z.object({
  id: z.string(),
  quote: z.string().nullable(),
  /** Sanitized HTML of the markdown body. */
  bodyHtml: z.string(),
  isReply: z.boolean(),
  createdAt: z.date(),
  paper: z.object({ id: z.string(), title: z.string() }),
  list: z.object({ id: z.string(), title: z.string() }).nullable(),
});
export type PublicAnnotation = z.infer<typeof publicAnnotationView>;

export const publicTeamSummaryView = z.object({
  id: z.string(),
  slug: z.string(),
  name: z.string(),
  description: z.string().nullable(),
  memberCount: z.number().int(),
});

/** How the signed-in reader relates to the page (null for visitors). */
export const viewerView = z.object({ isSelf: z.boolean(), following: z.boolean() }).nullable();

export const profileView = z.object({
  user: publicPersonView.extend({
    bio: z.string().nullable(),
    bioHtml: z.string().nullable(),
    website: z.string().nullable(),
    orcid: z.string().nullable(),
    github: z.string().nullable(),
    joinedAt: z.date(),
  }),
  stats: z.object({
    publicLists: z.number().int(),
    papersRead: z.number().int(),
    annotations: z.number().int(),
    followers: z.number().int(),
    following: z.number().int(),
  }),
  lists: z.array(listSummaryView),
  annotations: z.array(publicAnnotationView),
  teams: z.array(publicTeamSummaryView),
  viewer: viewerView,
});
export type ProfileView = z.infer<typeof profileView>;

export const publicTeamView = z.object({
  team: z.object({ id: z.string(), slug: z.string(), name: z.string(), description: z.string().nullable(), createdAt: z.date() }),
  members: z.array(z.object({ user: publicPersonView, role: teamRoleSchema })),
  lists: z.array(listSummaryView),
  stats: z.object({ members: z.number().int(), publicLists: z.number().int(), followers: z.number().int() }),
  viewer: z.object({ isMember: z.boolean(), following: z.boolean() }).nullable(),
});
export type PublicTeamView = z.infer<typeof publicTeamView>;

export const editableProfileView = z.object({
  id: z.string(),
  handle: z.string(),
  name: z.string(),
  bio: z.string().nullable(),
  website: z.string().nullable(),
  orcid: z.string().nullable(),
  github: z.string().nullable(),
  avatarUrl: z.string().nullable(),
});
