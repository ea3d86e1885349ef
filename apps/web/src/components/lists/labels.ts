import { Globe2, Link2, Lock, Users, type LucideIcon } from "lucide-react";

// Domain words as the UI shows them (same names as the API's enums, in plain language).

export type Visibility = "PRIVATE" | "TEAM" | "UNLISTED" | "PUBLIC";
export type ReadingStatus = "TO_READ" | "READING" | "READ";
export type TeamRole = "OWNER" | "ADMIN" | "MEMBER" | "VIEWER";

export const visibilityInfo: Record<Visibility, { label: string; Icon: LucideIcon; help: string }> = {
  PRIVATE: { label: "Private", Icon: Lock, help: "Only you (and team managers, for a team list)." },
  TEAM: { label: "Team", Icon: Users, help: "Everyone in the team." },
  UNLISTED: { label: "Unlisted", Icon: Link2, help: "Anyone with the secret link." },
  PUBLIC: { label: "Public", Icon: Globe2, help: "Anyone can open it; a personal list is listed on your profile, a team list on the team’s public page." },
};

/**
 * Where a list of this visibility can be seen, truthfully for its kind: a team list appears on no one's profile
 * (its PUBLIC lists are on the team's public page, when the team has one), a personal one on its owner's profile.
 */
export function visibilityHelp(visibility: Visibility, list: { team?: { name: string } | null }): string {
  if (visibility === "PUBLIC") {
    return list.team
      ? `Anyone can open it and subscribe to its feed; it is listed on ${list.team.name}’s public team page when the team has one — not on anyone’s profile.`
      : "Anyone can open it and subscribe to its feed, and it is listed on your public profile.";
  }
  if (visibility === "PRIVATE" && list.team) return "Only its creator and the team’s owners and admins.";
  if (visibility === "PRIVATE") return "Only you.";
  return visibilityInfo[visibility].help;
}

export const statusLabels: Record<ReadingStatus, string> = { TO_READ: "To read", READING: "Reading", READ: "Read" };

export const roleLabels: Record<TeamRole, string> = { OWNER: "Owner", ADMIN: "Admin", MEMBER: "Member", VIEWER: "Viewer" };
export const roleHelp: Record<TeamRole, string> = {
  OWNER: "Everything, including deleting the team.",
  ADMIN: "Manage members, invitations and every list.",
  MEMBER: "Create lists, add papers and notes.",
  VIEWER: "Read lists and discussions; cannot edit.",
};

export function formatAuthorsShort(authors: string[], max = 3): string {
  if (authors.length === 0) return "";
  if (authors.length <= max) return authors.join(", ");
  return `${authors.slice(0, max).join(", ")} et al.`;
}

export function formatDate(date: Date | string): string {
  return new Date(date).toLocaleDateString("en-US", { year: "numeric", month: "short", day: "numeric" });
}

/** The conflict message the API sends on a stale edit (CONFLICT). */
export function isConflict(error: unknown): boolean {
  return (error as { data?: { code?: string } } | null)?.data?.code === "CONFLICT";
}
