import { Globe2, Link2, Lock, Users, type LucideIcon } from "lucide-react";

// Domain words as the UI shows them (same names as the API's enums, in plain language).

export type Visibility = "PRIVATE" | "TEAM" | "UNLISTED" | "PUBLIC";
export type ReadingStatus = "TO_READ" | "READING" | "READ";
export type TeamRole = "OWNER" | "ADMIN" | "MEMBER" | "VIEWER";

export const visibilityInfo: Record<Visibility, { label: string; Icon: LucideIcon; help: string }> = {
  PRIVATE: { label: "Private", Icon: Lock, help: "Only you (and team managers, for a team list)." },
  TEAM: { label: "Team", Icon: Users, help: "Everyone in the team." },
  UNLISTED: { label: "Unlisted", Icon: Link2, help: "Anyone with the secret link." },
  PUBLIC: { label: "Public", Icon: Globe2, help: "Anyone, and it appears on your profile." },
};

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

const rtf = new Intl.RelativeTimeFormat("en", { numeric: "auto" });
/** "3 hours ago", "yesterday", or a date for anything older than a month. */
export function timeAgo(date: Date | string, now = Date.now()): string {
  const d = typeof date === "string" ? new Date(date) : date;
  const seconds = Math.round((d.getTime() - now) / 1000);
  const abs = Math.abs(seconds);
  if (abs < 45) return "just now";
  if (abs < 3600) return rtf.format(Math.round(seconds / 60), "minute");
  if (abs < 86_400) return rtf.format(Math.round(seconds / 3600), "hour");
  if (abs < 30 * 86_400) return rtf.format(Math.round(seconds / 86_400), "day");
  return d.toLocaleDateString("en-US", { year: "numeric", month: "short", day: "numeric" });
}

export function formatDate(date: Date | string): string {
  return new Date(date).toLocaleDateString("en-US", { year: "numeric", month: "short", day: "numeric" });
}

/** The conflict message the API sends on a stale edit (CONFLICT). */
export function isConflict(error: unknown): boolean {
  return (error as { data?: { code?: string } } | null)?.data?.code === "CONFLICT";
}
