import { Avatar } from "@commonplace/ui";
import type { ShellUser } from "./types";

/** The signed-in person at a glance: avatar, name and @handle (account menu and mobile sheet). */
export function UserIdentity({ user }: { user: ShellUser }) {
  return (
    <span className="flex min-w-0 items-center gap-2.5">
      <Avatar name={user.name} src={user.avatarUrl} size="md" />
      <span className="grid min-w-0 leading-tight">
        <span className="truncate text-sm font-medium text-ink">{user.name}</span>
        <span className="truncate text-xs text-ink-muted">@{user.handle}</span>
      </span>
    </span>
  );
}
